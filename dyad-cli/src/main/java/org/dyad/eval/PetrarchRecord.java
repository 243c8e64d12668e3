package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One {@code <Sentence>} record of a PETRARCH validation suite: a text and the codings it should yield.
 *
 * <p>The record's parse ({@code <Parse>}, Penn treebank or CoNLL-U) is deliberately not kept: Dyad codes
 * from the text.
 *
 * @param id       the record id, e.g. "DEMO-01"; not unique within a suite (both suites repeat a few)
 * @param category the record's category attribute, e.g. "DEMO", "COMPOUND"; the per-category tables group by it
 * @param date     the story date, from the {@code date="YYYYMMDD"} attribute
 * @param text     the sentence, trimmed, with every whitespace run (the files wrap lines) collapsed to one space
 * @param expected the expected codings in file order; empty for a no-events record
 * @param noEvents true when the record expects no events: it carries {@code <EventCoding noevents="True">}, or
 *                 {@code <EventCoding error="...">} (the coder should refuse the sentence: a dateline, a
 *                 discard word, a broken parse), and then a produced coding is an extra
 * @param evaluate false when the file marks the record as not to be evaluated ({@code sentence="false"} in the
 *                 unit suite, {@code evaluate="false"} in ud-2.02: features PETRARCH never implemented); the
 *                 evaluator scores it anyway, the command can filter it out
 * @param newActorLength PETRARCH's {@code new_actor_length} option in effect for the record (set by a
 *                 {@code <Config>} directive before it): unknown noun phrases of at most that many words are
 *                 actors coded by their text; 0 (the default) for none
 * @param requireDyad PETRARCH's {@code require_dyad} option in effect for the record: when true (the default) an
 *                 event needs both a source and a target, and one-sided codings are not output
 * @throws NullPointerException if any component is null
 */
public record PetrarchRecord(String id, String category, LocalDate date, String text, List<ExpectedCoding> expected,
                             boolean noEvents, boolean evaluate, int newActorLength, boolean requireDyad) {
    public PetrarchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        expected = List.copyOf(expected);
    }

    /** A record with PETRARCH's default options. */
    public PetrarchRecord(String id, String category, LocalDate date, String text, List<ExpectedCoding> expected,
                          boolean noEvents, boolean evaluate) {
        this(id, category, date, text, expected, noEvents, evaluate, 0, true);
    }

    /** A record that is to be evaluated (the usual case), as the brief's six-component form. */
    public PetrarchRecord(String id, String category, LocalDate date, String text, List<ExpectedCoding> expected,
                          boolean noEvents) {
        this(id, category, date, text, expected, noEvents, true);
    }
}
