package org.dyad.time;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * The date of one coded event and how it was chosen.
 *
 * @param span        the event's sentence (the event's own span), so the layer runs in event order
 * @param eventId     the {@code Event.id()} this date belongs to
 * @param value       the TIMEX value of the date: {@code 2017-11-09}, {@code 2017-10}, {@code 2017-W45},
 *                    {@code 2017}, {@code 2017-11-09TEV}; empty when {@code source} is {@link Source#NONE}
 * @param granularity the unit of {@code value}
 * @param timex       the time expression the date comes from; empty for the document date and for none
 * @param source      how the date was chosen
 */
public record EventTime(Span span, String eventId, Optional<String> value, Granularity granularity,
                        Optional<Timex> timex, Source source) implements Spanned {

    /** How an event's date was chosen, in the order they are tried. */
    public enum Source {
        /** A time expression in the event's own clause ("Tuesday's attack"). */
        CLAUSE,
        /** A time expression in the clause of the reporting verb the event is reported by ("said on Thursday"). */
        REPORTING,
        /** The document creation time. */
        DOCUMENT,
        /** No date: no time expression applies and the document creation time is unknown. */
        NONE;

        /** Lower-case name as written in output ({@code "reporting"}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public EventTime {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(timex, "timex");
        Objects.requireNonNull(source, "source");
        if (value.isEmpty() != (source == Source.NONE)) {
            throw new IllegalArgumentException("an event time has a value exactly when its source is not NONE");
        }
        if (timex.isPresent() != (source == Source.CLAUSE || source == Source.REPORTING)) {
            throw new IllegalArgumentException("an event time has a timex exactly when it comes from a clause");
        }
    }
}
