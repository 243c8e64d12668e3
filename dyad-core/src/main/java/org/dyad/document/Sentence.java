package org.dyad.document;

/**
 * One sentence of the article body.
 *
 * @param span  character offsets of the sentence in the document text
 * @param index 0-based position of the sentence in the document
 */
public record Sentence(Span span, int index) implements Spanned {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + index);
        }
    }
}
