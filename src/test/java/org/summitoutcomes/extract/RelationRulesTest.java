package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.tag.PatternRules;

/** Every rule of agreements.rules, commitments.rules and agreements.semgrex has an example sentence above it, and fires on it. */
class RelationRulesTest {
    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExample() {
        ExtractStage stage = new ExtractStage(CoreNlp::parser);
        List<PatternRules.Example> examples = stage.ruleExamples();
        assertFalse(examples.isEmpty());
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.rule(), () -> {
            assertNotNull(e.text(), e.rule() + " has no '# example:' line above it");
            Set<String> fired = stage.firedRules(Fixtures.tagged(e.text(), "2025-06-17"));
            assertTrue(fired.contains(e.rule()), () -> e.rule() + " did not fire on: " + e.text() + " (fired: " + fired + ")");
        }));
    }
}
