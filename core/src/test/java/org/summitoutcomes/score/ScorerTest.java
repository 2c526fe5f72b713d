package org.summitoutcomes.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;

/** Small hand-made cases; every expected number below is worked out by hand in the comments. */
@Tag("unit")
class ScorerTest {
    private static final double EPS = 1e-9;
    private static final String TEXT =
            "Kazakhstan and China signed the Astana Declaration in Astana. China will establish an education exchange center.";

    private static Mention m(String type, String surface, int occurrence, int extendLeft, String norm) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = TEXT.indexOf(surface, at + 1);
        return new Mention("E", EntityType.valueOf(type), new Span(at - extendLeft, at + surface.length()),
                TEXT.substring(at - extendLeft, at + surface.length()), norm, Map.of(), "test");
    }

    private static Relation r(RelationType type, Modality mod, List<String> parties, String object, String date) {
        return new Relation("R", type, "x", mod, parties, object, null, date, null, null, new Span(0, 10), 1.0, "test");
    }

    private static Document doc(List<Mention> ms, List<Relation> rs) {
        List<Mention> ids = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) ids.add(ms.get(i).withId("E" + (i + 1)));
        return Document.of("d", TEXT, Metadata.EMPTY).withMentions(ids).withRelations(rs);
    }

    private static final Document GOLD = doc(
            List.of(m("COUNTRY", "Kazakhstan", 0, 0, "KAZ"), m("COUNTRY", "China", 0, 0, "CHN"),
                    m("DOCUMENT", "Astana Declaration", 0, 0, "Astana Declaration"), m("LOCATION", "Astana", 1, 0, "Astana")),
            List.of(r(RelationType.AGREEMENT, null, List.of("CHN", "KAZ"), "Astana Declaration", "2025-06-17"),
                    r(RelationType.COMMITMENT, Modality.DECIDED, List.of("CHN"),
                            "establish the China-Central Asia Education Exchange Cooperation Center", null)));

    private static final Document PRED = doc(
            List.of(m("COUNTRY", "Kazakhstan", 0, 0, "KAZ"), m("COUNTRY", "China", 0, 0, "CHN"),
                    // "the Astana Declaration": wrong span (strict FP + FN), overlapping (partial TP)
                    m("DOCUMENT", "Astana Declaration", 0, 4, "Astana Declaration"),
                    // "Astana" tagged PERSON: FP for PERSON, FN for LOCATION
                    m("PERSON", "Astana", 1, 0, "Astana")),
            List.of(r(RelationType.AGREEMENT, null, List.of("KAZ", "CHN"), "the Astana Declaration", null),
                    // content words {establish, education, exchange, center} vs gold's 8: 4/8 = 0.5 -> a match
                    r(RelationType.COMMITMENT, Modality.PLEDGED, List.of("CHN"), "establish an education exchange center", null),
                    r(RelationType.COMMITMENT, Modality.PLEDGED, List.of("CHN"), "build a railway", null)));

    @Test
    void strictMentions() {
        Scores s = Scorer.score(List.of(GOLD), List.of(PRED));
        assertEquals(new Prf(2, 0, 0), s.strict().get("COUNTRY"));
        assertEquals(new Prf(0, 1, 1), s.strict().get("DOCUMENT"));
        assertEquals(new Prf(0, 0, 1), s.strict().get("LOCATION"));
        assertEquals(new Prf(0, 1, 0), s.strict().get("PERSON"));
        Prf micro = Scores.micro(s.strict(), null); // tp 2, fp 2, fn 2 -> P = R = F = 0.5
        assertEquals(0.5, micro.precision(), EPS);
        assertEquals(0.5, micro.recall(), EPS);
        assertEquals(0.5, micro.f1(), EPS);
        // macro F1 over COUNTRY (1), DOCUMENT (0), LOCATION (0), PERSON (0) = 0.25
        assertEquals(0.25, Scores.macro(s.strict())[2], EPS);
        // core types only: COUNTRY + DOCUMENT -> tp 2, fp 1, fn 1 -> F = 2/3
        assertEquals(2.0 / 3, Scores.micro(s.strict(), java.util.Set.of("COUNTRY", "DOCUMENT")).f1(), EPS);
    }

    @Test
    void partialMentions() {
        Scores s = Scorer.score(List.of(GOLD), List.of(PRED));
        assertEquals(new Prf(1, 0, 0), s.partial().get("DOCUMENT"));
        Prf micro = Scores.micro(s.partial(), null); // tp 3, fp 1, fn 1 -> 0.75
        assertEquals(0.75, micro.f1(), EPS);
    }

    @Test
    void documentLevelValuesAreSets() {
        Scores s = Scorer.score(List.of(GOLD), List.of(PRED));
        assertEquals(new Prf(2, 0, 0), s.documentLevel().get("COUNTRY"));
        assertEquals(new Prf(1, 0, 0), s.documentLevel().get("DOCUMENT"), "same normalized value despite the wrong span");
        assertEquals(new Prf(0, 0, 1), s.documentLevel().get("LOCATION"));
        assertEquals(new Prf(0, 1, 0), s.documentLevel().get("PERSON"));
    }

    @Test
    void relationsMatchOnObjectJaccardAndReportShares() {
        Scores s = Scorer.score(List.of(GOLD), List.of(PRED));
        assertEquals(new Prf(1, 0, 0), s.relations().get("AGREEMENT"));
        assertEquals(new Prf(1, 1, 0), s.relations().get("COMMITMENT"));
        assertEquals(2, s.matchedRelations());
        assertEquals(2, s.partiesRight(), "parties compared as sets");
        assertEquals(1, s.modalityRight(), "AGREEMENT null = null; COMMITMENT pledged != decided");
        assertEquals(1, s.dateRight(), "AGREEMENT date missing; COMMITMENT null = null");
        assertEquals(0.5, s.share(s.dateRight()), EPS);
    }

    @Test
    void eachRecordMatchesOnceBestSimilarityFirst() {
        Document gold = doc(List.of(), List.of(
                r(RelationType.AGREEMENT, null, List.of(), "Astana Declaration", null),
                r(RelationType.AGREEMENT, null, List.of(), "Xi'an Declaration", null)));
        // One prediction, similar to both golds (1.0 and 1/3): it matches the exact one only.
        Document pred = doc(List.of(), List.of(r(RelationType.AGREEMENT, null, List.of(), "the Astana Declaration", null)));
        Scores s = Scorer.score(List.of(gold), List.of(pred));
        assertEquals(new Prf(1, 0, 1), s.relations().get("AGREEMENT"));
    }

    @Test
    void contentWordsAndJaccard() {
        assertEquals(java.util.Set.of("china", "central", "asia", "center"), Scorer.contentWords("the China-Central Asia center"));
        assertEquals(0.0, Scorer.jaccard(java.util.Set.of(), java.util.Set.of()), EPS);
        assertEquals(1.0 / 3, Scorer.jaccard(java.util.Set.of("a", "b"), java.util.Set.of("b", "c")), EPS);
    }

    @Test
    void undefinedRatiosAreZero() {
        assertEquals(0.0, Prf.ZERO.precision());
        assertEquals(0.0, Prf.ZERO.recall());
        assertEquals(0.0, Prf.ZERO.f1());
        assertEquals(0.0, new Prf(0, 3, 0).recall(), "nothing in the gold: recall 0");
        assertEquals(0.0, new Prf(0, 0, 3).precision(), "nothing predicted: precision 0");
        assertEquals(0.0, Scores.macro(Map.of())[2]);
        Scores s = Scorer.score(List.of(doc(List.of(), List.of())), List.of());
        assertEquals(0.0, s.share(s.partiesRight()));
    }

    @Test
    void missingPredictionCountsAsEmpty() {
        Scores s = Scorer.score(List.of(GOLD), List.of());
        assertEquals(new Prf(0, 0, 2), s.strict().get("COUNTRY"));
        assertEquals(new Prf(0, 0, 1), s.relations().get("AGREEMENT"));
    }
}
