package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ConsolidatorTest {
    private static int n = 0;

    static RecordRow row(String doc, String type, String lemma, List<String> parties, String object, String normalized, String date,
                         String source) {
        return new RecordRow(doc, "R" + (++n), type, lemma, type.equals("COMMITMENT") ? "pledged" : null, parties, object, normalized,
                date, "2026-04-1" + (n % 10), source, 0, 10, "evidence", ActionClasses.standard().classify(lemma, object), "AGREE", null,
                "057", parties.stream().map(p -> "STATE").toList(), List.of());
    }

    private static final List<String> SIX = List.of("IND", "KAZ", "KGZ", "TJK", "TKM", "UZB");

    private static List<RecordRow> batch() {
        return List.of(
                row("a1", "AGREEMENT", "adopt", SIX, "the Samarkand Declaration", "Samarkand Declaration", "2026-04-10", "Daily A"),
                row("a2", "AGREEMENT", "sign", List.of("IND", "KAZ"), "Samarkand declaration", null, "2026-04-11", "Daily B"),
                row("a3", "AGREEMENT", "adopt", List.of("C5", "IND"), "Samarkand Declaration", "Samarkand Declaration", null, "Daily A"),
                // another summit's declaration of the same name: other parties and year
                row("a4", "AGREEMENT", "adopt", List.of("SCO"), "Samarkand Declaration", "Samarkand Declaration", "2022-09-16", "Daily C"),
                // near-identical wording of one treaty
                row("a1", "AGREEMENT", "sign", List.of("IND", "KAZ"), "Treaty of Permanent Good-Neighbourliness and Friendly Cooperation",
                        "Treaty of Permanent Good-Neighbourliness and Friendly Cooperation", "2026-04-10", "Daily A"),
                row("a5", "AGREEMENT", "sign", List.of("IND", "KAZ"), "treaty on eternal good-neighbourliness, friendship and cooperation",
                        null, "2026-04-10", "Daily D"),
                // a different treaty between the same states must stay apart
                row("a5", "AGREEMENT", "sign", List.of("IND", "KAZ"), "treaty on the avoidance of double taxation", null, "2026-04-10", "Daily D"),
                // no parties: its own outcome, even with the same object
                row("a6", "AGREEMENT", "adopt", List.of(), "Samarkand Declaration", "Samarkand Declaration", "2026-04-10", "Daily E"),
                row("a6", "COMMITMENT", "provide", List.of("IND"), "a credit line of $1 billion", null, "2026-04-10", "Daily E"),
                row("a2", "COMMITMENT", "provide", List.of("IND"), "credit line of $1 billion", null, "2026-04-10", "Daily B"),
                row("a2", "COMMITMENT", "provide", List.of("JPN"), "credit line of $1 billion", null, "2026-04-10", "Daily B"));
    }

    private static Outcome find(List<Outcome> outcomes, String ref) {
        return outcomes.stream().filter(o -> o.records().contains(ref)).findFirst().orElseThrow(() -> new AssertionError("no outcome has " + ref));
    }

    @Test
    void groupsTheRecordsOfOneOutcomeAndKeepsDistractorsApart() {
        List<RecordRow> rows = batch();
        List<Outcome> out = Consolidator.standard().consolidate(rows);
        Outcome decl = find(out, rows.get(0).ref());
        assertEquals(Set.of(rows.get(0).ref(), rows.get(1).ref(), rows.get(2).ref()), Set.copyOf(decl.records()));
        assertEquals("Samarkand Declaration", decl.object());
        assertEquals(List.of("C5", "IND", "KAZ", "KGZ", "TJK", "TKM", "UZB"), decl.parties());
        assertEquals("2026-04-10", decl.date());
        assertEquals("day", decl.datePrecision());
        assertEquals(3, decl.mentions());
        assertEquals(2, decl.sources());
        assertEquals(3, decl.articles());
        assertEquals("adopt", decl.action());
        assertFalse(decl.unresolved());

        assertEquals(1, find(out, rows.get(3).ref()).mentions(), "the 2022 declaration of another group stays apart");
        Outcome treaty = find(out, rows.get(4).ref());
        assertEquals(Set.of(rows.get(4).ref(), rows.get(5).ref()), Set.copyOf(treaty.records()), "near-identical treaty names join");
        assertEquals("Treaty of Permanent Good-Neighbourliness and Friendly Cooperation", treaty.object());
        assertEquals(1, find(out, rows.get(6).ref()).mentions(), "another treaty stays apart");
        Outcome lonely = find(out, rows.get(7).ref());
        assertTrue(lonely.unresolved());
        assertEquals(1, lonely.mentions());
        assertEquals(2, find(out, rows.get(8).ref()).mentions());
        assertEquals(1, find(out, rows.get(10).ref()).mentions(), "another donor's pledge stays apart");
        assertEquals(out.size(), out.stream().map(Outcome::outcomeId).collect(Collectors.toSet()).size(), "ids are unique");
    }

    @Test
    void idsAndGroupsDoNotDependOnInputOrder() {
        List<RecordRow> rows = new ArrayList<>(batch());
        List<Outcome> first = Consolidator.standard().consolidate(rows);
        Random random = new Random(18);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(rows, random);
            assertEquals(first, Consolidator.standard().consolidate(rows));
        }
    }

    @Test
    void idsHashTheCanonicalKey() {
        List<Outcome> out = Consolidator.standard().consolidate(batch());
        for (Outcome o : out) {
            assertTrue(o.outcomeId().matches("O[0-9a-f]{12}"), o.outcomeId());
            if (o.mentions() > 1) assertEquals(OutcomeId.of(Consolidator.canonicalKey(o)), o.outcomeId());
        }
        assertNotEquals(OutcomeId.of("a"), OutcomeId.of("b"));
    }

    @Test
    void datesAgreeWithinAWeekAndByContainment() {
        assertTrue(EventDates.compatible("2026-04-10", "2026-04-11"));
        assertTrue(EventDates.compatible("2026-04-10", "2026-04-17"));
        assertFalse(EventDates.compatible("2026-04-10", "2026-04-18"));
        assertTrue(EventDates.compatible("2026-04", "2026-04-13"));
        assertTrue(EventDates.compatible("2026-04-09/2026-04-10", "2026-04-10"));
        assertFalse(EventDates.compatible("2022", "2026-04-10"));
        assertTrue(EventDates.compatible(null, "2026-04-10"));
        assertEquals("range", EventDates.precision("2026-04-09/2026-04-10"));
        assertEquals("month", EventDates.precision("2026-04"));
    }

    @Test
    void groupsStandForTheirMembers() {
        PartySets p = PartySets.standard();
        assertTrue(PartySets.compatible(p.expand(List.of("C5")), p.expand(List.of("KAZ", "UZB"))));
        assertFalse(PartySets.compatible(p.expand(List.of("IND", "UZB")), p.expand(List.of("IND", "KAZ"))));
        assertFalse(PartySets.compatible(p.expand(List.of()), p.expand(List.of("IND"))));
    }

    @Test
    void objectKeysDropCaseAccentsAndFunctionWords() {
        assertEquals("astana declaration", ObjectKey.of("the Astana Declaration"));
        assertEquals(ObjectKey.of("Sao Paulo Accord"), ObjectKey.of("São Paulo accord"));
        assertEquals(Set.of("frien", "treat"), ObjectKey.stems("treaty friendship"));
    }
}
