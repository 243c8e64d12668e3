package org.dyad.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyad.actor.NameType;

/**
 * Entity scores of one document or a corpus: per type (person, organisation, place) with the type required to
 * match, and over all three with the type ignored, each under exact and overlapping span matching.
 *
 * @param exactByType   exact span and same type, per scored type
 * @param overlapByType overlapping span and same type, per scored type
 * @param exactAny      exact span, any of the three types
 * @param overlapAny    overlapping span, any of the three types
 */
public record EntityScore(Map<NameType, EntityTally> exactByType, Map<NameType, EntityTally> overlapByType,
                          EntityTally exactAny, EntityTally overlapAny) {
    /** The types scored, in report order. */
    public static final List<NameType> TYPES = List.of(NameType.PERSON, NameType.ORGANISATION, NameType.PLACE);

    public EntityScore {
        exactByType = Map.copyOf(exactByType);
        overlapByType = Map.copyOf(overlapByType);
    }

    /** The empty score. */
    public static EntityScore zero() {
        Map<NameType, EntityTally> zeros = new EnumMap<>(NameType.class);
        TYPES.forEach(t -> zeros.put(t, EntityTally.ZERO));
        return new EntityScore(zeros, zeros, EntityTally.ZERO, EntityTally.ZERO);
    }

    /** The sum of two scores. */
    public EntityScore plus(EntityScore o) {
        Map<NameType, EntityTally> exact = new EnumMap<>(NameType.class);
        Map<NameType, EntityTally> overlap = new EnumMap<>(NameType.class);
        for (NameType t : TYPES) {
            exact.put(t, exactByType.get(t).plus(o.exactByType.get(t)));
            overlap.put(t, overlapByType.get(t).plus(o.overlapByType.get(t)));
        }
        return new EntityScore(exact, overlap, exactAny.plus(o.exactAny), overlapAny.plus(o.overlapAny));
    }

    /** Exact span and same type, summed over the three types. */
    public EntityTally exactTyped() {
        return TYPES.stream().map(exactByType::get).reduce(EntityTally.ZERO, EntityTally::plus);
    }

    /** Overlapping span and same type, summed over the three types. */
    public EntityTally overlapTyped() {
        return TYPES.stream().map(overlapByType::get).reduce(EntityTally.ZERO, EntityTally::plus);
    }
}
