package org.dyad.event;

import java.util.List;
import java.util.Optional;

/**
 * What the {@link EventCoder} asks about the clause of a verb. The syntax sits behind this interface so that a parser
 * can replace the sparse, tag-based {@link ClauseReader} later without touching the coder. Positions are token
 * indices into the {@link SentenceFrame}; a verb is the token range {@code [verbStart, verbEnd)}. Implementations
 * must be stateless and thread-safe.
 */
interface ClauseSyntax {
    /** True for a passive verb ("was attacked"): its subject is the recipient. */
    boolean isPassive(SentenceFrame f, int verbStart);

    /** The subject of a reporting verb placed after it ('"…," said the spokesman'), if any. */
    Optional<SentenceFrame.Unit> invertedSubject(SentenceFrame f, int verbStart, int verbEnd);

    /**
     * The subject phrase of the verb, if it is an actor phrase.
     *
     * @param previous    the subject of the verb before it in the sentence (shared by "and …")
     * @param lastSpeaker the last speaker of the document, for "he" and "she"
     */
    Optional<SentenceFrame.Unit> subject(SentenceFrame f, int verbStart, Optional<SentenceFrame.Unit> previous,
                                         Optional<SentenceFrame.Unit> lastSpeaker);

    /** The object that is also the subject of what follows ("urged Kenya to respond"), if any. */
    Optional<SentenceFrame.Unit> controlledObject(SentenceFrame f, int verbEnd);

    /** True when the verb follows a conjunction and shares the subject of the verb before it. */
    boolean sharesSubject(SentenceFrame f, int verbStart);

    /** True when the verb is the complement of a verb coded before it (its subject is that verb's object). */
    boolean isComplementOfCodedVerb(SentenceFrame f, int verbStart, Optional<SentenceFrame.Unit> subject,
                                    List<SentenceFrame.Unit> objects);

    /** True when the verb form modifies a noun ("the weeks to come", "improved relations"). */
    boolean isNounModifier(SentenceFrame f, int verbStart, int verbEnd);

    /** True when the verb is negated ("did not", "never") or its subject is ("no country should"). */
    boolean isNegated(SentenceFrame f, int verbStart);

    /**
     * Whether the verb heads a clause that a denial governs: "denied that Somali troops had crossed", "rejected
     * claims that the army shelled the town". Its speaker says it did not happen, so it is no event.
     */
    boolean isDenied(SentenceFrame f, int verbStart);

    /** True when the verb is announced, not done: "will send", "would send", "agreed to send", "plans to send". */
    boolean expressesIntent(SentenceFrame f, int verbStart);

    /** The agent of a passive verb ("by Kenya"), if any. */
    Optional<SentenceFrame.Unit> byAgent(SentenceFrame f, int verbEnd);

    /**
     * The recipient: the first actor phrase after {@code from} inside the clause.
     *
     * @param statement true for a reporting verb, whose reported clause's subject is not its recipient
     */
    Optional<SentenceFrame.Unit> firstUnitAfter(SentenceFrame f, int from, boolean statement);

    /** True when token {@code i} ends a clause (a subordinator, a relative pronoun, a quote, a semicolon…). */
    boolean endsClause(SentenceFrame f, int i);
}
