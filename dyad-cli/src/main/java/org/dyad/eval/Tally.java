package org.dyad.eval;

import java.util.OptionalDouble;

/**
 * Counts for a group of PETRARCH records (one category, or all).
 *
 * <p>{@code expected == exact + partial + missed} always holds; {@code extra} counts produced codings.
 *
 * @param records        records in the group
 * @param expected       expected (source, target, code) codings
 * @param exact          expected codings matched exactly
 * @param partial        expected codings matched partially
 * @param missed         expected codings not matched
 * @param extra          produced codings that matched nothing
 * @param noEvents       records that expect no events
 * @param noEventsSilent of those, records where the coder produced nothing (as it should)
 * @param failures       records on which the coder threw
 * @throws IllegalArgumentException if a count is negative
 */
public record Tally(int records, int expected, int exact, int partial, int missed, int extra, int noEvents,
                    int noEventsSilent, int failures) {
    /** The empty tally. */
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally {
        if (records < 0 || expected < 0 || exact < 0 || partial < 0 || missed < 0 || extra < 0 || noEvents < 0
                || noEventsSilent < 0 || failures < 0) {
            throw new IllegalArgumentException("negative count in tally");
        }
    }

    /** The sum of this tally and another. */
    public Tally plus(Tally other) {
        return new Tally(records + other.records, expected + other.expected, exact + other.exact,
                partial + other.partial, missed + other.missed, extra + other.extra, noEvents + other.noEvents,
                noEventsSilent + other.noEventsSilent, failures + other.failures);
    }

    /** Exact matches as a percentage of expected codings, 0 to 100; empty when nothing was expected. */
    public OptionalDouble exactPercent() {
        return expected == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * exact / expected);
    }
}
