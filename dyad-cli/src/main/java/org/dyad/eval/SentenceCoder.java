package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * The event coder as the PETRARCH suites see it: one sentence in, its codings out.
 *
 * <p>The suites give each record an id, a text (one sentence, or a short passage) and a story date; the
 * coder returns what it codes from the text alone. It must not read the parse carried in the record files.
 * Implementations may throw for a sentence they cannot handle; {@link PetrarchEvaluator} records that as a
 * failed record (every expected coding missed) and goes on.
 */
@FunctionalInterface
public interface SentenceCoder {

    /**
     * Codes one sentence.
     *
     * @param id   the record id, for the coder's own diagnostics (ids are not unique within a suite)
     * @param text the sentence, whitespace collapsed to single spaces
     * @param date the story date
     * @return the codings found, possibly empty; never null
     */
    List<Coding> code(String id, String text, LocalDate date);

    /**
     * Codes one sentence under PETRARCH's {@code new_actor_length} option; coders without new actors ignore it.
     *
     * @param newActorLength longest unknown noun phrase, in words, to take as an actor; 0 for none
     */
    default List<Coding> code(String id, String text, LocalDate date, int newActorLength) {
        return code(id, text, date);
    }
}
