package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the events produced for a seed article against its {@link SeedGold}.
 *
 * <p>Input: the produced events. Output: a {@link SeedScore}. Matching is {@link GoldEvent#matches}; it is
 * many-to-many, not a one-to-one pairing:
 * <ul>
 *   <li>A gold event is <em>found</em> when at least one produced event matches it. Several produced events
 *       matching the same gold event find it once; the copies are not spurious (a story often reports one
 *       event in two sentences, and the gold file does not say which sentence to code).</li>
 *   <li>A produced event that matches several gold events counts as finding each of them (the gold patterns
 *       overlap on purpose, e.g. a NATO-to-Afghanistan 05 event fits both E6 and O6).</li>
 *   <li>A produced event is <em>spurious</em> when it matches no gold event, required or optional.</li>
 * </ul>
 * Holds only the gold; thread-safe.
 */
public final class SeedScorer {
    private final SeedGold gold;

    /**
     * @param gold the gold events to score against
     */
    public SeedScorer(SeedGold gold) {
        this.gold = Objects.requireNonNull(gold, "gold");
    }

    /**
     * Scores produced events.
     *
     * @param produced the coder's events for the article, in any order
     * @return found, missed and spurious events
     */
    public SeedScore score(List<ProducedEvent> produced) {
        Map<String, List<ProducedEvent>> evidence = new LinkedHashMap<>();
        for (GoldEvent event : gold.events()) {
            evidence.put(event.id(), produced.stream().filter(event::matches).toList());
        }
        List<String> requiredFound = new ArrayList<>();
        List<String> requiredMissed = new ArrayList<>();
        for (GoldEvent event : gold.required()) {
            (evidence.get(event.id()).isEmpty() ? requiredMissed : requiredFound).add(event.id());
        }
        List<String> optionalFound = gold.optional().stream()
                .map(GoldEvent::id)
                .filter(id -> !evidence.get(id).isEmpty())
                .toList();
        List<ProducedEvent> spurious = produced.stream()
                .filter(p -> gold.events().stream().noneMatch(g -> g.matches(p)))
                .toList();
        return new SeedScore(requiredFound, requiredMissed, optionalFound, spurious, evidence, produced.size());
    }
}
