package org.dyad.actor;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * A span of text that names an actor, and the actor it resolves to.
 *
 * @param span  character offsets of the whole mention ("the Pakistani military")
 * @param actor the resolved actor
 */
public record Mention(Span span, Actor actor) implements Spanned {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
    }
}
