package org.summitoutcomes.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class BCubedTest {
    @Test
    void perfectGroupingScoresOne() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
        BCubed.Result r = BCubed.score(gold, Map.of("a", "1", "b", "1", "c", "2"));
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(1.0, r.recall(), 1e-9);
        assertEquals(3, r.items());
    }

    @Test
    void aWrongMergeCostsPrecisionAndAMissedItemRecall() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
        BCubed.Result merged = BCubed.score(gold, Map.of("a", "1", "b", "1", "c", "1"));
        assertEquals((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, merged.precision(), 1e-9);
        assertEquals(1.0, merged.recall(), 1e-9);
        BCubed.Result missing = BCubed.score(gold, Map.of("a", "1", "c", "2"));
        assertEquals(1.0, missing.precision(), 1e-9);
        assertEquals((0.5 + 0.5 + 1) / 3, missing.recall(), 1e-9);
    }

    @Test
    void noGoldScoresZero() {
        BCubed.Result r = BCubed.score(Map.of(), Map.of("a", "1"));
        assertEquals(0.0, r.f1());
        assertEquals(0, r.items());
    }
}
