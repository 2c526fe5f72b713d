package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.rules.PatternRules;

/** Every rule of entities.rules has an example sentence above it, and fires on it. */
@Tag("stage")
class EntityRulesTest {
    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExample() {
        List<PatternRules.Example> examples = new PatternRules("rules/entities.rules").examples();
        assertFalse(examples.isEmpty());
        TagStage stage = new TagStage(CoreNlp::ner, CoreNlp::plainNer);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.rule(), () -> {
            assertNotNull(e.text(), e.rule() + " has no '# example:' line above it");
            Set<String> fired = stage.firedRules(Fixtures.segmented(e.text(), "2025-06-17"));
            assertTrue(fired.contains(e.rule()), () -> e.rule() + " did not fire on: " + e.text() + " (fired: " + fired + ")");
        }));
    }
}
