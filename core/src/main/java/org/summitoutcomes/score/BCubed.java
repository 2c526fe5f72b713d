package org.summitoutcomes.score;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision and recall of a grouping (Bagga and Baldwin 1998): for each item, the share of its predicted
 * group that is in its gold group (precision) and the share of its gold group that is in its predicted group
 * (recall), averaged over the items. Both maps give each item's group label; an item that has no predicted
 * label is a group of its own.
 */
public final class BCubed {
    /** Averages over {@code items} gold items; all 0 when there are none. */
    public record Result(double precision, double recall, int items) {
        public double f1() { return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall); }
    }

    private BCubed() {}

    /** Scores {@code predicted} against {@code gold} over the gold's items (predicted labels of other items are ignored). */
    public static Result score(Map<String, String> gold, Map<String, String> predicted) {
        if (gold.isEmpty()) return new Result(0, 0, 0);
        Map<String, String> pred = new HashMap<>();
        for (String item : gold.keySet()) pred.put(item, predicted.getOrDefault(item, "\u0000alone\u0000" + item));
        Map<String, Integer> goldSize = new HashMap<>(), predSize = new HashMap<>(), both = new HashMap<>();
        for (String item : gold.keySet()) {
            goldSize.merge(gold.get(item), 1, Integer::sum);
            predSize.merge(pred.get(item), 1, Integer::sum);
            both.merge(gold.get(item) + "\u0000" + pred.get(item), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (String item : gold.keySet()) {
            double shared = both.get(gold.get(item) + "\u0000" + pred.get(item));
            p += shared / predSize.get(pred.get(item));
            r += shared / goldSize.get(gold.get(item));
        }
        return new Result(p / gold.size(), r / gold.size(), gold.size());
    }
}
