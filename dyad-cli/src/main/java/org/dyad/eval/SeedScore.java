package org.dyad.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a coder did on a seed article. See {@link SeedScorer} for the rules.
 *
 * @param requiredFound  ids of required gold events matched by at least one produced event, in gold order
 * @param requiredMissed ids of required gold events matched by none, in gold order
 * @param optionalFound  ids of optional gold events matched by at least one produced event, in gold order
 * @param spurious       produced events that match no gold event (false positives), in produced order
 * @param evidence       for each gold id in gold order (required, then optional), the produced events that
 *                       match it; empty lists for unmatched events
 * @param produced       how many events the coder produced
 */
public record SeedScore(List<String> requiredFound, List<String> requiredMissed, List<String> optionalFound,
                        List<ProducedEvent> spurious, Map<String, List<ProducedEvent>> evidence, int produced) {
    public SeedScore {
        requiredFound = List.copyOf(requiredFound);
        requiredMissed = List.copyOf(requiredMissed);
        optionalFound = List.copyOf(optionalFound);
        spurious = List.copyOf(spurious);
        Map<String, List<ProducedEvent>> copy = new LinkedHashMap<>();
        evidence.forEach((id, events) -> copy.put(id, List.copyOf(events)));
        evidence = Collections.unmodifiableMap(copy);
    }

    /** True when no required event is missed. */
    public boolean allRequiredFound() {
        return requiredMissed.isEmpty();
    }
}
