package org.dyad.eval;

import java.util.Objects;
import org.dyad.actor.NameType;
import org.dyad.document.Span;

/**
 * A span Dyad predicts to be a person, organisation or place mention.
 *
 * @param span   character offsets in the document text (end exclusive)
 * @param type   PERSON, ORGANISATION or PLACE
 * @param origin where it comes from: "name" (the NAMES layer) or "actor mention" (the MENTIONS layer)
 */
public record PredictedEntity(Span span, NameType type, String origin) {
    public PredictedEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
    }
}
