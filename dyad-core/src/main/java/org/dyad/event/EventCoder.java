package org.dyad.event;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.pipeline.Stage;

/**
 * Turns sentences into events, TABARI-style: sparse parsing over POS tags and actor phrases, not a full parse.
 *
 * <p>For each verb that the verb dictionary knows (single or multi-word forms, {@code CAMEO.2.0.txt} blocks):
 * <ol>
 *   <li>the clause around it: subject phrase to the left (skipping auxiliaries, adverbs, prepositional phrases,
 *       appositives and participial phrases; "X and then Y-ed" shares X), passive voice ("was attacked by X"),
 *       negation ("did not", "never", "no country should");</li>
 *   <li>the most specific pattern of the verb's block that matches around the verb (words, synsets, and the
 *       source {@code $}, target {@code +} and compound {@code %} markers), else the verb's own code;</li>
 *   <li>source and target: from the pattern markers, else subject and first actor phrase after the verb (object or
 *       prepositional object); coordinated actors give one event each; {@code [a:b]} codes also give the reverse
 *       event b from target to source (PETRARCH dictionary format).</li>
 * </ol>
 * Statements ("said", root 01) whose sentence holds another event are not coded: the reported event is. A negated
 * verb is never coded as its positive. Events whose source and target codes are equal are dropped.
 *
 * <p>Requires {@link Layer#POS} and {@link Layer#MENTIONS}; produces {@link Layer#EVENTS}. A code the CAMEO table
 * does not hold is never output (it is counted in {@link #codeRaw} results only). Thread-safe after construction.
 */
public final class EventCoder implements Stage {
    private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "'S", "'RE", "AM");
    /** Auxiliaries, whatever tag the tagger gave them ("has/VERB risen"). */
    private static final Set<String> AUXILIARIES = Set.of("HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", "BE",
            "BEEN", "BEING", "WILL", "WOULD", "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "DO", "DOES",
            "DID", "WO", "CA");
    private static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO");
    private static final Set<String> RELATIVES = Set.of("WHO", "WHICH", "WHOM", "WHOSE");
    private static final Set<String> TIME_WORDS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY", "YESTERDAY", "TODAY", "TOMORROW", "TONIGHT", "NOW", "EARLIER", "LATER");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("HE", "SHE");
    /** Reporting verbs (attribution cues): their subject is the speaker that a later "he" or "she" refers to. */
    private static final Set<String> CUES = Set.of("SAY", "SAYS", "SAID", "ADD", "ADDS", "ADDED", "TELL", "TELLS",
            "TOLD", "STATE", "STATES", "STATED", "NOTE", "NOTES", "NOTED", "ELABORATE", "ELABORATES", "ELABORATED",
            "EXPLAIN", "EXPLAINS", "EXPLAINED", "WARN", "WARNS", "WARNED", "INSIST", "INSISTS", "INSISTED",
            "ANNOUNCE", "ANNOUNCES", "ANNOUNCED", "CLAIM", "CLAIMS", "CLAIMED", "STRESS", "STRESSED", "STRESSES");
    /** Quotation marks: a quote's edge is a clause edge. */
    private static final Set<String> QUOTES = Set.of("\"", "''", "``", "\u201C", "\u201D");
    private static final Set<String> CLOSING_QUOTES = Set.of(",", "\"", "''", "\u201D", "'");
    /** Most words a pattern may skip between two of its elements (TABARI matches inside the verb phrase). */
    private static final int MAX_GAP = 6;
    /** Most words between a verb and a default recipient (TABARI's sparse parse stays inside the verb phrase). */
    private static final int MAX_TARGET_DISTANCE = 12;
    /** Subordinators that open a new clause (the tagger also calls "of" or "for" SCONJ at times). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("THAT", "BECAUSE", "WHILE", "WHEN", "AFTER", "BEFORE",
            "ALTHOUGH", "THOUGH", "IF", "WHETHER", "SINCE", "UNTIL", "WHERE", "UNLESS", "WHEREAS", "ONCE");
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("REGARDING", "CONCERNING", "DESPITE",
            "DURING", "AMID", "SINCE", "UNTIL", "LIKE", "INCLUDING");

    private final Map<String, List<FormRef>> formsByHead = new HashMap<>();
    private final Map<String, List<List<String>>> synsets;
    private final CameoTable cameo;
    private final PloverTable plover;
    private final DiscardList discards;
    private final Convention convention;

    /**
     * Which events to keep, beyond what the dictionaries code.
     */
    public enum Convention {
        /**
         * Dyad's: an event needs at least one actor that names a country, organisation or person (agent-only
         * phrases such as "troops" alone do not make an event), and a verb in a purpose clause ("to defeat X") with
         * no source is not an event.
         */
        DYAD,
        /** PETRARCH's, to score its validation suites: agent-only actors ("---GOV") are coded like any other. */
        PETRARCH
    }

    /** A verb form and the block it belongs to, with the block's patterns most specific first. */
    private record FormRef(VerbForm form, VerbBlock block, List<VerbPattern> patterns) {
    }

    /** A pattern match: which phrases the markers picked. */
    private record PatternHit(VerbPattern pattern, Optional<SentenceFrame.Unit> source,
                              Optional<SentenceFrame.Unit> target, Optional<SentenceFrame.Unit> compound,
                              boolean mentionsNegation, int reach) {
    }

    /**
     * @param verbs             verb blocks, forms and patterns
     * @param cameo             CAMEO code table: names and Goldstein values; codes outside it are never output
     * @param plover            CAMEO → PLOVER table
     * @param discards          sentences and stories not to code (sports, history)
     * @param convention which events to keep (see {@link Convention})
     */
    public EventCoder(VerbDictionary verbs, CameoTable cameo, PloverTable plover, DiscardList discards,
                      Convention convention) {
        this.synsets = verbs.synsets();
        this.cameo = cameo;
        this.plover = plover;
        this.discards = discards;
        this.convention = convention;
        for (VerbBlock block : verbs.blocks()) {
            List<VerbPattern> sorted = new ArrayList<>(block.patterns());
            sorted.sort(Comparator.comparingInt((VerbPattern p) -> -(p.before().size() + p.after().size())));
            for (VerbForm form : block.forms()) {
                String head = form.words().get(form.head());
                formsByHead.computeIfAbsent(head, k -> new ArrayList<>()).add(new FormRef(form, block, sorted));
            }
        }
    }

    @Override
    public Document apply(Document doc) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Coding c : codeRaw(doc)) {
            toEvent(doc, c).filter(e -> seen.add(e.id())).ifPresent(events::add);
        }
        return doc.withEvents(events);
    }

    /**
     * Codes every sentence and returns the raw codings, codes exactly as the dictionary wrote them (no CAMEO table
     * check). Used by {@link #apply} and by the PETRARCH suite scorer, whose test dictionaries use their own codes.
     */
    public List<Coding> codeRaw(Document doc) {
        List<Coding> out = new ArrayList<>();
        if (discards.storyDiscard(doc.text(doc.article().body())).isPresent()) {
            return out;
        }
        List<Mention> mentions = doc.mentions();
        Optional<SentenceFrame.Unit> lastSpeaker = Optional.empty();
        int m = 0;
        for (Sentence s : doc.sentences()) {
            List<Mention> inSentence = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                if (mentions.get(m).start() >= s.start()) {
                    inSentence.add(mentions.get(m));
                }
                m++;
            }
            if (discards.sentenceDiscard(doc.text(s)).isPresent()) {
                continue;
            }
            SentenceFrame frame = new SentenceFrame(doc.tokensIn(s), inSentence);
            SentenceResult r = codeSentence(s.index(), frame, lastSpeaker);
            out.addAll(r.codings());
            if (r.speaker().isPresent()) {
                lastSpeaker = r.speaker();
            }
        }
        return out;
    }

    private record SentenceResult(List<Coding> codings, Optional<SentenceFrame.Unit> speaker) {
    }

    private SentenceResult codeSentence(int sentenceIndex, SentenceFrame f, Optional<SentenceFrame.Unit> lastSpeaker) {
        List<Coding> codings = new ArrayList<>();
        List<Coding> statements = new ArrayList<>();
        Optional<SentenceFrame.Unit> previousSubject = Optional.empty();
        boolean previousSkipped = false;
        Optional<SentenceFrame.Unit> speaker = Optional.empty();
        List<SentenceFrame.Unit> objects = new ArrayList<>();
        int n = f.size();
        for (int v = 0; v < n; v++) {
            if ((f.unitAt[v] != null && !verbSwallowedByPhrase(f, v)) || !(f.tag(v, "VERB") || likelyMistaggedVerb(f, v)
                    || verbSwallowedByPhrase(f, v))) {
                continue;
            }
            Optional<FormMatch> form = findForm(f, v);
            if (form.isEmpty()) {
                Optional<SentenceFrame.Unit> subject = subject(f, v, previousSubject, lastSpeaker);
                previousSubject = subject.isPresent() ? subject : previousSubject;
                continue;
            }
            int vs = form.get().start();
            int ve = form.get().end();
            boolean passive = isPassive(f, vs);
            boolean cue = CUES.contains(f.words[v]);
            Optional<SentenceFrame.Unit> subject = cue ? invertedSubject(f, vs, ve) : Optional.empty();
            if (subject.isEmpty()) {
                subject = subject(f, vs, previousSubject, lastSpeaker);
            }
            previousSubject = subject.isPresent() ? subject : previousSubject;
            if (cue && subject.isPresent()) {
                speaker = subject;
            }
            controlledObject(f, ve).ifPresent(objects::add);
            boolean sharesSubject = sharesSubject(f, vs);
            if ((sharesSubject && previousSkipped) || isComplementOfCodedVerb(f, vs, subject, objects)
                    || isNounModifier(f, vs, ve)
                    || (convention == Convention.DYAD && subject.isEmpty() && !passive && f.word(vs - 1, "TO"))) {
                previousSkipped = true;
                continue;
            }
            previousSkipped = false;
            FormRef ref = form.get().refs().get(0);
            Optional<PatternHit> hit = bestPattern(f, form.get().patterns(), vs, ve);
            CodePair codes = hit.map(h -> h.pattern().codes()).orElse(ref.form().codes());
            String origin = hit.map(h -> h.pattern().origin()).orElse(ref.form().origin());
            boolean statement = codes.forward().map(c -> c.startsWith("01")).orElse(false)
                    && hit.isEmpty();
            if (codes.forward().isEmpty() && codes.reverse().isEmpty()) {
                continue;
            }
            boolean negated = isNegated(f, vs) || subjectNegated(f, vs);
            if (negated && !hit.map(PatternHit::mentionsNegation).orElse(false)) {
                continue;
            }
            Optional<SentenceFrame.Unit> source;
            Optional<SentenceFrame.Unit> target;
            if (passive) {
                source = byAgent(f, ve);
                target = subject;
            } else {
                source = subject;
                target = firstUnitAfter(f, ve, statement);
            }
            if (hit.isPresent()) {
                if (hit.get().source().isPresent()) {
                    source = hit.get().source();
                }
                if (hit.get().target().isPresent()) {
                    target = hit.get().target();
                }
            }
            target.ifPresent(objects::add);
            Span verbSpan = new Span(f.tokens.get(vs).start(), f.tokens.get(ve - 1).end());
            List<Coding> into = statement ? statements : codings;
            if (hit.isPresent() && hit.get().compound().isPresent() && hit.get().compound().get().start() > vs) {
                // "agrees with % ": the compound after the verb is a list of recipients
                emit(into, sentenceIndex, verbSpan, source, hit.get().compound(), codes, origin);
                continue;
            }
            if (hit.isPresent() && hit.get().compound().isPresent()) {
                // "% renewed ties": the members of the compound act on each other, every ordered pair
                List<Mention> members = hit.get().compound().get().members();
                for (int i = 0; i < members.size(); i++) {
                    for (int j = 0; j < members.size(); j++) {
                        if (i != j) {
                            int a = i;
                            int b = j;
                            codes.forward().ifPresent(c -> add(into, sentenceIndex, verbSpan,
                                    Optional.of(members.get(a)), Optional.of(members.get(b)), c, origin));
                        }
                    }
                }
                // "Gondor and Osgiliath ... with Mordor": the compound also acts on a separate target
                if (target.isPresent() && target.get() != hit.get().compound().get()) {
                    emit(into, sentenceIndex, verbSpan, hit.get().compound(), target, codes, origin);
                }
                continue;
            }
            emit(into, sentenceIndex, verbSpan, source, target, codes, origin);
        }
        if (codings.isEmpty()) {
            codings.addAll(statements);
        }
        return new SentenceResult(codings, speaker);
    }

    private void emit(List<Coding> into, int sentenceIndex, Span verb, Optional<SentenceFrame.Unit> source,
                      Optional<SentenceFrame.Unit> target, CodePair codes, String origin) {
        List<Optional<Mention>> sources = members(source);
        List<Optional<Mention>> targets = members(target);
        for (Optional<Mention> s : sources) {
            for (Optional<Mention> t : targets) {
                codes.forward().ifPresent(c -> add(into, sentenceIndex, verb, s, t, c, origin));
                // a reciprocal code ("[042:043]": the visit and the hosting) needs both sides
                if (s.isPresent() && t.isPresent()) {
                    codes.reverse().ifPresent(c -> add(into, sentenceIndex, verb, t, s, c, origin));
                }
            }
        }
    }

    private static List<Optional<Mention>> members(Optional<SentenceFrame.Unit> unit) {
        if (unit.isEmpty()) {
            return List.of(Optional.empty());
        }
        List<Optional<Mention>> out = new ArrayList<>();
        for (Mention m : unit.get().members()) {
            out.add(Optional.of(m));
        }
        return out;
    }

    private void add(List<Coding> into, int sentenceIndex, Span verb, Optional<Mention> source,
                     Optional<Mention> target, String code, String origin) {
        if (source.isEmpty() && target.isEmpty()) {
            return;
        }
        if (convention == Convention.DYAD && source.map(EventCoder::agentOnly).orElse(true)
                && target.map(EventCoder::agentOnly).orElse(true)) {
            return;
        }
        if (source.isPresent() && target.isPresent()
                && source.get().actor().code().equals(target.get().actor().code())) {
            return;
        }
        Coding c = new Coding(sentenceIndex, verb, source, target, code, origin);
        for (Coding existing : into) {
            if (existing.code().equals(code) && existing.sourceCode().equals(c.sourceCode())
                    && existing.targetCode().equals(c.targetCode())) {
                return;
            }
        }
        into.add(c);
    }

    private static boolean agentOnly(Mention m) {
        return m.actor().resolution() == org.dyad.actor.Actor.Resolution.AGENT_ONLY;
    }

    /**
     * The longest verb form found at a token, with every block that lists it: the first block gives the verb's own
     * code, and the patterns of all of them are tried, most specific first.
     */
    private record FormMatch(int start, int end, List<FormRef> refs) {
        List<VerbPattern> patterns() {
            if (refs.size() == 1) {
                return refs.get(0).patterns();
            }
            List<VerbPattern> all = new ArrayList<>();
            for (FormRef r : refs) {
                all.addAll(r.patterns());
            }
            all.sort(Comparator.comparingInt((VerbPattern p) -> -(p.before().size() + p.after().size())));
            return all;
        }
    }

    /** The longest verb form whose head word is token {@code v}. */
    private Optional<FormMatch> findForm(SentenceFrame f, int v) {
        List<FormRef> refs = formsByHead.get(f.words[v]);
        if (refs == null) {
            return Optional.empty();
        }
        FormMatch best = null;
        for (FormRef ref : refs) {
            List<String> w = ref.form().words();
            int start = v - ref.form().head();
            int end = start + w.size();
            if (start < 0 || end > f.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < w.size() && ok; k++) {
                ok = f.words[start + k].equals(w.get(k));
            }
            if (ok && (best == null || end - start > best.end() - best.start())) {
                best = new FormMatch(start, end, new ArrayList<>(List.of(ref)));
            } else if (ok && end - start == best.end() - best.start() && start == best.start()) {
                best.refs().add(ref);
            }
        }
        return Optional.ofNullable(best);
    }

    // ---- clause analysis ------------------------------------------------------------------------------------

    /**
     * The subject phrase of the verb starting at token {@code vs}: the nearest actor phrase to the left that is
     * not the object of a preposition, skipping auxiliaries, adverbs, commas (appositives) and participial phrases.
     * Empty when the subject is a phrase with no actor.
     */
    private Optional<SentenceFrame.Unit> subject(SentenceFrame f, int vs, Optional<SentenceFrame.Unit> previous,
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
                return SUBJECT_PRONOUNS.contains(w) ? lastSpeaker : Optional.empty();
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
                if (TIME_WORDS.contains(w) || isPrepositionalObject(f, start)) {
                    i = start - 2;
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
                            return Optional.empty();     // "in the months to come to support": no chain of infinitives
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
    private static boolean countable(SentenceFrame f, SentenceFrame.Unit u) {
        boolean determiner = u.start() > 0 && (f.tag(u.start() - 1, "DET") || f.tag(u.start() - 1, "PRON")
                || f.tag(u.start() - 1, "NUM"));
        String head = f.words[u.end() - 1];
        return determiner || f.tag(u.start(), "DET") || (head.endsWith("S") && !head.endsWith("SS"));
    }

    /** Index of the word before a phrase, skipping its determiners and adjectives; 0 at sentence start. */
    private static int firstBefore(SentenceFrame f, int start) {
        int i = start - 1;
        while (i > 0 && (f.tag(i, "DET") || f.tag(i, "ADJ"))) {
            i--;
        }
        return Math.max(i, 0);
    }

    /**
     * A dictionary verb the tagger called a noun or adjective but that stands where a verb stands: right after an
     * actor phrase or an auxiliary and before a determiner, an actor or a preposition ("Gondor and Osgiliath welcome a
     * resumption…", "Ethiopia departs from Libya").
     */
    private boolean likelyMistaggedVerb(SentenceFrame f, int v) {
        if (!(f.tag(v, "NOUN") || f.tag(v, "ADJ") || f.tag(v, "PROPN") || f.tag(v, "ADV"))
                || !formsByHead.containsKey(f.words[v])) {
            return false;
        }
        int start = findForm(f, v).map(FormMatch::start).orElse(v);
        boolean afterSubject = start > 0 && (f.unitAt[start - 1] != null || f.tag(start - 1, "AUX")
                || f.word(start - 1, "N'T") || f.word(start - 1, "NOT") || AUXILIARIES.contains(f.words[start - 1]));
        boolean beforeObject = v + 1 < f.size() && (f.tag(v + 1, "DET") || f.unitAt[v + 1] != null
                || f.tag(v + 1, "ADP") || f.tag(v + 1, "PRON"));
        return afterSubject && beforeObject;
    }

    /**
     * "Ethiopia departs from Libya": the tagger read "departs" as a plural noun and the actor phrase took it in. A
     * dictionary verb ending in -s that closes a two-word phrase opened by a proper noun, before a preposition or
     * determiner, is the verb.
     */
    private boolean verbSwallowedByPhrase(SentenceFrame f, int v) {
        SentenceFrame.Unit u = f.unitAt[v];
        return u != null && u.end() == v + 1 && u.start() == v - 1 && f.tag(v - 1, "PROPN") && f.tag(v, "NOUN")
                && f.words[v].endsWith("S") && formsByHead.containsKey(f.words[v]) && v + 1 < f.size()
                && (f.tag(v + 1, "ADP") || f.tag(v + 1, "DET"));
    }

    /** "see Pakistan cooperating", "urged Kenya to respond": the object that is also the subject of what follows. */
    private static Optional<SentenceFrame.Unit> controlledObject(SentenceFrame f, int ve) {
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
    private static boolean sharesSubject(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART") || NEGATIONS.contains(f.words[i])
                || f.word(i, "TO"))) {
            i--;
        }
        return i >= 0 && (f.tag(i, "CCONJ") || f.word(i, "AND") || f.word(i, "BUT"));
    }

    /** '"…," said the spokesperson for the army': a reporting verb after a quote or comma has its subject after it. */
    private static Optional<SentenceFrame.Unit> invertedSubject(SentenceFrame f, int vs, int ve) {
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
     * "urged Kenya to respond", "would like to see Pakistan cooperating": a verb whose subject is the object of a verb
     * coded before it in the sentence is that verb's complement, and PETRARCH codes only the governing verb.
     */
    private static boolean isComplementOfCodedVerb(SentenceFrame f, int vs, Optional<SentenceFrame.Unit> subject,
                                                   List<SentenceFrame.Unit> objects) {
        if (subject.isEmpty() || !objects.contains(subject.get())) {
            return false;
        }
        return f.words[vs].endsWith("ING") || f.word(vs - 1, "TO") || subject.get().end() == vs;
    }

    /**
     * Verb forms that modify a noun rather than head a clause: "the months to come" (an infinitive after a plain
     * noun), "increased capability" / "the affected villages" (a participle before a noun).
     */
    private static boolean isNounModifier(SentenceFrame f, int vs, int ve) {
        if (f.word(vs - 1, "TO") && vs >= 2 && f.plainNominal(vs - 2) && !f.tag(vs - 2, "PROPN")) {
            return true;
        }
        String w = f.words[vs];
        boolean participle = w.endsWith("ED") || w.endsWith("EN");
        boolean inList = f.tag(vs - 1, "CCONJ") && (f.word(vs - 3, ",") || f.word(vs - 4, ","));
        return participle && ve == vs + 1 && ve < f.size() && (f.tag(ve, "NOUN") || f.tag(ve, "ADJ"))
                && vs > 0 && (f.tag(vs - 1, "DET") || f.tag(vs - 1, "ADJ") || inList || f.word(vs - 1, ","));
    }

    private static int nounPhraseStart(SentenceFrame f, int i) {
        while (i > 0 && f.unitAt[i - 1] == null && (f.tag(i - 1, "NOUN") || f.tag(i - 1, "PROPN")
                || f.tag(i - 1, "ADJ") || f.tag(i - 1, "DET") || f.tag(i - 1, "NUM") || f.word(i - 1, "'S"))) {
            i--;
        }
        return i;
    }

    private static boolean isPrepositionalObject(SentenceFrame f, int start) {
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
    private static Optional<SentenceFrame.Unit> firstUnitAfter(SentenceFrame f, int ve, boolean statement) {
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
                    i = u.end() - 1;                 // "share intelligence": a bare mass noun, not a recipient
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

    private static boolean endsClause(SentenceFrame f, int i) {
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

    private static Optional<SentenceFrame.Unit> byAgent(SentenceFrame f, int ve) {
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

    private static boolean isPassive(SentenceFrame f, int vs) {
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

    private static boolean isNegated(SentenceFrame f, int vs) {
        int i = vs - 1;
        while (i >= 0 && (f.tag(i, "AUX") || f.tag(i, "ADV") || f.tag(i, "PART") || NEGATIONS.contains(f.words[i]))) {
            if (NEGATIONS.contains(f.words[i]) || f.words[i].endsWith("N'T")) {
                return true;
            }
            i--;
        }
        return false;
    }

    /** "no country should have …": a subject opened by "no" negates its verb. */
    private static boolean subjectNegated(SentenceFrame f, int vs) {
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

    // ---- pattern matching -----------------------------------------------------------------------------------

    /**
     * Matches a pattern around the verb {@code [vs, ve)}: elements after the star left to right from {@code ve},
     * elements before it right to left from {@code vs - 1}. A '_' in the dictionary ("joined") demands adjacent
     * words; a space lets other words come between.
     */
    private Optional<PatternHit> matchPattern(SentenceFrame f, VerbPattern p, int vs, int ve) {
        Markers markers = new Markers();
        int pos = ve;
        List<PatternToken> after = p.after();
        for (int k = 0; k < after.size(); k++) {
            boolean adjacent = k > 0 && after.get(k - 1).joinedToNext();
            int next = matchForward(f, after.get(k).element(), pos, adjacent, markers);
            if (next < 0) {
                return Optional.empty();
            }
            pos = next;
        }
        int lastAfter = pos;
        pos = vs - 1;
        List<PatternToken> before = p.before();
        for (int k = before.size() - 1; k >= 0; k--) {
            boolean adjacent = before.get(k).joinedToNext();
            int next = matchBackward(f, before.get(k).element(), pos, adjacent, markers);
            if (next < -1) {
                return Optional.empty();
            }
            pos = next;
        }
        int reach = (pos0(after, ve, lastAfter) - ve) + (vs - 1 - Math.max(-1, pos));
        return Optional.of(new PatternHit(p, markers.source, markers.target, markers.compound, markers.negation, reach));
    }

    /**
     * The most specific matching pattern (most elements); among equally specific ones, the one whose words lie
     * closest to the verb ("gave the example of an attack" is about the example, not the attack).
     */
    private Optional<PatternHit> bestPattern(SentenceFrame f, List<VerbPattern> patterns, int vs, int ve) {
        Optional<PatternHit> best = Optional.empty();
        int bestSize = -1;
        for (VerbPattern p : patterns) {
            int size = p.before().size() + p.after().size();
            if (best.isPresent() && size < bestSize) {
                break;
            }
            Optional<PatternHit> hit = matchPattern(f, p, vs, ve);
            if (hit.isPresent() && (best.isEmpty() || hit.get().reach() < best.get().reach())) {
                best = hit;
                bestSize = size;
            }
        }
        return best;
    }

    private static final class Markers {
        Optional<SentenceFrame.Unit> source = Optional.empty();
        Optional<SentenceFrame.Unit> target = Optional.empty();
        Optional<SentenceFrame.Unit> compound = Optional.empty();
        boolean negation;
    }

    /** Returns the position after the match, or -1. */
    private int matchForward(SentenceFrame f, PatternElement e, int pos, boolean adjacent, Markers markers) {
        int last = adjacent ? Math.min(pos, f.size() - 1) : Math.min(f.size() - 1, pos + MAX_GAP);
        for (int q = pos; q <= last; q++) {
            int end = matchAt(f, e, q, markers);
            if (end >= 0) {
                return end;
            }
            if (q > pos && endsClause(f, q)) {
                break;
            }
            if (f.unitAt[q] != null && q + 1 < f.unitAt[q].end() && !isMarker(e)) {
                q = f.unitAt[q].end() - 1;      // an actor phrase counts as one word when skipped
            }
        }
        return -1;
    }

    /** Returns the position before the match (may be -1 at sentence start), or -2 when no match. */
    private int matchBackward(SentenceFrame f, PatternElement e, int pos, boolean adjacent, Markers markers) {
        int first = adjacent ? pos : Math.max(0, pos - MAX_GAP);
        if (isMarker(e) && !adjacent) {
            first = 0;                          // the source before a verb may stand further back (adverbs, dates)
        }
        for (int q = pos; q >= first && q >= 0; q--) {
            if (e instanceof PatternElement.Synset s) {
                for (List<String> phrase : synsets.getOrDefault(s.name(), List.of())) {
                    int start = q - phrase.size() + 1;
                    if (start >= 0 && phraseAt(f, phrase, start)) {
                        markers.negation |= phrase.stream().anyMatch(NEGATIONS::contains);
                        return start - 1;
                    }
                }
                continue;
            }
            if (isMarker(e) && f.unitAt[q] != null) {
                SentenceFrame.Unit u = f.unitAt[q];
                if (e instanceof PatternElement.CompoundMarker && u.members().size() < 2) {
                    return -2;                  // a compound needs at least two actors
                }
                assign(e, u, markers);
                return u.start() - 1;
            }
            int end = matchAt(f, e, q, markers);
            if (end >= 0) {
                return q - 1;
            }
        }
        return -2;
    }

    private static int pos0(List<PatternToken> after, int ve, int lastAfter) {
        return after.isEmpty() ? ve : lastAfter;
    }

    private static boolean isMarker(PatternElement e) {
        return e instanceof PatternElement.SourceMarker || e instanceof PatternElement.TargetMarker
                || e instanceof PatternElement.CompoundMarker;
    }

    private static void assign(PatternElement e, SentenceFrame.Unit u, Markers markers) {
        if (e instanceof PatternElement.SourceMarker) {
            markers.source = Optional.of(u);
        } else if (e instanceof PatternElement.TargetMarker) {
            markers.target = Optional.of(u);
        } else {
            markers.compound = Optional.of(u);
        }
    }

    /** Matches element {@code e} starting exactly at token q; returns the end position or -1. */
    private int matchAt(SentenceFrame f, PatternElement e, int q, Markers markers) {
        if (q >= f.size()) {
            return -1;
        }
        if (e instanceof PatternElement.Word w) {
            String word = f.words[q];
            String want = w.text();
            if (word.equals(want)) {
                markers.negation |= NEGATIONS.contains(want);
                return q + 1;
            }
            return -1;
        }
        if (e instanceof PatternElement.Synset s) {
            for (List<String> phrase : synsets.getOrDefault(s.name(), List.of())) {
                if (phraseAt(f, phrase, q)) {
                    markers.negation |= phrase.stream().anyMatch(NEGATIONS::contains);
                    return q + phrase.size();
                }
            }
            return -1;
        }
        if (isMarker(e)) {
            SentenceFrame.Unit u = f.unitAt[q];
            if (u == null) {
                return -1;
            }
            if (e instanceof PatternElement.CompoundMarker && u.members().size() < 2) {
                return -1;
            }
            assign(e, u, markers);
            return u.end();
        }
        return q;   // Skip: matches without consuming
    }

    private static boolean phraseAt(SentenceFrame f, List<String> phrase, int start) {
        if (start < 0 || start + phrase.size() > f.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String w = f.words[start + k];
            String want = phrase.get(k);
            if (!w.equals(want)) {
                return false;
            }
        }
        return true;
    }

    // ---- events ---------------------------------------------------------------------------------------------

    private Optional<Event> toEvent(Document doc, Coding c) {
        Optional<CameoEntry> entry = cameo.get(c.code());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        CameoCode code;
        try {
            code = new CameoCode(c.code());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Sentence s = doc.sentences().get(c.sentenceIndex());
        Plover p = plover.forCode(c.code()).orElse(new Plover("", "", ""));
        Optional<Participant> source = c.source().map(m -> participant(doc, m));
        Optional<Participant> target = c.target().map(m -> participant(doc, m));
        String id = eventId(doc.article().id(), c);
        Optional<LocalDate> date = doc.article().date();
        return Optional.of(new Event(id, doc.article().id(), c.sentenceIndex(), s.span(), c.verb(), source, target,
                code, entry.get().goldstein(), p, date, c.pattern()));
    }

    private static Participant participant(Document doc, Mention m) {
        return new Participant(m.span(), doc.text(m.span()), m.actor().code(), m.actor().name());
    }

    /** A stable id: the first 16 hex digits of SHA-256 over document id, sentence, verb offsets, actors and code. */
    static String eventId(String docId, Coding c) {
        String key = docId + "|" + c.sentenceIndex() + "|" + c.verb() + "|" + c.sourceCode() + "|" + c.targetCode()
                + "|" + c.code();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer produces() {
        return Layer.EVENTS;
    }
}
