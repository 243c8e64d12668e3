package org.dyad.cli.output;

import java.util.Optional;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.event.Event;
import org.dyad.time.EventTime;
import org.dyad.time.Granularity;

/** Finds an event's date for the writers: its {@link EventTime}, or one made from the event's own date. */
final class EventDates {
    private EventDates() {
    }

    /**
     * The date of {@code event}: the element of {@link Layer#EVENT_TIMES} with its id when the document has that layer
     * (the standard pipeline adds it); otherwise, for documents coded without {@code EventDater}, the event's own
     * date as a document date, or no date.
     */
    static EventTime of(Document doc, Event event) {
        if (doc.has(Layer.EVENT_TIMES)) {
            for (EventTime t : doc.eventTimes()) {
                if (t.eventId().equals(event.id())) {
                    return t;
                }
            }
        }
        return event.date()
                .map(d -> new EventTime(event.span(), event.id(), Optional.of(d.toString()), Granularity.DAY,
                        Optional.empty(), EventTime.Source.DOCUMENT))
                .orElseGet(() -> new EventTime(event.span(), event.id(), Optional.empty(), Granularity.NONE,
                        Optional.empty(), EventTime.Source.NONE));
    }
}
