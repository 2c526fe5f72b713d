package org.summitoutcomes.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;

/** The frame rule file format, read without any CoreNLP model. */
@Tag("unit")
class FrameRulesParseTest {
    private static final String ONE = """
            # example: Chile pledged to build a bridge.
            # expect: COMMITMENT | build | pledged | CHL | build a bridge
            rule: com-test
            type: COMMITMENT
            action: lemma
            modality: pledged
            parties: node
            confidence: 0.7
            pattern: {lemma:pledge}=trigger >xcomp {}=object
            """;

    @Test
    void aBlockCarriesTheRulesWholeMeaning() {
        List<FrameRule> rules = FrameRules.parse("t.semgrex", ONE);
        assertEquals(1, rules.size());
        FrameRule r = rules.get(0);
        assertEquals("com-test", r.id());
        assertEquals(RelationType.COMMITMENT, r.type());
        assertEquals(FrameRule.LEMMA, r.action());
        assertEquals(Modality.PLEDGED, r.modality());
        assertEquals(FrameRule.PartySource.NODE, r.parties());
        assertEquals(0.7, r.confidence());
        assertEquals("Chile pledged to build a bridge.", r.example());
        assertEquals(new Expectation(RelationType.COMMITMENT, "build", Modality.PLEDGED, List.of("CHL"), "build a bridge"), r.expect());
    }

    @Test
    void partiesInAnExpectationAreSortedAndDashIsNone() {
        assertEquals(List.of("CHL", "PER"), Expectation.parse("AGREEMENT | sign | - | PER CHL | a treaty").parties());
        Expectation none = Expectation.parse("COMMITMENT | pledge | pledged | - | $5 million");
        assertEquals(List.of(), none.parties());
        assertNull(Expectation.parse("AGREEMENT | sign | - | - | x").modality());
    }

    @Test
    void errorsNameTheFileAndLine() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> FrameRules.parse("t.semgrex", ONE.replace("confidence: 0.7", "certainty: 0.7")));
        assertTrue(unknown.getMessage().startsWith("t.semgrex:8: unknown key 'certainty'"), unknown.getMessage());
        assertEquals(8, ((org.summitoutcomes.lexicon.DataFileException) unknown).line(), "the line is the exception's own, not part of its file name");
        assertEquals("t.semgrex", ((org.summitoutcomes.lexicon.DataFileException) unknown).file());
        IllegalStateException badPattern = assertThrows(IllegalStateException.class,
                () -> FrameRules.parse("t.semgrex", ONE.replace(">xcomp", ">>>(")));
        assertTrue(badPattern.getMessage().startsWith("t.semgrex:9: rule 'com-test'"), badPattern.getMessage());
        IllegalStateException noExample = assertThrows(IllegalStateException.class,
                () -> FrameRules.parse("t.semgrex", ONE.replace("# example: Chile pledged to build a bridge.\n", "")));
        assertTrue(noExample.getMessage().contains("needs '# example:' and '# expect:'"), noExample.getMessage());
        IllegalStateException commitmentWithoutModality = assertThrows(IllegalStateException.class,
                () -> FrameRules.parse("t.semgrex", ONE.replace("modality: pledged", "modality: -")));
        assertTrue(commitmentWithoutModality.getMessage().contains("COMMITMENT needs a modality"), commitmentWithoutModality.getMessage());
    }

    @Test
    void theProjectsRuleFileLoads() {
        List<FrameRule> rules = FrameRules.load("rules/frames.semgrex");
        assertTrue(rules.size() >= 30, "rules: " + rules.size());
        assertTrue(rules.stream().anyMatch(r -> r.type() == RelationType.AGREEMENT));
        assertTrue(rules.stream().anyMatch(r -> r.type() == RelationType.COMMITMENT));
    }
}
