package org.dyad.document;

/** Anything anchored to the text by a {@link Span}: every layer element implements it. */
public interface Spanned {
    /** The character offsets this element covers. */
    Span span();

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }
}
