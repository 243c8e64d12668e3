package org.dyad.time;

import java.util.Objects;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * One time expression found in the text and its TIMEX3 normalisation.
 *
 * @param span        character offsets of the expression (end exclusive); prepositions before it ("on") are not
 *                    part of it, a determiner or modifier is ("the last few weeks", "earlier in October")
 * @param type        TIMEX3 type
 * @param value       TIMEX3 value (TimeML 1.2.1): an ISO date or period ({@code 2017-11-09}, {@code 2017-10},
 *                    {@code 2017-W45}, {@code 2017-Q3}, {@code 2017-SU}, {@code 2017}, {@code 199} for the 1990s),
 *                    a time ({@code 2017-11-09T14:00}, {@code 2017-11-09TEV}), a duration ({@code P2D},
 *                    {@code PXY}), a set period ({@code P1D}), or {@code PAST_REF}, {@code PRESENT_REF},
 *                    {@code FUTURE_REF}; unknown fields are {@code X}
 * @param granularity the unit of the value's last field
 * @param anchor      what the value was resolved against
 */
public record Timex(Span span, TimexType type, String value, Granularity granularity, Anchor anchor)
        implements Spanned {
    public Timex {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(anchor, "anchor");
    }

    /**
     * True when the value names a calendar date or period with a known year ({@code 2017-11-09},
     * {@code 2017-10}, {@code 2017-W45}, {@code 2017}): such a timex can date an event.
     */
    public boolean isCalendarValue() {
        return (type == TimexType.DATE || type == TimexType.TIME) && value.length() >= 4
                && Character.isDigit(value.charAt(0)) && value.indexOf('X') < 0 && granularity != Granularity.DECADE
                && granularity != Granularity.CENTURY;
    }
}
