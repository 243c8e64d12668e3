package org.dyad.event;

import java.util.List;
import java.util.Objects;

/**
 * One surface form of a verb of the verb dictionary: a line {@code SAY {SAID}} yields SAY, SAYS, SAID and SAYING
 * (see {@link VerbDictionary} for how forms are generated).
 *
 * @param words  the form as upper-case words; one word for ordinary verbs, several for multi-word verbs written
 *               with underscores ({@code +BEEF_UP} gives [BEEF, UP], {@code WIRE_+TAPPED} gives [WIRE, TAPPED])
 * @param head   index in {@code words} of the verb proper, the word marked with '+' (0 when unmarked)
 * @param codes  the verb's own {@code [code]} when the line gives one (even {@code [---]}), else the block's
 * @param origin where the verb line was read, "FILE:LINE"
 */
public record VerbForm(List<String> words, int head, CodePair codes, String origin) {
    public VerbForm {
        words = List.copyOf(words);
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(origin, "origin");
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside " + words + " at " + origin);
        }
    }

    /** The verb proper, {@code words().get(head())}. */
    public String headWord() {
        return words.get(head);
    }
}
