package org.dyad.eval;

/**
 * TempEval-3 TIMEX measures over a corpus (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3", section 4).
 *
 * <p>Recognition: a system timex matches a gold one <em>strictly</em> when both offsets are equal and
 * <em>relaxed</em> when they share at least one character; each gold timex is matched to at most one system
 * timex. Precision is matched system timexes over all system timexes, recall matched gold over all gold.
 * Value F1 is TempEval-3's attribute F1: among relaxed matches, those whose values are equal count as correct;
 * value precision is correct over system timexes, value recall correct over gold timexes (equivalently value
 * accuracy over the relaxed matches times relaxed P and R). Values are compared as strings after one
 * normalisation: ISO week numbers lose a leading zero ({@code 2000-W07} equals the corpus's {@code 2000-W7}).
 *
 * @param gold            gold timexes
 * @param system          system timexes
 * @param strict          gold timexes matched with the same offsets
 * @param relaxed         gold timexes matched by overlap
 * @param valueCorrect    relaxed matches with the same value
 * @param typeCorrect     relaxed matches with the same type
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int valueCorrect, int typeCorrect) {

    public double strictPrecision() {
        return ratio(strict, system);
    }

    public double strictRecall() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    public double valuePrecision() {
        return ratio(valueCorrect, system);
    }

    public double valueRecall() {
        return ratio(valueCorrect, gold);
    }

    public double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    /** Values right among relaxed matches. */
    public double valueAccuracy() {
        return ratio(valueCorrect, relaxed);
    }

    public double typeF1() {
        return f1(ratio(typeCorrect, system), ratio(typeCorrect, gold));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
