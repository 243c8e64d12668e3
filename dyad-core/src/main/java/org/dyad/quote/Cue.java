package org.dyad.quote;

import java.util.Objects;
import org.dyad.document.Span;

/**
 * The attribution cue found for a quote: where it is and which lexicon entry it is.
 *
 * @param span   character offsets of the cue words in the text ("said", "according to"), end exclusive
 * @param lemma  the cue's lemma from the lexicon ("say")
 * @param stance the stance the lexicon gives the cue
 */
public record Cue(Span span, String lemma, Stance stance) {
    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(stance, "stance");
    }
}
