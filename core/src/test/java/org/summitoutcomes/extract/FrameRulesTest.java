package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.rules.Expectation;
import org.summitoutcomes.rules.FrameRule;

/** Every frame rule yields, on the example written above it, the record its {@code # expect:} line gives. */
@Tag("stage")
class FrameRulesTest {
    private static final ExtractStage STAGE = new ExtractStage(CoreNlp::parser);

    @Test
    void everyRuleHasAnExampleAndAnExpectation() {
        List<FrameRule> rules = STAGE.frameRules();
        assertTrue(rules.size() >= 20, "frame rules: " + rules.size());
        for (FrameRule r : rules) {
            assertFalse(r.example().isBlank(), r.id());
            assertTrue(r.expect() != null, r.id());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleYieldsItsExpectedRecord() {
        return STAGE.frameRules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            Document d = STAGE.apply(Fixtures.tagged(rule.example(), "2025-06-17"));
            DocumentInvariants.check(d);
            Expectation e = rule.expect();
            List<Relation> byRule = d.relations().stream().filter(r -> r.rule().equals(rule.id())).toList();
            assertFalse(byRule.isEmpty(), () -> rule.id() + " yields nothing on: " + rule.example() + " (records: " + d.relations() + ")");
            Relation r = byRule.stream().filter(x -> x.object().equals(e.object())).findFirst().orElse(byRule.get(0));
            String where = rule.id() + " on: " + rule.example();
            assertEquals(e.object(), r.object(), where);
            assertEquals(e.type(), r.type(), where);
            assertEquals(e.action(), r.action(), where);
            assertEquals(e.modality(), r.modality(), where);
            assertEquals(e.parties(), r.parties(), where);
        }));
    }
}
