package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.rules.PatternRules;

/**
 * Every rule of entities.rules has an example sentence above it, fires on it, and yields on it exactly the
 * mentions its {@code # expect: TYPE | text | normalized} lines give (the mentions whose rule is the rule's id,
 * after the tag stage's trimming, normalization and overlap resolution).
 */
@Tag("stage")
class EntityRulesTest {
    /** The publication date the examples are read against (a Tuesday). */
    private static final String PUBLISHED = "2025-06-17";

    @TestFactory
    Stream<DynamicTest> everyRuleYieldsItsExpectedMentionsOnItsExample() {
        List<PatternRules.Example> examples = new PatternRules("rules/entities.rules").examples();
        assertTrue(examples.size() >= 30, "entity rules: " + examples.size());
        TagStage stage = new TagStage(CoreNlp::ner, CoreNlp::plainNer);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.rule(), () -> {
            assertNotNull(e.text(), e.rule() + " has no '# example:' line above it");
            assertFalse(e.expect().isEmpty(), () -> e.rule() + " has no '# expect: TYPE | text | normalized' line under its example: " + e.text());
            Set<String> fired = stage.firedRules(Fixtures.segmented(e.text(), PUBLISHED));
            assertTrue(fired.contains(e.rule()), () -> e.rule() + " did not fire on: " + e.text() + " (fired: " + fired + ")");
            Document d = Fixtures.tagged(e.text(), PUBLISHED);
            DocumentInvariants.check(d);
            List<String> expected = e.expect().stream().map(x -> show(x.type().name(), x.text(), x.normalized())).sorted().toList();
            List<String> yielded = d.mentions().stream().filter(m -> e.rule().equals(m.rule()))
                    .map(m -> show(m.type().name(), m.text(), m.normalized())).sorted().toList();
            assertEquals(expected, yielded, () -> e.rule() + " on: " + e.text() + " (all mentions: "
                    + d.mentions().stream().map(m -> show(m.type().name(), m.text(), m.normalized()) + " by " + m.rule()).collect(Collectors.joining("; ")) + ")");
        }));
    }

    /** A mention as an {@code # expect:} line writes it. */
    private static String show(String type, String text, String normalized) {
        return type + " | " + text + " | " + (normalized == null ? "-" : normalized);
    }
}
