package org.dyad.event;

import java.util.Objects;
import org.dyad.document.Span;

/**
 * The actor or recipient of an event as it appears in the sentence.
 *
 * @param span character offsets of the mention in the document text
 * @param text the covered text
 * @param code CAMEO actor code ("PAKMIL")
 * @param name canonical name of the actor
 */
public record Participant(Span span, String text, String code, String name) {
    public Participant {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
