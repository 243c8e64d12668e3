package org.dyad.geo;

import java.util.List;
import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * A toponym before resolution: a span of text and the gazetteer places it may name. Found by {@link ToponymFinder},
 * resolved by {@link ToponymResolver}.
 *
 * @param span          character offsets of the name as written
 * @param key           its lookup key ({@link PlaceNames#key})
 * @param kind          how it was written
 * @param candidates    the places it may name; never empty
 * @param sentenceIndex 0-based index of its sentence; -1 for a dateline
 * @param container     the places of a division written right after it ("Springfield, Illinois": Illinois's
 *                      candidates for Springfield); empty when none
 * @param diplomatic    true when its sentence speaks of diplomacy (talks, visit, embassy, minister…)
 */
public record PlaceReference(Span span, String key, Toponym.Kind kind, List<Place> candidates, int sentenceIndex,
                             List<Place> container, boolean diplomatic) implements Spanned {
    public PlaceReference {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        candidates = List.copyOf(candidates);
        container = List.copyOf(container);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a place reference needs at least one candidate: " + span);
        }
    }

    /** The same reference with a container division. */
    PlaceReference withContainer(List<Place> places) {
        return new PlaceReference(span, key, kind, candidates, sentenceIndex, places, diplomatic);
    }

    /** True when one of the candidates is a country (the name is a country's name or alias). */
    boolean countryNamed() {
        for (Place p : candidates) {
            if (p.isCountry()) {
                return true;
            }
        }
        return false;
    }

}
