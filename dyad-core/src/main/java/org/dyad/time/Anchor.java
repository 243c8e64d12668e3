package org.dyad.time;

/** What a TIMEX value was computed from. */
public enum Anchor {
    /** The expression names its value in full ("March 13, 2017", "1998") or needs no anchor (durations, sets). */
    NONE,
    /** The value was resolved against the document creation time ("on Thursday", "last week"). */
    DOCUMENT_TIME,
    /** The value was resolved against the last day-level date mentioned before it ("the next day"). */
    PREVIOUS_DATE,
    /**
     * The expression is relative but no document creation time is known: the value keeps the unknown fields as
     * {@code X} ({@code XXXX-XX-XX}) and says so.
     */
    UNRESOLVED
}
