package org.dyad.time;

/** The time a clause points to, as far as it matters for resolving a bare weekday or month. */
enum Tense {
    /** A past form in the verb group ("said", "had met", "was held"). */
    PAST,
    /** "will", "'ll", a planned infinitive ("set to resume") or a present progressive ("are meeting"). */
    FUTURE,
    /** Neither: a present-tense or verbless clause, which news mostly uses of the past for weekdays. */
    PRESENT
}
