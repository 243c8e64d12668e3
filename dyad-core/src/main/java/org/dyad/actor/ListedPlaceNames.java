package org.dyad.actor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.dictionary.DictionaryReport;

/**
 * The place names NameFinder knows when no gazetteer is plugged in: the country entries of the actor dictionary
 * (country names, their spelling variants, and the cities and provinces Phoenix.Countries lists as synonyms) and
 * Dyad's own list of world regions, capitals, major cities and first-level divisions of large federal countries
 * ({@code org/dyad/actor/world-places.txt}, written for Dyad). Immutable and thread-safe.
 */
public final class ListedPlaceNames implements PlaceNames {
    private final Set<String> keys;

    private ListedPlaceNames(Set<String> keys) {
        this.keys = Set.copyOf(keys);
    }

    /**
     * The built-in place names.
     *
     * @param actors the actor dictionary whose country records give country and city names
     * @return the list
     * @throws IllegalStateException when the bundled list is missing from the classpath
     */
    public static ListedPlaceNames from(ActorDictionary actors) {
        // the agents play no part in the place names: an empty agent dictionary will do
        return from(NameLexicon.of(actors, AgentDictionary.parse("", "none", new DictionaryReport())));
    }

    static ListedPlaceNames from(NameLexicon lexicon) {
        Set<String> keys = new HashSet<>(lexicon.placeKeys());
        for (String line : NameLexicon.resourceLines("world-places.txt")) {
            keys.add(key(line));
        }
        return new ListedPlaceNames(keys);
    }

    @Override
    public boolean isPlace(String name) {
        return keys.contains(key(name));
    }

    /** Upper case, curly apostrophe made straight, blanks and underscores collapsed to one blank. */
    private static String key(String name) {
        return String.join(" ", name.replace('\u2019', '\'').replace('_', ' ').strip().split("\\s+"))
                .toUpperCase(Locale.ROOT);
    }
}
