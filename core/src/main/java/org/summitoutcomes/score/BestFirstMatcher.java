package org.summitoutcomes.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching of gold and predicted items, best similarity first (the {@code greedy} function of
 * {@code ../shared/tools/score-doclevel.py}): every pair at or above the threshold is a candidate;
 * candidates are taken by descending similarity, ties by descending gold index, then descending predicted
 * index; a pair is kept when neither item is used yet.
 */
public final class BestFirstMatcher {
    /** A matched pair: indexes into the gold and predicted lists, and their similarity. */
    public record Pair(int gold, int pred, double similarity) {}

    private BestFirstMatcher() {}

    /** The matched pairs in the order they were taken; each index occurs at most once. */
    public static <G, P> List<Pair> match(List<G> gold, List<P> pred, ToDoubleBiFunction<G, P> similarity, double threshold) {
        List<Pair> cands = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < pred.size(); j++) {
                double s = similarity.applyAsDouble(gold.get(i), pred.get(j));
                if (s >= threshold) cands.add(new Pair(i, j, s));
            }
        }
        cands.sort(Comparator.comparingDouble(Pair::similarity).thenComparingInt(Pair::gold).thenComparingInt(Pair::pred).reversed());
        boolean[] usedGold = new boolean[gold.size()], usedPred = new boolean[pred.size()];
        List<Pair> out = new ArrayList<>();
        for (Pair c : cands) {
            if (usedGold[c.gold()] || usedPred[c.pred()]) continue;
            usedGold[c.gold()] = usedPred[c.pred()] = true;
            out.add(c);
        }
        return List.copyOf(out);
    }
}
