package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/** The lead-in grammar of outcome lists, on hand-built segments (no CoreNLP model). */
@Tag("unit")
class ListLeadInsTest {
    private static final ListLeadIns GRAMMAR = new ListLeadIns(List.of(
            new String[] {"agreement", "AGREEMENT", "reach", "-"},
            new String[] {"sign", "AGREEMENT", "sign", "-"},
            new String[] {"commitment", "COMMITMENT", "item", "pledged"},
            new String[] {"plan", "COMMITMENT", "item", "planned"}));

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
    void aLeadInWithNoOutcomeWordAnnouncesNothing() {
        assertNull(GRAMMAR.of(segment(Segment.Kind.SENTENCE, "Highlights", "of", "the", "visit", ":")));
    }
}
