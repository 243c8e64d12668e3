package org.dyad.eval;

import java.util.Objects;

/**
 * One event the coder produced for the seed article, reduced to what {@link SeedScorer} compares.
 *
 * @param source        the source (actor) code, e.g. "IGOWSTNAT"; "" when the event has none
 * @param target        the target (recipient) code; "" when the event has none
 * @param code          the CAMEO event code, e.g. "0212"
 * @param sentenceIndex 0-based index of the sentence that holds the event
 * @param sentence      that sentence's text, for the report only
 * @throws NullPointerException     if a string is null
 * @throws IllegalArgumentException if {@code sentenceIndex} is negative
 */
public record ProducedEvent(String source, String target, String code, int sentenceIndex, String sentence) {
    public ProducedEvent {
        Objects.requireNonNull(source, "source (use \"\" for none)");
        Objects.requireNonNull(target, "target (use \"\" for none)");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sentence, "sentence");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentenceIndex);
        }
    }

    @Override
    public String toString() {
        return CodingText.of(source, target, code) + " (sentence " + sentenceIndex + ")";
    }
}
