package org.dyad.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Token;

/**
 * The attribution-cue lexicon: every inflected form of every cue, indexed by its first word so that a token is
 * looked up with one hash probe (no pattern per token).
 *
 * <p>Format ({@code org/dyad/quote/attribution-cues.txt}, written for Dyad): one cue a line, tab-separated
 * {@code lemma stance role forms}, forms space-separated, words of a multi-word form joined by {@code _};
 * {@code #} starts a comment. Immutable and thread-safe.
 */
public final class AttributionCues {
    /** Resource path of the bundled lexicon. */
    public static final String RESOURCE = "/org/dyad/quote/attribution-cues.txt";

    /** Cues by their first word, longest form first. */
    private final Map<String, List<AttributionCue>> byFirstWord;

    private AttributionCues(Map<String, List<AttributionCue>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * The bundled lexicon.
     *
     * @throws IllegalStateException when the resource is missing or malformed (a packaging error)
     */
    public static AttributionCues bundled() {
        return BundledText.read(RESOURCE, "attribution cue lexicon", AttributionCues::read);
    }

    /**
     * Reads a lexicon in the format above.
     *
     * @param reader the lexicon text; read to the end, not closed
     * @param name   what to call the source in error messages
     * @throws IllegalArgumentException naming {@code name:line} for a line without four fields or with an unknown
     *                                  stance or role
     * @throws IOException              when the reader fails
     */
    public static AttributionCues read(Reader reader, String name) throws IOException {
        Map<String, List<AttributionCue>> index = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] fields = content.split("\t");
            if (fields.length != 4) {
                throw new IllegalArgumentException(name + ":" + number + ": expected 4 tab-separated fields "
                        + "(lemma, stance, role, forms), found " + fields.length);
            }
            Stance stance;
            AttributionCue.Role role;
            try {
                stance = Stance.valueOf(fields[1].strip());
                role = AttributionCue.Role.valueOf(fields[2].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + number + ": unknown stance or role in '" + content
                        + "'; stances " + Arrays.toString(Stance.values()) + ", roles "
                        + Arrays.toString(AttributionCue.Role.values()));
            }
            for (String form : fields[3].strip().split("\\s+")) {
                List<String> words = List.of(form.toLowerCase(Locale.ROOT).split("_"));
                AttributionCue cue = new AttributionCue(fields[0].strip(), stance, role, words);
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(cue);
            }
        }
        for (List<AttributionCue> cues : index.values()) {
            cues.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
        }
        Map<String, List<AttributionCue>> frozen = new HashMap<>();
        index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new AttributionCues(Collections.unmodifiableMap(frozen));
    }

    /**
     * The longest cue whose words start at {@code tokens[index]}, compared case-insensitively; curly apostrophes
     * are not involved (cue words have none).
     *
     * @param tokens tokens of one sentence
     * @param index  position of the first word
     * @return the cue, or empty when no form starts there or when a verb that also names force ("attacked") has no
     *         word of speech after it in the sentence
     */
    public Optional<AttributionCue> at(List<Token> tokens, int index) {
        Optional<AttributionCue> cue = lookUp(tokens, index);
        if (cue.isPresent() && FORCE_LEMMAS.contains(cue.get().lemma()) && !spokenAfter(tokens, index)) {
            return Optional.empty();   // "gunmen attacked a police post": force, not words
        }
        return cue;
    }

    /**
     * Cue verbs that in conflict news mostly name force ("rebels attacked the base", "the army blasted the
     * ridge"): they cue a statement only when what follows them is speech (see {@link #spokenAfter}).
     */
    static final Set<String> FORCE_LEMMAS = Set.of("attack", "blast", "assail", "slam");
    /**
     * Cue verbs of response and evaluation whose plain noun-phrase object is a thing, not a statement: "Kenya
     * welcomed the delegation", "the minister praised the army", "Uganda rejected the offer", "the sides agreed a
     * ceasefire" report no words. They cue a statement only with a clause ("agreed that …", "rejected claims that
     * …", "praised the deal as …"); see {@code QuoteFinder}.
     */
    static final Set<String> OBJECT_LEMMAS = Set.of("agree", "welcome", "praise", "reject", "applaud", "thank",
            "congratulate");

    /** Whether the cue's lemma is one of {@link #OBJECT_LEMMAS}: a plain object after it is no statement. */
    public static boolean takesPlainObject(String lemma) {
        return OBJECT_LEMMAS.contains(lemma);
    }

    /** Words after such a verb that show it is about words: "attacked the plan", "blasted him in an interview". */
    private static final Set<String> SPEECH_MARKERS = Set.of("\"", "\u201C", "\u201D", "''", "``", "saying",
            "calling", "describing", "statement", "speech", "interview", "remarks", "comments", "tweet",
            "editorial", "criticism", "rhetoric", "policy", "policies", "plan", "plans", "proposal", "proposals",
            "decision", "bill", "law", "stance", "record", "handling", "idea", "report", "claims");

    /** Whether a word after the cue at {@code index}, up to the sentence's end, marks speech. */
    private static boolean spokenAfter(List<Token> tokens, int index) {
        for (int k = index + 1; k < tokens.size(); k++) {
            if (SPEECH_MARKERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private Optional<AttributionCue> lookUp(List<Token> tokens, int index) {
        List<AttributionCue> candidates = byFirstWord.get(tokens.get(index).text().toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (AttributionCue cue : candidates) {
            List<String> words = cue.words();
            if (index + words.size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.size() && all; k++) {
                all = tokens.get(index + k).text().equalsIgnoreCase(words.get(k));
            }
            if (all) {
                return Optional.of(cue);
            }
        }
        return Optional.empty();
    }

    /** Number of distinct forms in the lexicon. */
    public int size() {
        return byFirstWord.values().stream().mapToInt(List::size).sum();
    }
}
