package org.dyad.geo;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * Where one event happened.
 *
 * @param span    the event's sentence (so the layer follows event order)
 * @param eventId the {@link org.dyad.event.Event#id()} of the event located
 * @param place   the place
 * @param role    why this place: {@link #CLAUSE} (named in the event's sentence) or {@link #DATELINE} (a statement
 *                made where the article was filed)
 * @param toponym character offsets of the toponym that gives the place
 */
public record EventPlace(Span span, String eventId, Place place, String role, Span toponym) implements Spanned {
    /** The place is named in the event's own sentence. */
    public static final String CLAUSE = "clause";
    /** A statement located by the article's dateline. */
    public static final String DATELINE = "dateline";

    public EventPlace {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(toponym, "toponym");
    }
}
