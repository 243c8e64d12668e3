package org.dyad.actor;

/**
 * Tells {@link NameFinder} whether a proper name is the name of a place. One method, so that a gazetteer (GeoNames)
 * can stand in for the built-in list ({@link ListedPlaceNames}) without NameFinder changing.
 *
 * <p>Implementations are immutable and thread-safe, and answer from memory: NameFinder asks once per name.
 */
@FunctionalInterface
public interface PlaceNames {
    /**
     * Whether the name is a known place name.
     *
     * @param name the name as written in the text ("Kabul", "North Carolina", "KABUL"); implementations decide
     *             how they compare case and punctuation
     * @return true when it names a place
     */
    boolean isPlace(String name);
}
