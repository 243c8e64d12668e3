package org.dyad.quote;

import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Mention;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * One attributed statement: a direct quote ("…," said the spokesperson) or reported speech ("X said that …",
 * "according to X, …"), with its speaker and cue.
 *
 * @param id            stable id: the first 16 hex digits of SHA-256 over document id and content offsets
 * @param span          character offsets of the content (for a direct quote, inside the quotation marks; a quote
 *                      running over several paragraphs is one span), end exclusive
 * @param direct        true for words inside quotation marks, false for reported speech
 * @param sentenceIndex 0-based index of the sentence where the content starts
 * @param cue           the attribution cue; empty for a quote that continues an earlier speaker's words
 * @param speaker       character offsets of the words naming the speaker as written ("he", "the spokesperson for
 *                      the Pakistan Army"); empty when the text names none
 * @param actor         the actor mention the speaker resolves to: inside {@code speaker}, or an earlier mention
 *                      reached by coreference ("he", "the secretary-general"); empty when unresolved
 * @param date          the time of the utterance as a TIMEX value: the reporting clause's time expression
 *                      ("said earlier in October" → "2017-10"), else the document creation time ("2017-11-10");
 *                      empty when neither is known or the document has no time layer
 */
public record Quote(String id, Span span, boolean direct, int sentenceIndex, Optional<Cue> cue,
                    Optional<Span> speaker, Optional<Mention> actor, Optional<String> date) implements Spanned {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(date, "date");
        if (sentenceIndex < 0) {
            throw new IllegalArgumentException("sentence index must be >= 0, was " + sentenceIndex);
        }
    }
}
