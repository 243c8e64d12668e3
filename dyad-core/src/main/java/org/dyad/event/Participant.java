package org.dyad.event;

import java.util.Objects;
import org.dyad.actor.Actor;
import org.dyad.document.Span;

/**
 * The actor or recipient of an event as it appears in the sentence, with what it resolved to.
 *
 * @param span  character offsets of the mention in the document text (end exclusive)
 * @param text  the covered text
 * @param actor the resolved actor: code, canonical name, role and how it was resolved
 */
public record Participant(Span span, String text, Actor actor) {
    public Participant {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
    }

    /** CAMEO actor code ("PAKMIL"). */
    public String code() {
        return actor.code();
    }

    /** Canonical name of the actor. */
    public String name() {
        return actor.name();
    }
}
