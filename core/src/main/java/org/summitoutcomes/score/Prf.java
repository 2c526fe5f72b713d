package org.summitoutcomes.score;

/**
 * Counts and precision, recall, F1. When a ratio is undefined (nothing predicted, nothing in the gold)
 * it is 0, never NaN or a sentinel: a scorer that reports 0 cannot be mistaken for a good score.
 */
public record Prf(int tp, int fp, int fn) {
    public double precision() { return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp); }

    public double recall() { return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn); }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Prf plus(Prf o) { return new Prf(tp + o.tp, fp + o.fp, fn + o.fn); }

    public static final Prf ZERO = new Prf(0, 0, 0);
}
