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
 * @param facility      whether the name is, or modifies, the name of a facility, a street or a building ("Carnegie
 *                      Library", "Heathrow airport", "Bourbon and Dauphine streets"): such a feature most likely lies
 *                      where the article is, not at a far town of its name ({@link ToponymFinder#isFacilityName}, {@link ToponymFinder#modifiesFacility})
 */
public record PlaceReference(Span span, String key, Toponym.Kind kind, List<Place> candidates, int sentenceIndex,
                             List<Place> container, boolean diplomatic, Facility facility) implements Spanned {
    public PlaceReference {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        candidates = List.copyOf(candidates);
        container = List.copyOf(container);
        Objects.requireNonNull(facility, "facility");
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a place reference needs at least one candidate: " + span);
        }
    }

    /** A reference that names no facility. */
    public PlaceReference(Span span, String key, Toponym.Kind kind, List<Place> candidates, int sentenceIndex,
                          List<Place> container, boolean diplomatic) {
        this(span, key, kind, candidates, sentenceIndex, container, diplomatic, Facility.NONE);
    }

    /** The same reference with a container division. */
    PlaceReference withContainer(List<Place> places) {
        return new PlaceReference(span, key, kind, candidates, sentenceIndex, places, diplomatic, facility);
    }

    /** The same reference, marked as naming (part of) a facility. */
    PlaceReference as(Facility f) {
        return new PlaceReference(span, key, kind, candidates, sentenceIndex, container, diplomatic, f);
    }

    /** Whether, and how, a name names a facility. */
    public enum Facility {
        /** No facility: a place name. */
        NONE,
        /** The name of a facility, a street or a building ("Carnegie Library", "Collins Avenue"). */
        FACILITY,
        /** A place name before a facility's head noun ("Heathrow airport", "Bourbon and Dauphine streets"). */
        MODIFIER,
        /** A diplomatic mission ("Russian Embassy", "Embassy of Armenia"), which lies abroad of the country named. */
        MISSION
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
