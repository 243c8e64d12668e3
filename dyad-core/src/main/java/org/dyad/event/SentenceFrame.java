package org.dyad.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actor.Mention;
import org.dyad.actor.Words;
import org.dyad.document.Span;
import org.dyad.document.Token;

/**
 * One sentence as the coder sees it: upper-case words, UD tags, and the actor phrases ("units") laid over the
 * tokens. Built per sentence by {@link EventCoder}; not shared between threads.
 */
final class SentenceFrame {
    final List<Token> tokens;
    final String[] words;
    final String[] tags;
    final Unit[] unitAt;
    private Set<String> wordSet;

    /** An actor noun phrase over tokens {@code [start, end)} and the mentions it holds (several when coordinated). */
    record Unit(int start, int end, List<Mention> members) {
    }

    SentenceFrame(List<Token> tokens, List<Mention> mentions) {
        this.tokens = tokens;
        this.words = Words.keys(tokens);
        this.tags = new String[tokens.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tokens.get(i).tag();
        }
        this.unitAt = new Unit[tokens.size()];
        Map<Span, List<Mention>> byPhrase = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byPhrase.computeIfAbsent(m.phrase(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Span, List<Mention>> e : byPhrase.entrySet()) {
            int start = -1;
            int end = -1;
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() >= e.getKey().start() && t.end() <= e.getKey().end()) {
                    if (start < 0) {
                        start = i;
                    }
                    end = i + 1;
                }
            }
            if (start >= 0) {
                Unit u = new Unit(start, end, List.copyOf(e.getValue()));
                for (int i = start; i < end; i++) {
                    unitAt[i] = u;
                }
            }
        }
    }

    /** The sentence's distinct upper-case words, built on first use and kept (every verb's patterns probe it). */
    Set<String> wordSet() {
        if (wordSet == null) {
            wordSet = new HashSet<>(Arrays.asList(words));
        }
        return wordSet;
    }

    int size() {
        return words.length;
    }

    boolean tag(int i, String tag) {
        return i >= 0 && i < tags.length && tags[i].equals(tag);
    }

    boolean word(int i, String word) {
        return i >= 0 && i < words.length && words[i].equals(word);
    }

    /** True when token i is a nominal head outside any actor unit. */
    boolean plainNominal(int i) {
        return unitAt[i] == null && (tags[i].equals("NOUN") || tags[i].equals("PROPN") || tags[i].equals("NUM"));
    }
}
