package org.dyad.time;

/** The time a clause points to, as far as it matters for resolving a bare weekday or month. */
enum Tense {
    PAST, FUTURE
}
