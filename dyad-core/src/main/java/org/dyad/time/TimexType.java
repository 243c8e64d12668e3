package org.dyad.time;

/** The TIMEX3 {@code type} of a time expression (TimeML 1.2.1 guidelines, section 2.2). */
public enum TimexType {
    /** A calendar date or period: "March 13, 2017", "last week", "2017-Q3". */
    DATE,
    /** A time of day: "10 a.m.", "Friday night" with a time part. */
    TIME,
    /** A length of time: "two days" ({@code P2D}). */
    DURATION,
    /** A recurring time: "daily" ({@code P1D}). */
    SET
}
