package org.dyad.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the coder did on one PETRARCH record. See {@link PetrarchEvaluator} for the definitions.
 *
 * <p>Every expected coding is in exactly one of {@code exact}, {@code partial}, {@code missed}; every produced
 * coding in exactly one of {@code exact}, {@code partial}, {@code extra}.
 *
 * @param record   the record
 * @param produced what the coder returned, in its order; empty if it failed
 * @param exact    exact matches
 * @param partial  partial matches
 * @param missed   expected codings with no exact or partial match
 * @param extra    produced codings with no exact or partial match
 * @param failure  the coder's exception message when it threw on this record; then every expected coding is
 *                 missed
 */
public record RecordScore(PetrarchRecord record, List<Coding> produced, List<CodingPair> exact,
                          List<CodingPair> partial, List<ExpectedCoding> missed, List<Coding> extra,
                          Optional<String> failure) {
    public RecordScore {
        Objects.requireNonNull(record, "record");
        produced = List.copyOf(produced);
        exact = List.copyOf(exact);
        partial = List.copyOf(partial);
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
        Objects.requireNonNull(failure, "failure");
    }

    /** True when the coder produced exactly what was expected: no partial, missed or extra coding, no failure. */
    public boolean perfect() {
        return partial.isEmpty() && missed.isEmpty() && extra.isEmpty() && failure.isEmpty();
    }

    /** This record's counts. */
    public Tally tally() {
        boolean silentAsExpected = record.noEvents() && produced.isEmpty() && failure.isEmpty();
        return new Tally(1, record.expected().size(), exact.size(), partial.size(), missed.size(), extra.size(),
                record.noEvents() ? 1 : 0, silentAsExpected ? 1 : 0, failure.isPresent() ? 1 : 0);
    }
}
