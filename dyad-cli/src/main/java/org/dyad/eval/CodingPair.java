package org.dyad.eval;

import java.util.Objects;

/**
 * An expected coding and the produced coding the evaluator matched to it.
 *
 * @param expected the coding the record expects
 * @param produced the coding the coder produced
 */
public record CodingPair(ExpectedCoding expected, Coding produced) {
    public CodingPair {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(produced, "produced");
    }
}
