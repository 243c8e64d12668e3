package org.dyad.actor;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * A proper name in the text and its type: one element of the {@link org.dyad.document.Layer#NAMES} layer.
 *
 * @param span     character offsets of the name (end exclusive), without a role word before it ("President") and
 *                 without a possessive 's; honorifics such as "Mr." and "Dr." are included
 * @param type     what the name names
 * @param evidence the cue that gave the type, for people reading the output: "actor dictionary", "title",
 *                 "honorific", "organisation head word", "given name", "place list", "place cue", "acronym",
 *                 "same name earlier", "surname of a person", "default"
 */
public record Name(Span span, NameType type, String evidence) implements Spanned {
    public Name {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(evidence, "evidence");
    }
}
