package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A word trie over upper-case dictionary phrases, for longest-match lookup over a sentence's words in one pass
 * per start position (no per-phrase scans). Built once; read-only and thread-safe afterwards.
 *
 * @param <T> what a phrase stands for (an actor entry, an agent entry)
 */
public final class PhraseIndex<T> {
    private final Node<T> root = new Node<>();
    private int size;

    private static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>(4);
        private final List<T> values = new ArrayList<>(1);
    }

    /** A match of a phrase: words {@code [start, end)} of the searched array, and what the phrase stands for. */
    public record Match<T>(int start, int end, List<T> values) {
        public int length() {
            return end - start;
        }
    }

    /** Adds a phrase (upper-case words). A phrase added twice keeps both values, in insertion order. */
    public void add(List<String> words, T value) {
        if (words.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (String w : words) {
            node = node.next.computeIfAbsent(w, k -> new Node<>());
        }
        node.values.add(value);
        size++;
    }

    /** Number of phrases added. */
    public int size() {
        return size;
    }

    /** The longest phrase starting at {@code words[start]}, if any. Words must be upper-case. */
    public Optional<Match<T>> longestAt(String[] words, int start) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < words.length; i++) {
            if (i > start && words[i].equals("-") && !node.next.containsKey("-")) {
                continue;   // "secretary-general" is tokenised secretary - general; the phrase is SECRETARY GENERAL
            }
            node = node.next.get(words[i]);
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(start, i + 1, node.values);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Non-overlapping longest matches, scanning left to right. */
    public List<Match<T>> findAll(String[] words) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            Optional<Match<T>> m = longestAt(words, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i++;
            }
        }
        return out;
    }
}
