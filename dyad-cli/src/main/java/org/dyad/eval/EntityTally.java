package org.dyad.eval;

/**
 * Counts for one entity type (or all) under one matching rule.
 *
 * @param gold      gold mentions
 * @param predicted predicted mentions
 * @param matched   one-to-one matches between them (never more than either count)
 * @throws IllegalArgumentException when a count is negative or matched exceeds gold or predicted
 */
public record EntityTally(int gold, int predicted, int matched) {
    /** The empty tally. */
    public static final EntityTally ZERO = new EntityTally(0, 0, 0);

    public EntityTally {
        if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
            throw new IllegalArgumentException("bad entity tally: gold " + gold + ", predicted " + predicted
                    + ", matched " + matched);
        }
    }

    /** The sum of two tallies. */
    public EntityTally plus(EntityTally o) {
        return new EntityTally(gold + o.gold, predicted + o.predicted, matched + o.matched);
    }

    /** Matched over predicted, 0 to 1; 0 when nothing was predicted. */
    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    /** Matched over gold, 0 to 1; 0 when there is no gold. */
    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    /** Harmonic mean of precision and recall, 0 to 1. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
