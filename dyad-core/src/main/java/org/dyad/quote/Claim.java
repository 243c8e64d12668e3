package org.dyad.quote;

import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Mention;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * The claim an attributed statement makes: who holds it, with which stance, and which other claim of the same
 * article it contradicts.
 *
 * @param id            stable id: the first 16 hex digits of SHA-256 over document id and content offsets
 * @param quoteId       the {@link Quote#id()} of the statement that makes the claim
 * @param span          character offsets of the statement's content (the quote's span), end exclusive
 * @param sentenceIndex 0-based sentence index of the statement
 * @param speaker       the actor mention of the claimant (the quote's {@link Quote#actor()}); empty when unresolved
 * @param stance        what the statement does with its proposition
 * @param contradicts   for a denial or rejection, the id of the claim it contradicts (same proposition, other
 *                      claimant); empty otherwise or when none is found
 * @param date          when the claim was made: the quote's utterance date (a TIMEX value), empty when unknown
 */
public record Claim(String id, String quoteId, Span span, int sentenceIndex, Optional<Mention> speaker,
                    Stance stance, Optional<String> contradicts, Optional<String> date) implements Spanned {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quoteId, "quoteId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(contradicts, "contradicts");
        Objects.requireNonNull(date, "date");
    }
}
