package org.summitoutcomes.score;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code evaluate} reports. Macro figures are means of the per-type figures over the types that
 * occur in the gold or the prediction.
 */
public record Scores(Map<String, Prf> strict, Map<String, Prf> partial, Map<String, Prf> documentLevel,
                     Map<String, Prf> relations, int matchedRelations, int partiesRight, int modalityRight, int dateRight,
                     Map<String, Map<String, Prf>> perDocument, List<ErrorItem> errors) {

    /** A false positive or false negative, with the sentence it stands in. */
    public record ErrorItem(String doc, String kind, String layer, String type, String text, int start, int end,
                            String normalized, String context, String rule) {}

    public static Prf micro(Map<String, Prf> perType, java.util.Set<String> types) {
        Prf sum = Prf.ZERO;
        for (var e : perType.entrySet()) if (types == null || types.contains(e.getKey())) sum = sum.plus(e.getValue());
        return sum;
    }

    /** {precision, recall, f1} averaged over types. */
    public static double[] macro(Map<String, Prf> perType) {
        if (perType.isEmpty()) return new double[] {0, 0, 0};
        double p = 0, r = 0, f = 0;
        for (Prf x : perType.values()) {
            p += x.precision();
            r += x.recall();
            f += x.f1();
        }
        int n = perType.size();
        return new double[] {p / n, r / n, f / n};
    }

    public double share(int right) { return matchedRelations == 0 ? 0.0 : (double) right / matchedRelations; }
}
