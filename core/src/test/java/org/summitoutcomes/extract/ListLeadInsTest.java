package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.lexicon.DataFileException;
import org.summitoutcomes.rules.Expectation;

/** The lead-in grammar of outcome lists, on hand-built segments (no CoreNLP model). */
@Tag("unit")
class ListLeadInsTest {
    private static final String TABLE = """
            # Source: test
            # Purpose: test
            # example: The agreements of Chile and Peru are: \\n - a port deal
            # expect: AGREEMENT | reach | - | CHL PER | a port deal
            agreement\tAGREEMENT\treach\t-\t0.85\t0.7
            # example: Chile and Peru signed: \\n - a port deal
            # expect: AGREEMENT | sign | - | CHL PER | a port deal
            sign\tAGREEMENT\tsign\t-\t0.9\t0.6
            # example: The commitments of Chile include a port; a road.
            # expect: COMMITMENT | commit | pledged | CHL | a road
            commitment\tCOMMITMENT\titem commit\tpledged\t0.85\t0.7
            # example: Chile plans to: \\n - build a port
            # expect: COMMITMENT | build | planned | CHL | build a port
            plan\tCOMMITMENT\titem\tplanned\t0.85\t0.7
            """;
    private static final ListLeadIns GRAMMAR = ListLeadIns.parse("t.tsv", TABLE);

    /** A segment of words with their lemmas ("word/lemma"), positions made up. */
    private static Segment segment(Segment.Kind kind, String... words) {
        List<Token> toks = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            String[] f = w.split("/");
            toks.add(new Token(new Span(at, at + f[0].length()), f[0], "NN", f.length > 1 ? f[1] : f[0].toLowerCase(java.util.Locale.ROOT), null, null));
            at += f[0].length() + 1;
        }
        return new Segment(0, kind, new Span(0, at - 1), null, -1, -1, toks);
    }

    @Test
    void theFirstListedWordTypesTheList() {
        ListLeadIns.LeadIn l = GRAMMAR.of(segment(Segment.Kind.SENTENCE, "The", "statement", "stresses", "their",
                "commitment", "to", "the", "agreements/agreement", ":"));
        assertEquals(RelationType.COMMITMENT, l.type());
        assertEquals(Modality.PLEDGED, l.modality());
        assertNull(l.action(), "'item': the item's own verb");
    }

    @Test
    void lemmasCount() {
        ListLeadIns.LeadIn l = GRAMMAR.of(segment(Segment.Kind.SENTENCE, "The", "documents", "signed/sign", "include", ":"));
        assertEquals(RelationType.AGREEMENT, l.type());
        assertEquals("sign", l.action());
    }

    @Test
    void aSentenceMustEndInAColonAHeadingNeedNot() {
        assertNull(GRAMMAR.of(segment(Segment.Kind.SENTENCE, "China", "plans/plan", "more", "trade", ".")));
        assertEquals(Modality.PLANNED, GRAMMAR.of(segment(Segment.Kind.HEADING, "Plans/plan", "for", "2026")).modality());
    }

    @Test
    void aRowCarriesItsConfidencesExampleAndExpectedRecord() {
        ListLeadIns.LeadIn sign = GRAMMAR.rules().get(1);
        assertEquals("sign", sign.word());
        assertEquals(0.9, sign.listConfidence());
        assertEquals(0.6, sign.inlineConfidence());
        assertEquals("Chile and Peru signed:\n- a port deal", sign.example(), "' \\n ' is a line break");
        assertEquals(new Expectation(RelationType.AGREEMENT, "sign", null, List.of("CHL", "PER"), "a port deal"), sign.expect());
        assertEquals(4, GRAMMAR.rules().size());
    }

    @Test
    void anItemWithNoLeadingVerbTakesTheRowsVerb() {
        ListLeadIns.LeadIn commitment = GRAMMAR.of(segment(Segment.Kind.HEADING, "Commitments/commitment"));
        assertNull(commitment.action(), "the item's own verb first");
        assertEquals("commit", commitment.fallbackAction(), "'item commit': a verb lemma, not the noun");
        assertEquals("plan", GRAMMAR.of(segment(Segment.Kind.HEADING, "Plans/plan")).fallbackAction(), "'item' alone: the word");
        assertEquals("reach", GRAMMAR.of(segment(Segment.Kind.HEADING, "Agreements/agreement")).fallbackAction(), "a fixed action");
    }

    @Test
    void aBadRowIsAnErrorNamingTheFileAndLine() {
        for (String bad : List.of("high", "1.5", "0", "-0.2")) {
            DataFileException e = assertThrows(DataFileException.class, () -> ListLeadIns.parse("t.tsv", TABLE.replace("0.9\t0.6", "0.9\t" + bad)));
            assertTrue(e.getMessage().startsWith("t.tsv:8: confidence '" + bad + "' is not"), e.getMessage());
        }
        DataFileException type = assertThrows(DataFileException.class, () -> ListLeadIns.parse("t.tsv", TABLE.replace("\tAGREEMENT\tsign", "\tAGREMENT\tsign")));
        assertTrue(type.getMessage().startsWith("t.tsv:8: "), type.getMessage());
        DataFileException columns = assertThrows(DataFileException.class, () -> ListLeadIns.parse("t.tsv", TABLE.replace("\t0.9\t0.6", "\t0.9")));
        assertTrue(columns.getMessage().startsWith("t.tsv:8: expected 6 tab-separated columns"), columns.getMessage());
        DataFileException noExample = assertThrows(DataFileException.class,
                () -> ListLeadIns.parse("t.tsv", TABLE.replace("# example: Chile and Peru signed: \\n - a port deal\n", "")));
        assertTrue(noExample.getMessage().startsWith("t.tsv:7: needs '# example:' and '# expect:'"), noExample.getMessage());
        DataFileException badExpect = assertThrows(DataFileException.class,
                () -> ListLeadIns.parse("t.tsv", TABLE.replace("AGREEMENT | sign | - | CHL PER | a port deal", "AGREEMENT | sign | CHL PER | a port deal")));
        assertTrue(badExpect.getMessage().startsWith("t.tsv:8: expect needs"), badExpect.getMessage());
        DataFileException noModality = assertThrows(DataFileException.class, () -> ListLeadIns.parse("t.tsv", TABLE.replace("item\tplanned", "item\t-")));
        assertTrue(noModality.getMessage().startsWith("t.tsv:14: plan: COMMITMENT needs a modality"), noModality.getMessage());
    }

    @Test
    void theProjectsTableLoads() {
        ListLeadIns bundled = ListLeadIns.parse("list-lead-ins.tsv", org.summitoutcomes.lexicon.DataFile.text("rules/list-lead-ins.tsv"));
        assertTrue(bundled.rules().size() >= 30, "rows: " + bundled.rules().size());
        for (ListLeadIns.LeadIn l : bundled.rules()) assertTrue(l.listConfidence() > 0 && l.inlineConfidence() > 0, l.word());
    }

    @Test
    void aLeadInWithNoOutcomeWordAnnouncesNothing() {
        assertNull(GRAMMAR.of(segment(Segment.Kind.SENTENCE, "Highlights", "of", "the", "visit", ":")));
    }
}
