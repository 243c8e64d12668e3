package org.dyad.geo;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * A place reference in the text and the GeoNames place it resolves to.
 *
 * @param span       character offsets of the name as written ("Kabul", "Afghan", the "Pak" of "Pak-Afghan")
 * @param place      the chosen place
 * @param kind       how the reference was written
 * @param candidates how many gazetteer places bore that name (1 when unambiguous)
 * @param reason     a short explanation of the choice, for people ("capital preferred in diplomatic context; 41
 *                   candidates")
 */
public record Toponym(Span span, Place place, Kind kind, int candidates, String reason) implements Spanned {
    public Toponym {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (candidates < 1) {
            throw new IllegalArgumentException("a toponym has at least one candidate, was " + candidates);
        }
    }

    /** How a toponym was written. */
    public enum Kind {
        /** A place name in a sentence ("Kabul", "Springfield"). */
        NAME,
        /** A demonym or nationality adjective standing for its country ("Afghan" → Afghanistan). */
        DEMONYM,
        /** One side of a border or region compound ("Pak-Afghan border"). */
        COMPOUND,
        /** The place of the article's dateline ("BRUSSELS:"). */
        DATELINE
    }
}
