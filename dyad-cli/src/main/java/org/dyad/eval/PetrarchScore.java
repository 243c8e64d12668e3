package org.dyad.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of evaluating a coder on a PETRARCH suite.
 *
 * @param byCategory one tally per record category, in order of first appearance in the records
 * @param overall    the sum over all categories
 * @param records    one score per record, in input order
 */
public record PetrarchScore(Map<String, Tally> byCategory, Tally overall, List<RecordScore> records) {
    public PetrarchScore {
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        Objects.requireNonNull(overall, "overall");
        records = List.copyOf(records);
    }
}
