package org.dyad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.dictionary.DictionaryLine;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;

/**
 * The discard list: phrases that stop a sentence or a story from being coded (Phoenix.discards.txt,
 * PETR.Validate.discards.txt). Immutable and thread-safe.
 *
 * <p>Format ("PETRARCH Dictionary Formats", Discard List): one phrase per line; a leading '+' discards the whole
 * story; a trailing '_' requires the match to end at a blank or punctuation, otherwise the phrase's end is a stem;
 * underscores inside a phrase read as blanks; matching ignores case. PETRARCH looks for the phrase prefixed with a
 * blank, i.e. at the start of a word; Dyad also accepts a start right after an opening quote, parenthesis or
 * bracket, and treats runs of whitespace in the text as one blank.
 *
 * <p>Speed: phrases are indexed by their first word in a character trie; from each word start in the text the trie
 * is walked along the word there (so stems match) for as long as some first word goes on, and only the phrases
 * whose first word ends at a visited node are compared. There is no scan per phrase and no string is cut.
 */
public final class DiscardList {
    private static final String OPENERS = "\"'([{<\u201C\u2018\u00AB";

    private final List<Discard> entries;
    /** First words of the phrases, letter by letter; a node where a first word ends holds its phrases. */
    private final Node firstWords = new Node();

    private DiscardList(List<Discard> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Discard>> index = new HashMap<>();
        for (Discard d : this.entries) {
            int space = d.phrase().indexOf(' ');
            String key = space < 0 ? d.phrase() : d.phrase().substring(0, space);
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        index.forEach((key, phrases) -> {
            Node node = firstWords;
            for (int k = 0; k < key.length(); k++) {
                node = node.childOrNew(key.charAt(k));
            }
            node.phrases = List.copyOf(phrases);
        });
    }

    /**
     * Parses a discard file.
     *
     * @param content decoded file content
     * @param source  file name for {@code origin} strings and warnings
     * @param report  receives a warning for lines with no phrase
     * @return the list; never throws on bad lines
     */
    public static DiscardList parse(String content, String source, DictionaryReport report) {
        List<Discard> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (DictionaryLine line : DictionaryText.lines(content, source, report, true)) {
            String text = line.trimmed();
            boolean story = text.startsWith("+");
            if (story) {
                text = text.substring(1).strip();
            }
            boolean wholeWord = text.endsWith("_");
            String phrase = String.join(" ", DictionaryText.words(text));
            if (phrase.isEmpty()) {
                report.warn(source, line.number(), "discard line without a phrase; skipped");
                continue;
            }
            if (seen.add((story ? "+" : "") + phrase + (wholeWord ? "_" : ""))) {
                entries.add(new Discard(phrase, story, wholeWord, source + ":" + line.number()));
            }
        }
        return new DiscardList(entries);
    }

    /**
     * The first discard phrase found in a sentence, sentence-level or whole-story (a story-level phrase found in
     * a sentence discards it too; {@link Discard#wholeStory()} tells the caller to drop the story).
     *
     * @param sentenceText the sentence as it appears in the document
     * @return the phrase found earliest in the text; empty when none
     */
    public Optional<Discard> sentenceDiscard(String sentenceText) {
        return find(sentenceText, false);
    }

    /**
     * The first whole-story ('+') discard phrase found in a text.
     *
     * @param text the story text (or any part of it)
     * @return the phrase found earliest in the text; empty when none
     */
    public Optional<Discard> storyDiscard(String text) {
        return find(text, true);
    }

    /** All phrases in file order (duplicates removed). */
    public List<Discard> entries() {
        return entries;
    }

    private Optional<Discard> find(String raw, boolean storyOnly) {
        String text = normalize(raw);
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!wordStart(text, p)) {
                continue;
            }
            int tokenEnd = text.indexOf(' ', p);
            if (tokenEnd < 0) {
                tokenEnd = n;
            }
            Node node = firstWords;
            for (int q = p; q < tokenEnd; q++) {
                node = node.child(text.charAt(q));
                if (node == null) {
                    break;
                }
                if (node.phrases == null) {
                    continue;
                }
                for (Discard d : node.phrases) {
                    if ((!storyOnly || d.wholeStory()) && matchesAt(text, p, d)) {
                        return Optional.of(d);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(String text, int p, Discard d) {
        if (!text.startsWith(d.phrase(), p)) {
            return false;
        }
        int end = p + d.phrase().length();
        return !d.wholeWord() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static boolean wordStart(String text, int p) {
        char c = text.charAt(p);
        if (c == ' ') {
            return false;
        }
        if (p == 0 || text.charAt(p - 1) == ' ') {
            return true;
        }
        return Character.isLetterOrDigit(c) && OPENERS.indexOf(text.charAt(p - 1)) >= 0;
    }

    /** Upper case, each whitespace run one blank. */
    private static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        String upper = raw.toUpperCase(Locale.ROOT);
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A trie node: the letters that go on from here and, where a first word ends, its phrases in file order. */
    private static final class Node {
        private char[] letters = new char[0];
        private Node[] next = new Node[0];
        private List<Discard> phrases;

        Node child(char c) {
            for (int k = 0; k < letters.length; k++) {
                if (letters[k] == c) {
                    return next[k];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                letters = java.util.Arrays.copyOf(letters, letters.length + 1);
                next = java.util.Arrays.copyOf(next, next.length + 1);
                letters[letters.length - 1] = c;
                next[next.length - 1] = child;
            }
            return child;
        }
    }
}
