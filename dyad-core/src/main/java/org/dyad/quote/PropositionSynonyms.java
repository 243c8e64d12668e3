package org.dyad.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words and two-word phrases that name the same thing when two statements are compared ("sanctuaries", "safe
 * havens", "bases" → {@code haven}). Format ({@code org/dyad/quote/proposition-synonyms.txt}, written for Dyad):
 * {@code concept<TAB>word | phrase | …}, lower case; {@code #} starts a comment. Immutable and thread-safe.
 */
public final class PropositionSynonyms {
    /** Resource path of the bundled table. */
    public static final String RESOURCE = "/org/dyad/quote/proposition-synonyms.txt";

    private final Map<String, String> words;
    private final Map<String, String> pairs;

    private PropositionSynonyms(Map<String, String> words, Map<String, String> pairs) {
        this.words = Map.copyOf(words);
        this.pairs = Map.copyOf(pairs);
    }

    /**
     * The bundled table.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static PropositionSynonyms bundled() {
        return BundledText.read(RESOURCE, "synonym table", PropositionSynonyms::read);
    }

    /**
     * Reads a table in the format above.
     *
     * @throws IllegalArgumentException naming {@code name:line} for a line without a tab, or a phrase of more than
     *                                  two words
     * @throws IOException              when the reader fails
     */
    public static PropositionSynonyms read(Reader reader, String name) throws IOException {
        Map<String, String> words = new HashMap<>();
        Map<String, String> pairs = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int tab = content.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(name + ":" + number + ": expected 'concept<TAB>word | word…'");
            }
            String concept = content.substring(0, tab).strip();
            for (String phrase : content.substring(tab + 1).split("\\|")) {
                String[] parts = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (parts.length == 1) {
                    words.put(parts[0], concept);
                } else if (parts.length == 2) {
                    pairs.put(parts[0] + " " + parts[1], concept);
                } else {
                    throw new IllegalArgumentException(name + ":" + number + ": '" + phrase.strip()
                            + "' has more than two words");
                }
            }
        }
        return new PropositionSynonyms(words, pairs);
    }

    /** The concept of one lower-case word, if the table lists it. */
    public Optional<String> word(String lower) {
        return Optional.ofNullable(words.get(lower));
    }

    /** The concept of two consecutive lower-case words ("safe havens"), if the table lists the phrase. */
    public Optional<String> pair(String first, String second) {
        return Optional.ofNullable(pairs.get(first + " " + second));
    }
}
