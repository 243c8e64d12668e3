package org.dyad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.time.CalendarWords;

/**
 * The sparse {@link ClauseSyntax}: reads the clause around a verb from POS tags and actor phrases alone, as TABARI
 * did without a parser: the subject phrase, the recipient, passive voice, negation, reported speech. Stateless and
 * thread-safe. Offsets are token indices into the frame.
 */
final class ClauseReader implements ClauseSyntax {

    static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "AM");
    /** Auxiliaries, whatever tag the tagger gave them ("has/VERB risen"). */
    static final Set<String> AUXILIARIES = Set.of("HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "BE",
            "BEEN", "BEING", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "DO", "DOES",
            "DID", "WO", "CA");
    /** Auxiliaries of the future and the conditional. */
    static final Set<String> FUTURE = Set.of("WILL", "WOULD", "SHALL", "'LL");
    /** Verbs whose infinitive complement is only intended ("agreed to send"). */
    static final Set<String> INTENT_VERBS = Set.of("AGREE", "AGREES", "AGREED", "PLAN", "PLANS", "PLANNED", "INTEND",
            "INTENDS", "INTENDED", "PLEDGE", "PLEDGES", "PLEDGED", "PROMISE", "PROMISES", "PROMISED", "OFFER", "OFFERS",
            "OFFERED", "VOW", "VOWS", "VOWED", "PREPARE", "PREPARES", "PREPARED", "DECIDE", "DECIDES", "DECIDED", "READY",
            "WILLING", "EXPECTED");
    static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO");
    static final Set<String> RELATIVES = Set.of("WHO", "WHICH", "WHOM", "WHOSE");
    static final Set<String> TIME_WORDS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY", "YESTERDAY", "TODAY", "TOMORROW", "TONIGHT", "NOW", "EARLIER", "LATER");
    static final Set<String> SUBJECT_PRONOUNS = Set.of("HE", "SHE");
    /** Reporting verbs (attribution cues): their subject is the speaker that a later "he" or "she" refers to. */
    static final Set<String> CUES = Set.of("SAY", "SAYS", "SAID", "ADD", "ADDS", "ADDED", "TELL", "TELLS",
            "TOLD", "STATE", "STATES", "STATED", "NOTE", "NOTES", "NOTED", "ELABORATE", "ELABORATES", "ELABORATED",
            "EXPLAIN", "EXPLAINS", "EXPLAINED", "WARN", "WARNS", "WARNED", "INSIST", "INSISTS", "INSISTED",
            "ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "CLAIM", "CLAIMS", "CLAIMED", "STRESS", "STRESSED", "STRESSES");
    /** Quotation marks: a quote's edge is a clause edge. */
    static final Set<String> QUOTES = Set.of("\"", "''", "``", "\u201C", "\u201D");
    static final Set<String> CLOSING_QUOTES = Set.of(",", "\"", "''", "\u201D", "'");
    /** Most words a pattern may skip between two of its elements (TABARI matches inside the verb phrase). */
    static final int MAX_GAP = 6;
    /** Most words between a verb and a default recipient (TABARI's sparse parse stays inside the verb phrase). */
    static final int MAX_TARGET_DISTANCE = 12;
    /** Subordinators that open a new clause (the tagger also calls "of" or "for" SCONJ at times). */
    static final Set<String> CLAUSE_OPENERS = Set.of("THAT", "BECAUSE", "WHILE", "WHEN", "AFTER", "BEFORE",
            "ALTHOUGH", "THOUGH", "IF", "WHETHER", "SINCE", "UNTIL", "WHERE", "UNLESS", "WHEREAS", "ONCE");
    static final Set<String> TOPIC_PREPOSITIONS = Set.of("REGARDING", "CONCERNING", "DESPITE",
            "DURING", "AMID", "SINCE", "UNTIL", "LIKE", "INCLUDING");


    /**
     * The subject phrase of the verb starting at token {@code vs}: the nearest actor phrase to the left that is
     * not the object of a preposition, skipping auxiliaries, adverbs, commas (appositives) and participial phrases.
     * Empty when the subject is a phrase with no actor.
     */
    /**
     * The speaker's mentions re-anchored at a pronoun that refers to it: same actor, the pronoun's offsets, resolved by
     * coreference.
     */
    private static List<Mention> anchored(SentenceFrame f, int pronoun, SentenceFrame.Unit speaker) {
        Token t = f.tokens.get(pronoun);
        Span at = new Span(t.start(), t.end());
        List<Mention> out = new ArrayList<>();
        for (Mention m : speaker.members()) {
            Actor a = m.actor();
            out.add(new Mention(at, new Actor(a.code(), a.name(), a.role(), Actor.Resolution.COREFERENCE,
                    "'" + t.text() + "' is the speaker named before: " + a.name()), at));
        }
        return out;
    }

    @Override
    public Optional<SentenceFrame.Unit> subject(SentenceFrame f, int vs, Optional<SentenceFrame.Unit> previous,
                                                 Optional<SentenceFrame.Unit> lastSpeaker) {
        int i = vs - 1;
        boolean infinitive = false;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART") || NEGATIONS.contains(f.words[i])
                || AUXILIARIES.contains(f.words[i])
                || f.word(i, "ABOUT") || f.word(i, "TO") || f.word(i, "NEARER") || f.word(i, "CLOSER"))) {
            infinitive |= f.word(i, "TO");
            i--;
        }
        if (i >= 0 && (f.tag(i, "CCONJ") || f.word(i, "AND") || f.word(i, "BUT"))) {
            return previous;
        }
        while (i >= 0) {
            if (f.word(i, ",")) {
                // "Arnor's foreign minister, in remarks published on Monday, urged …": the subject stands before a
                // parenthesis set off by two commas
                int open = i - 1;
                while (open >= 0 && !f.word(open, ",")) {
                    open--;
                }
                if (open > 0 && f.unitAt[open - 1] != null && !isPrepositionalObject(f, f.unitAt[open - 1].start())) {
                    return Optional.of(f.unitAt[open - 1]);
                }
            }
            SentenceFrame.Unit u = f.unitAt[i];
            if (u != null) {
                if (isPrepositionalObject(f, u.start())) {
                    i = u.start() - 2;
                    continue;
                }
                return Optional.of(u);
            }
            String w = f.words[i];
            if (SUBJECT_PRONOUNS.contains(w) || w.equals("IT") || w.equals("THEY")) {
                // "Ethiopia indicated it would act": the subject named earlier in the sentence; "he" or "she"
                // in a later sentence: the last speaker
                if (previous.isPresent()) {
                    return previous;
                }
                // the speaker was named in an earlier sentence: anchor its mentions at the pronoun of this one
                int pronoun = i;
                return SUBJECT_PRONOUNS.contains(w)
                        ? lastSpeaker.map(s -> new SentenceFrame.Unit(pronoun, pronoun + 1, anchored(f, pronoun, s)))
                        : Optional.empty();
            }
            if (f.tag(i, "PRON") && !RELATIVES.contains(w)) {
                return Optional.empty();
            }
            if (RELATIVES.contains(w)) {
                i--;
                continue;
            }
            if (f.plainNominal(i)) {
                int start = nounPhraseStart(f, i);
                if (isPrepositionalObject(f, start)) {
                    i = start - 2;
                    continue;
                }
                if (TIME_WORDS.contains(w)
                        || CalendarWords.PERIODS.contains(w) && CalendarWords.DEICTICS.contains(f.words[start])) {
                    // a time between subject and verb: "Kenya yesterday attacked", "the army this week shelled" (the
                    // actor right before it), else past the time and the word before it ("on Monday", "a resolution
                    // Tuesday calling on …")
                    i = start > 0 && f.unitAt[start - 1] != null ? start - 1 : start - 2;
                    continue;
                }
                return Optional.empty();
            }
            if (f.tag(i, "VERB")) {
                // ", speaking to reporters at headquarters, added": skip a participial phrase set off by commas
                if (i > 0 && f.word(i - 1, ",")) {
                    i -= 2;
                    continue;
                }
                // "Gollum was seen to break into…", "Arnor is inching nearer to accord": the infinitive's subject
                // is the subject of the verb that governs it
                if (infinitive) {
                    i--;
                    while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART")
                            || NEGATIONS.contains(f.words[i]) || AUXILIARIES.contains(f.words[i]))) {
                        if (f.word(i, "TO")) {
                            return Optional.empty();     // "in the weeks to come to help": no chain of infinitives
                        }
                        i--;
                    }
                    infinitive = false;
                    continue;
                }
                return Optional.empty();
            }
            if ((f.tag(i, "SCONJ") && CLAUSE_OPENERS.contains(w)) || f.word(i, ";") || f.word(i, ":")) {
                return Optional.empty();
            }
            i--;
        }
        return Optional.empty();
    }

    /** An agent-only phrase names people when it has a determiner or a plural head ("the police", "rebels"). */
    private boolean countable(SentenceFrame f, SentenceFrame.Unit u) {
        boolean determiner = u.start() > 0 && (f.tag(u.start() - 1, "DET") || f.tag(u.start() - 1, "PRON")
                || f.tag(u.start() - 1, "NUM"));
        String head = f.words[u.end() - 1];
        return determiner || f.tag(u.start(), "DET") || (head.endsWith("S") && !head.endsWith("SS"));
    }

    /** Index of the word before a phrase, skipping its determiners and adjectives; 0 at sentence start. */
    private int firstBefore(SentenceFrame f, int start) {
        int i = start - 1;
        while (i > 0 && (f.tag(i, "DET") || f.tag(i, "ADJ"))) {
            i--;
        }
        return Math.max(i, 0);
    }



    /** "saw Uganda retreating", "urged Kenya to respond": the object that is also the subject of what follows. */
    @Override
    public Optional<SentenceFrame.Unit> controlledObject(SentenceFrame f, int ve) {
        int i = ve;
        while (i < f.size() && f.tag(i, "DET")) {
            i++;
        }
        if (i >= f.size() || f.unitAt[i] == null) {
            return Optional.empty();
        }
        SentenceFrame.Unit u = f.unitAt[i];
        int next = u.end();
        boolean controls = next < f.size() && (f.word(next, "TO") || (f.tag(next, "VERB") && f.words[next].endsWith("ING")));
        return controls ? Optional.of(u) : Optional.empty();
    }

    /** "… and praised X": a verb after a conjunction shares the subject of the verb before it. */
    @Override
    public boolean sharesSubject(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART") || NEGATIONS.contains(f.words[i])
                || f.word(i, "TO"))) {
            i--;
        }
        return i >= 0 && (f.tag(i, "CCONJ") || f.word(i, "AND") || f.word(i, "BUT"));
    }

    /** '"…," said the spokesperson for the army': a reporting verb after a quote or comma has its subject after it. */
    @Override
    public Optional<SentenceFrame.Unit> invertedSubject(SentenceFrame f, int vs, int ve) {
        if (vs == 0 || !CLOSING_QUOTES.contains(f.words[vs - 1]) || ve >= f.size()) {
            return Optional.empty();
        }
        int i = ve;
        while (i < f.size() && f.tag(i, "DET")) {
            i++;
        }
        return i < f.size() ? Optional.ofNullable(f.unitAt[i]) : Optional.empty();
    }

    /**
     * "urged Kenya to respond", "would like to see Uganda talking": a verb whose subject is the object of a verb
     * coded before it in the sentence is that verb's complement, and PETRARCH codes only the governing verb.
     */
    @Override
    public boolean isComplementOfCodedVerb(SentenceFrame f, int vs, Optional<SentenceFrame.Unit> subject,
                                                   List<SentenceFrame.Unit> objects) {
        if (subject.isEmpty() || !objects.contains(subject.get())) {
            return false;
        }
        return f.words[vs].endsWith("ING") || f.word(vs - 1, "TO") || subject.get().end() == vs;
    }

    /**
     * Verb forms that modify a noun rather than head a clause: "the weeks to come" (an infinitive after a plain
     * noun), "improved relations" / "the affected villages" (a participle before a noun).
     */
    @Override
    public boolean isNounModifier(SentenceFrame f, int vs, int ve) {
        if (f.word(vs - 1, "TO") && vs >= 2 && f.plainNominal(vs - 2) && !f.tag(vs - 2, "PROPN")) {
            return true;
        }
        String w = f.words[vs];
        boolean participle = w.endsWith("ED") || w.endsWith("EN");
        boolean inList = f.tag(vs - 1, "CCONJ") && (f.word(vs - 3, ",") || f.word(vs - 4, ","));
        return participle && ve == vs + 1 && ve < f.size() && (f.tag(ve, "NOUN") || f.tag(ve, "ADJ"))
                && vs > 0 && (f.tag(vs - 1, "DET") || f.tag(vs - 1, "ADJ") || inList || f.word(vs - 1, ","));
    }

    private int nounPhraseStart(SentenceFrame f, int i) {
        while (i > 0 && f.unitAt[i - 1] == null && (f.tag(i - 1, "NOUN") || f.tag(i - 1, "PROPN")
                || f.tag(i - 1, "ADJ") || f.tag(i - 1, "DET") || f.tag(i - 1, "NUM") || f.word(i - 1, "'S"))) {
            i--;
        }
        return i;
    }

    private boolean isPrepositionalObject(SentenceFrame f, int start) {
        int i = start - 1;
        while (i >= 0 && (f.tag(i, "DET") || f.tag(i, "ADJ"))) {
            i--;
        }
        return i >= 0 && f.tag(i, "ADP") && !f.word(i, "OF");
    }

    /**
     * The first actor phrase after the verb, inside its clause. For a statement ("said", "conveyed") a phrase that
     * opens a reported clause ("said Uganda attacked…") is its subject, not the recipient.
     */
    @Override
    public Optional<SentenceFrame.Unit> firstUnitAfter(SentenceFrame f, int ve, boolean statement) {
        int distance = 0;
        for (int i = ve; i < f.size(); i++, distance++) {
            if (distance > MAX_TARGET_DISTANCE) {
                return Optional.empty();
            }
            if (f.unitAt[i] != null) {
                SentenceFrame.Unit u = f.unitAt[i];
                boolean opensClause = u.end() < f.size() && (f.tag(u.end(), "AUX")
                        || (f.tag(u.end(), "VERB") && (statement || !f.words[u.end()].endsWith("ING"))));
                boolean afterConjunction = u.start() > 0 && (f.tag(u.start() - 1, "CCONJ") || f.word(u.start() - 1, ",")
                        || (f.tag(u.start() - 1, "DET") && u.start() > 1 && (f.tag(u.start() - 2, "CCONJ")
                        || f.word(u.start() - 2, ","))));
                // "believes Dagolath can cope": PETRARCH takes the reported clause's subject as the recipient of a
                // non-statement verb; after "and" or a comma it is the subject of a new clause instead
                if (opensClause && (statement || afterConjunction)) {
                    return Optional.empty();       // the subject of a following clause, not this verb's recipient
                }
                if (u.members().stream().allMatch(EventCoder::agentOnly) && !countable(f, u)) {
                    i = u.end() - 1;                 // "exchange intelligence": a bare mass noun, not a recipient
                    continue;
                }
                if (i > 0 && TOPIC_PREPOSITIONS.contains(f.words[firstBefore(f, u.start())])) {
                    return Optional.empty();         // "talks regarding insurgents": a topic, not a recipient
                }
                return Optional.of(u);
            }
            if (endsClause(f, i) && !(i == ve && f.word(i, "THAT") && !statement)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean endsClause(SentenceFrame f, int i) {
        String w = f.words[i];
        if (w.equals(";") || w.equals(":") || RELATIVES.contains(w) || QUOTES.contains(w)
                || (f.tag(i, "SCONJ") && CLAUSE_OPENERS.contains(w))) {
            return true;
        }
        if ((f.tag(i, "CCONJ") || w.equals(",")) && i + 1 < f.size() && (f.tag(i + 1, "VERB") || f.tag(i + 1, "AUX"))) {
            return true;
        }
        // a finite verb after a noun starts a new clause ("... the state's foe, could be drawn")
        return (f.tag(i, "AUX")) && i > 0 && (f.plainNominal(i - 1) || f.unitAt[i - 1] != null);
    }

    @Override
    public Optional<SentenceFrame.Unit> byAgent(SentenceFrame f, int ve) {
        for (int i = ve; i < f.size() - 1; i++) {
            if (f.word(i, "BY")) {
                int j = i + 1;
                while (j < f.size() && f.tag(j, "DET")) {
                    j++;
                }
                return j < f.size() ? Optional.ofNullable(f.unitAt[j]) : Optional.empty();
            }
            if (endsClause(f, i)) {
                break;
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean isPassive(SentenceFrame f, int vs) {
        String w = f.words[vs];
        if (w.endsWith("ING")) {
            return false;
        }
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "ADV") || NEGATIONS.contains(f.words[i]))) {
            i--;
        }
        return i >= 0 && BE.contains(f.words[i]) && (f.tag(i, "AUX") || f.tag(i, "VERB"));
    }

    @Override
    public boolean expressesIntent(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "ADV") || f.word(i, "ALSO") || f.word(i, "SOON"))) {
            i--;
        }
        if (i >= 0 && FUTURE.contains(f.words[i])) {
            return true;                    // "will send", "would provide", "'ll give"
        }
        if (i >= 1 && f.word(i, "TO")) {
            // "agreed to send", "plans to provide", "is to give", "are going to deliver"
            return INTENT_VERBS.contains(f.words[i - 1]) || f.word(i - 1, "GOING") || BE.contains(f.words[i - 1]);
        }
        return false;
    }

    @Override
    public boolean isNegated(SentenceFrame f, int vs) {
        return verbNegated(f, vs) || subjectNegated(f, vs);
    }

    private boolean verbNegated(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART") || NEGATIONS.contains(f.words[i]))) {
            if (NEGATIONS.contains(f.words[i]) || f.words[i].endsWith("N'T")) {
                return true;
            }
            i--;
        }
        return false;
    }

    /** Verb forms that deny what their clause says. */
    static final Set<String> DENIALS = Set.of("DENY", "DENIES", "DENIED", "DENYING", "REJECT", "REJECTS",
            "REJECTED", "REJECTING", "DISMISS", "DISMISSES", "DISMISSED", "DISMISSING");
    /** Nouns that a denial takes before "that": "rejected claims that …". */
    private static final Set<String> DENIED_NOUNS = Set.of("CLAIM", "CLAIMS", "REPORT", "REPORTS", "ALLEGATION",
            "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS", "CHARGE", "CHARGES", "SUGGESTION", "SUGGESTIONS", "RUMOURS",
            "RUMORS");

    /**
     * Walks left from the verb through its clause (no punctuation, conjunction or subordinator but "that" on the
     * way, at most {@value #DENIAL_REACH} words): a denial verb reached directly ("denied attacking", "denied Somali
     * troops had crossed") or through "that" ("denied that its forces had attacked"), optionally with a noun of
     * report between ("rejected the claims that …"), governs the verb.
     */
    @Override
    public boolean isDenied(SentenceFrame f, int vs) {
        int k = vs - 1;
        for (int steps = 0; k >= 0 && steps < DENIAL_REACH && !f.word(k, "THAT"); steps++, k--) {
            if (DENIALS.contains(f.words[k])) {
                return true;
            }
            if (f.tag(k, "PUNCT") || f.tag(k, "CCONJ") || f.tag(k, "SCONJ")) {
                return false;
            }
        }
        if (!f.word(k, "THAT")) {
            return false;
        }
        k--;
        if (k >= 0 && DENIED_NOUNS.contains(f.words[k])) {
            k--;
            if (f.word(k, "THE")) {
                k--;
            }
        }
        return k >= 0 && DENIALS.contains(f.words[k]);
    }

    private static final int DENIAL_REACH = 12;

    /** "no country should have …": a subject opened by "no" negates its verb. */
    private boolean subjectNegated(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART"))) {
            i--;
        }
        if (i < 0 || !(f.plainNominal(i) || f.unitAt[i] != null)) {
            return false;
        }
        int start = f.unitAt[i] != null ? f.unitAt[i].start() : nounPhraseStart(f, i);
        return f.word(start, "NO") || f.word(start - 1, "NO");
    }
}
