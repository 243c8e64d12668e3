package org.dyad.document;

/**
 * One token: its character span, its surface form as written, and its part-of-speech tag.
 *
 * @param span  character offsets of the token in the document text
 * @param text  the covered text, exactly as written (never normalised)
 * @param tag   Universal Dependencies POS tag (VERB, NOUN, PROPN…) as given by the OpenNLP UD English model,
 *              or the empty string when the document has not been tagged
 */
public record Token(Span span, String text, String tag) implements Spanned {
    public Token {
        if (text == null || tag == null) {
            throw new IllegalArgumentException("token text and tag must not be null");
        }
    }

    /** A copy with the given POS tag. */
    public Token withTag(String newTag) {
        return new Token(span, text, newTag);
    }
}
