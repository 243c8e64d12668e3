package org.dyad.time;

/**
 * How precise a TIMEX value is: the calendar unit its last field names. {@link #NONE} for values that name no
 * calendar period (durations, sets, {@code PAST_REF} and the other vague references).
 */
public enum Granularity {
    TIME, DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, NONE;

    /** Lower-case name as written in output ({@code "day"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
