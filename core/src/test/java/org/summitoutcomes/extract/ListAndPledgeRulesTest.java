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

/**
 * Every row of the list lead-in table ({@code rules/list-lead-ins.tsv}) and of the pledge word table
 * ({@code lexicons/pledge-words.tsv}) yields, on the example written above it, the record its {@code # expect:}
 * line gives, with the row's confidence.
 */
@Tag("stage")
class ListAndPledgeRulesTest {
    private static final ExtractStage STAGE = new ExtractStage(CoreNlp::parser);

    @Test
    void bothTablesHaveBothKindsOfExample() {
        List<ListLeadIns.LeadIn> leadIns = STAGE.listLeadIns();
        assertTrue(leadIns.size() >= 30, "lead-in rows: " + leadIns.size());
        assertTrue(leadIns.stream().anyMatch(l -> l.example().contains("\n")), "no lead-in example is a list under a lead-in");
        assertTrue(leadIns.stream().anyMatch(l -> !l.example().contains("\n")), "no lead-in example is a semicolon list");
        List<AmountPledges.Word> words = STAGE.pledgeWords();
        assertTrue(words.size() >= 10, "pledge word rows: " + words.size());
        assertTrue(words.stream().anyMatch(AmountPledges.Word::verb) && words.stream().anyMatch(w -> !w.verb()), "verbs and nouns");
    }

    @TestFactory
    Stream<DynamicTest> everyLeadInYieldsItsExpectedRecord() {
        return STAGE.listLeadIns().stream().map(row -> DynamicTest.dynamicTest(row.word(), () -> {
            boolean lines = row.example().contains("\n");
            String rule = (lines ? "list-" : "inline-list-") + row.word();
            double confidence = lines ? row.listConfidence() : row.inlineConfidence();
            expectRecord(row.word(), row.example(), row.expect(), rule, confidence);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyPledgeWordYieldsItsExpectedRecord() {
        return STAGE.pledgeWords().stream().map(row -> DynamicTest.dynamicTest(row.lemma() + (row.verb() ? " (verb)" : " (noun)"),
                () -> expectRecord(row.lemma(), row.example(), row.expect(), "amount-pledge", row.confidence())));
    }

    /** The records of {@code rule} on the example hold one with exactly the expected fields, and it has the row's confidence. */
    private static void expectRecord(String row, String example, Expectation e, String rule, double confidence) {
        Document d = STAGE.apply(Fixtures.tagged(example, "2025-06-17"));
        DocumentInvariants.check(d);
        List<Relation> byRule = d.relations().stream().filter(r -> r.rule().equals(rule)).toList();
        String where = row + " on: " + example.replace("\n", " \\n ") + " (records: " + d.relations() + ")";
        assertFalse(byRule.isEmpty(), () -> "no " + rule + " record: " + where);
        Relation r = byRule.stream()
                .filter(x -> x.type() == e.type() && x.action().equals(e.action()) && x.modality() == e.modality()
                        && x.parties().equals(e.parties()) && x.object().equals(e.object()))
                .findFirst().orElse(null);
        assertTrue(r != null, () -> "no " + rule + " record " + e + ": " + where);
        assertEquals(confidence, r.confidence(), where);
    }
}
