package org.dyad.actor;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * A span of text that names an actor, and the actor it resolves to.
 *
 * <p>Mentions of one noun phrase share its {@code phrase} span: "the ambassadors of Arnor, Osgiliath and Gondor"
 * gives three mentions (one per country, each composed with the agent "ambassadors") whose {@code phrase} is the
 * whole phrase. The coder treats one phrase as one syntactic unit and its mentions as coordinated actors.
 *
 * @param span   character offsets of the words that name this actor ("Osgiliath", or "the Kenyan army")
 * @param actor  the resolved actor
 * @param phrase character offsets of the whole noun phrase holding the mention; contains {@code span}
 */
public record Mention(Span span, Actor actor, Span phrase) implements Spanned {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(phrase, "phrase");
        if (!phrase.contains(span)) {
            throw new IllegalArgumentException("mention " + span + " lies outside its phrase " + phrase);
        }
    }
}
