package org.dyad.eval;

import java.util.Objects;
import org.dyad.actor.NameType;
import org.dyad.document.Span;

/**
 * One gold entity mention of a GUM document.
 *
 * @param span     character offsets of the mention (end exclusive) in the text {@link GumReader} rebuilds: the
 *                 whole noun phrase as GUM marks it ("U.S. President Donald Trump", "Warhol 's")
 * @param gumType  GUM's entity type: person, organization, place, event, abstract, time, object…
 * @param named    whether a token of the mention has the gold part of speech PROPN
 */
public record GoldEntity(Span span, String gumType, boolean named) {
    public GoldEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(gumType, "gumType");
    }

    /** The scored type: person, organization and place map to PERSON, ORGANISATION, PLACE; the rest to OTHER. */
    public NameType type() {
        return switch (gumType) {
            case "person" -> NameType.PERSON;
            case "organization" -> NameType.ORGANISATION;
            case "place" -> NameType.PLACE;
            default -> NameType.OTHER;
        };
    }
}
