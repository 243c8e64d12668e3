package org.dyad.quote;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the attribution-cue lexicon ({@code attribution-cues.txt}): a word or phrase that introduces a
 * quote or a reported statement, the stance a statement it introduces takes, and how its source and content sit
 * around it.
 *
 * @param lemma  the dictionary form ("say", "according to")
 * @param stance the stance of a statement introduced by this cue
 * @param role   how the source and content are arranged around the cue
 * @param words  one inflected form, lower case, as consecutive words ("said"; "according", "to")
 */
public record AttributionCue(String lemma, Stance stance, Role role, List<String> words) {
    public AttributionCue {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(role, "role");
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("cue " + lemma + " has no words");
        }
    }

    /** How a cue relates its source and its content. */
    public enum Role {
        /** A verb of saying: "X said (that) C", "C, X said", "C, said X". */
        SAY,
        /** A verb of saying with a hearer object: "X told reporters (that) C". */
        TELL,
        /** A verb of belief or intention, never inverted: "X believes (that) C". */
        THINK,
        /** A preposition naming the source after it: "according to X, C" and "C, according to X". */
        PREP
    }
}
