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
import org.dyad.actor.Actor;
import org.dyad.actor.ActorMatcher;
import org.dyad.actor.Mention;
import org.dyad.dictionary.Dictionaries;
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
 * verb is never coded as its positive, and (Dyad's convention) neither is the verb of a clause a denial governs
 * ("denied that troops had crossed"): the denial itself is a claim ({@code ClaimLinker}), not an event. Events whose
 * source and target codes are equal are dropped.
 *
 * <p>Clause syntax sits behind {@link ClauseSyntax}; the sparse, tag-based {@link ClauseReader} answers it now and a
 * parser can take its place. Requires {@link Layer#POS} and {@link Layer#MENTIONS}; produces {@link Layer#EVENTS}. A code the CAMEO table
 * does not hold is never output (it is counted in {@link #codeRaw} results only). Thread-safe after construction.
 */
public final class EventCoder implements Stage {
    /** Sentences after which a speaker is no longer what "he" or "she" refers to. */
    private static final int MAX_SPEAKER_DISTANCE = 2;

    private final Map<String, List<FormRef>> formsByHead = new HashMap<>();
    private final ClauseSyntax syntax;
    private final PatternMatcher patterns;
    private final CameoTable cameo;
    private final PloverTable plover;
    private final DiscardList discards;
    private final IssueDictionary issues;
    private final Convention convention;

    /**
     * Which events to keep, beyond what the dictionaries code.
     */
    public enum Convention {
        /**
         * Dyad's: an event needs at least one actor that names a country, organisation or person (agent-only
         * phrases such as "troops" alone do not make an event), and a verb in a purpose clause ("to defeat X") with
         * no source is not an event; only material conflict (roots 14 to 20) is coded without a source.
         */
        DYAD,
        /** PETRARCH's, to score its validation suites: agent-only actors ("---GOV") are coded like any other. */
        PETRARCH
    }

    /** A verb form and the block it belongs to, with the block's patterns most specific first. */
    private record FormRef(VerbForm form, VerbBlock block, List<VerbPattern> patterns) {
    }


    /**
     * @param dictionaries the verb dictionary (blocks, forms, patterns, synsets), the CAMEO table (names and
     *                     Goldstein values; codes outside it are never output), the CAMEO → PLOVER table, the discards
     *                     (sentences and stories not to code) and the issues
     * @param convention   which events to keep (see {@link Convention})
     */
    public EventCoder(Dictionaries dictionaries, Convention convention) {
        this(dictionaries, convention, new ClauseReader());
    }

    /** The same coder reading clauses with another {@link ClauseSyntax} (a parser, one day). */
    EventCoder(Dictionaries dictionaries, Convention convention, ClauseSyntax syntax) {
        VerbDictionary verbs = dictionaries.verbs();
        this.cameo = dictionaries.cameo();
        this.plover = dictionaries.plover();
        this.discards = dictionaries.discards();
        this.issues = dictionaries.issues();
        this.convention = convention;
        this.syntax = syntax;
        List<VerbPattern> all = new ArrayList<>();
        verbs.blocks().forEach(block -> all.addAll(block.patterns()));
        this.patterns = new PatternMatcher(verbs.synsets(), all, syntax);
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
        String textDigest = digest(doc.text());
        for (Coding c : codeRaw(doc)) {
            toEvent(doc, textDigest, c).filter(e -> seen.add(e.id())).ifPresent(events::add);
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
        int speakerAge = 0;
        Optional<Passage> recent = Optional.empty();
        int recentAge = 0;
        int m = 0;
        for (Sentence s : doc.sentences()) {
            List<Mention> inSentence = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < s.end()) {
                if (mentions.get(m).start() >= s.start()) {
                    inSentence.add(mentions.get(m));
                }
                m++;
            }
            Optional<Passage> passage = Passage.of(doc, inSentence, recent);
            if (Passage.namesCountry(inSentence)) {
                recent = passage;
                recentAge = 0;
            } else if (++recentAge > MAX_SPEAKER_DISTANCE) {
                recent = Optional.empty();
            }
            if (discards.sentenceDiscard(doc.text(s)).isPresent()) {
                continue;
            }
            SentenceFrame frame = new SentenceFrame(doc.tokensIn(s), inSentence);
            SentenceResult r = codeSentence(s.index(), frame, lastSpeaker, passage);
            out.addAll(r.codings());
            if (r.speaker().isPresent()) {
                lastSpeaker = r.speaker();
                speakerAge = 0;
            } else if (++speakerAge > MAX_SPEAKER_DISTANCE) {
                lastSpeaker = Optional.empty();   // "he" refers to someone named lately, or is left unresolved
            }
        }
        return out;
    }

    private record SentenceResult(List<Coding> codings, Optional<SentenceFrame.Unit> speaker) {
    }

    /**
     * The country a sentence's passage is about, for agent-only actors ("gunmen", "the police") that name none: the
     * one country the sentence names, else the one country named by the last of the two sentences before it that
     * names any; none when that sentence names two or more (then which one is unknown).
     *
     * @param root     the country's three-letter code root ("AFG")
     * @param evidence where it was named, for the actor's evidence
     */
    private record Passage(String root, String evidence) {

        static Optional<Passage> of(Document doc, List<Mention> inSentence, Optional<Passage> recent) {
            return namesCountry(inSentence) ? only(doc, inSentence) : recent;
        }

        static boolean namesCountry(List<Mention> inSentence) {
            return inSentence.stream().anyMatch(m -> countryRoot(m).isPresent());
        }

        /** The one country the sentence names; empty when it names none or several. */
        static Optional<Passage> only(Document doc, List<Mention> inSentence) {
            Optional<Passage> found = Optional.empty();
            for (Mention m : inSentence) {
                Optional<String> root = countryRoot(m);
                if (root.isPresent()) {
                    if (found.isPresent() && !found.get().root().equals(root.get())) {
                        return Optional.empty();
                    }
                    if (found.isEmpty()) {
                        found = Optional.of(new Passage(root.get(), "'" + doc.text(m.span()) + "' "
                                + m.span().start() + "-" + m.span().end()));
                    }
                }
            }
            return found;
        }

        private static Optional<String> countryRoot(Mention m) {
            String code = m.actor().code();
            if (m.actor().resolution() == Actor.Resolution.AGENT_ONLY || code.length() < 3) {
                return Optional.empty();
            }
            String root = code.substring(0, 3);
            return ActorMatcher.NON_STATE_ROOTS.contains(root) ? Optional.empty() : Optional.of(root);
        }

        /** The agent-only mention given this passage's country: "gunmen" (UAF) in a passage about AFG → AFGUAF. */
        Mention compose(Mention m) {
            Actor a = m.actor();
            return new Mention(m.span(), a.recoded(root + a.code(), Actor.Resolution.COMPOSED,
                    "agent " + a.code() + " (" + a.evidence() + ") in a passage about " + root + ", named as "
                            + evidence), m.phrase());
        }
    }

    private SentenceResult codeSentence(int sentenceIndex, SentenceFrame f, Optional<SentenceFrame.Unit> lastSpeaker,
                                        Optional<Passage> passage) {
        List<Coding> codings = new ArrayList<>();
        List<Coding> statements = new ArrayList<>();
        Optional<SentenceFrame.Unit> previousSubject = Optional.empty();
        boolean previousSkipped = false;
        Optional<SentenceFrame.Unit> speaker = Optional.empty();
        List<SentenceFrame.Unit> objects = new ArrayList<>();
        int n = f.size();
        for (int v = 0; v < n; v++) {
            if ((f.unitAt[v] != null && !verbSwallowedByPhrase(f, v)) || !(f.tag(v, "VERB") || likelyMistaggedVerb(f, v)
                    || verbSwallowedByPhrase(f, v)) || inHyphenatedWord(f, v)) {
                continue;
            }
            Optional<FormMatch> form = findForm(f, v);
            if (form.isEmpty()) {
                Optional<SentenceFrame.Unit> subject = syntax.subject(f, v, previousSubject, lastSpeaker);
                previousSubject = subject.isPresent() ? subject : previousSubject;
                continue;
            }
            int vs = form.get().start();
            int ve = form.get().end();
            boolean passive = syntax.isPassive(f, vs);
            boolean cue = ClauseReader.CUES.contains(f.words[v]);
            Optional<SentenceFrame.Unit> subject = cue ? syntax.invertedSubject(f, vs, ve) : Optional.empty();
            if (subject.isEmpty()) {
                subject = syntax.subject(f, vs, previousSubject, lastSpeaker);
            }
            boolean denied = convention == Convention.DYAD && syntax.isDenied(f, vs);
            if (!denied || subject.map(u -> u.start() < lastDenialWord(f, vs)).orElse(false)) {
                // the subject inside a denied clause ("denied that Somali troops had crossed … and called …") is not
                // the subject a later coordinated verb shares: that is the denier's ("Addis Ababa denies deploying")
                previousSubject = subject.isPresent() ? subject : previousSubject;
            }
            if (cue && subject.isPresent()) {
                speaker = subject;
            }
            syntax.controlledObject(f, ve).ifPresent(objects::add);
            boolean sharesSubject = syntax.sharesSubject(f, vs);
            if ((sharesSubject && previousSkipped) || syntax.isComplementOfCodedVerb(f, vs, subject, objects)
                    || syntax.isNounModifier(f, vs, ve)
                    || (convention == Convention.DYAD && subject.isEmpty() && !passive && f.word(vs - 1, "TO"))) {
                previousSkipped = true;
                continue;
            }
            previousSkipped = false;
            FormRef ref = form.get().refs().get(0);
            Optional<PatternMatcher.PatternHit> hit = patterns.best(f, form.get().patterns(), vs, ve);
            CodePair codes = hit.map(h -> h.pattern().codes()).orElse(ref.form().codes());
            if (convention == Convention.DYAD && syntax.expressesIntent(f, vs)) {
                codes = new CodePair(codes.forward().map(EventCoder::intentCode), codes.reverse().map(EventCoder::intentCode));
            }
            String origin = hit.map(h -> h.pattern().origin()).orElse(ref.form().origin());
            boolean statement = codes.forward().map(c -> c.startsWith("01")).orElse(false)
                    && hit.isEmpty();
            if (codes.forward().isEmpty() && codes.reverse().isEmpty()) {
                continue;
            }
            boolean negated = syntax.isNegated(f, vs) || denied;
            if (negated && !hit.map(PatternMatcher.PatternHit::mentionsNegation).orElse(false)) {
                continue;
            }
            Optional<SentenceFrame.Unit> source;
            Optional<SentenceFrame.Unit> target;
            if (passive) {
                source = syntax.byAgent(f, ve);
                target = subject;
            } else {
                source = subject;
                // '"…," said the spokesman': the subject stands after the verb, so the recipient comes after it
                int after = subject.filter(u -> u.start() >= ve).map(SentenceFrame.Unit::end).orElse(ve);
                target = syntax.firstUnitAfter(f, after, statement);
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
                emit(into, sentenceIndex, verbSpan, source, hit.get().compound(), codes, origin, passage);
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
                                    Optional.of(members.get(a)), Optional.of(members.get(b)), c, origin, passage));
                        }
                    }
                }
                // "Gondor and Osgiliath ... with Mordor": the compound also acts on a separate target
                if (target.isPresent() && target.get() != hit.get().compound().get()) {
                    emit(into, sentenceIndex, verbSpan, hit.get().compound(), target, codes, origin, passage);
                }
                continue;
            }
            emit(into, sentenceIndex, verbSpan, source, target, codes, origin, passage);
        }
        if (codings.isEmpty()) {
            codings.addAll(statements);
        }
        return new SentenceResult(codings, speaker);
    }

    /** Token index of the nearest denial verb before the verb ("denied", "rejects"), or -1. */
    private static int lastDenialWord(SentenceFrame f, int vs) {
        for (int k = vs - 1; k >= 0; k--) {
            if (ClauseReader.DENIALS.contains(f.words[k])) {
                return k;
            }
        }
        return -1;
    }

    private void emit(List<Coding> into, int sentenceIndex, Span verb, Optional<SentenceFrame.Unit> source,
                      Optional<SentenceFrame.Unit> target, CodePair codes, String origin, Optional<Passage> passage) {
        List<Optional<Mention>> sources = members(source);
        List<Optional<Mention>> targets = members(target);
        for (Optional<Mention> s : sources) {
            for (Optional<Mention> t : targets) {
                codes.forward().ifPresent(c -> add(into, sentenceIndex, verb, s, t, c, origin, passage));
                // a reciprocal code ("[042:043]": the visit and the hosting) needs both sides
                if (s.isPresent() && t.isPresent()) {
                    codes.reverse().ifPresent(c -> add(into, sentenceIndex, verb, t, s, c, origin, passage));
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
                     Optional<Mention> target, String code, String origin, Optional<Passage> passage) {
        if (source.isEmpty() && target.isEmpty()) {
            return;
        }
        if (convention == Convention.DYAD && source.map(EventCoder::agentOnly).orElse(true)
                && target.map(EventCoder::agentOnly).orElse(true)) {
            if (passage.isEmpty() || !materialConflict(code)
                    || (source.isEmpty() || target.isEmpty()) && !(source.isPresent() ? armed(source.get())
                            : armed(target.orElseThrow()))) {
                // "gunmen attacked the police" with no country in the passage: whose, is unknown; "troops said" is no
                // statement of any actor; and "people were killed" alone is as often an accident as an attack
                return;
            }
            source = source.map(passage.get()::compose);
            target = target.map(passage.get()::compose);
        }
        if (convention == Convention.DYAD && source.isEmpty() && !materialConflict(code)) {
            return;     // a statement or request needs its author; an attack is news without its attacker
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

    /**
     * "will send troops", "agreed to share intelligence": material cooperation that is only announced is an intent
     * to cooperate (CAMEO 1.1b3, 03 "Express intent to cooperate": 031x for 06x, 033x for 07x). Other codes unchanged.
     */
    static String intentCode(String code) {
        return switch (code) {
            case "06", "060" -> "031";
            case "061", "062", "063", "064" -> "031" + code.charAt(2);
            case "07", "070", "075" -> "033";
            case "071", "072", "073", "074" -> "033" + code.charAt(2);
            default -> code;
        };
    }

    /** CAMEO roots 14 to 20 (protest, force posture, reduced relations, coercion, assault, fight, mass violence). */
    private static boolean materialConflict(String code) {
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 14 && root <= 20;
    }

    /** Agents that bear arms or make arrests (CAMEO 1.1b3 actor codebook): UAF, REB, INS, MIL, COP, SPY, CRM. */
    private static final Set<String> ARMED_AGENTS = Set.of("UAF", "REB", "INS", "MIL", "COP", "SPY", "CRM");

    /** Whether an agent-only mention names armed people ("gunmen", "soldiers", "police"), by its code's groups. */
    private static boolean armed(Mention m) {
        String code = m.actor().code();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (ARMED_AGENTS.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    static boolean agentOnly(Mention m) {
        return m.actor().resolution() == Actor.Resolution.AGENT_ONLY;
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

    /**
     * A dictionary verb the tagger called a noun or adjective but that stands where a verb stands: right after an
     * actor phrase or an auxiliary and before a determiner, an actor or a preposition ("Gondor and Osgiliath welcome a
     * resumption…", "Ethiopia departs from Libya").
     */
    private boolean likelyMistaggedVerb(SentenceFrame f, int v) {
        if (!(f.tag(v, "NOUN") || f.tag(v, "ADJ") || f.tag(v, "PROPN") || f.tag(v, "ADV") || f.tag(v, "INTJ")
                || f.tag(v, "X"))
                || !formsByHead.containsKey(f.words[v])) {
            return false;
        }
        int start = findForm(f, v).map(FormMatch::start).orElse(v);
        boolean afterSubject = start > 0 && (f.unitAt[start - 1] != null || f.tag(start - 1, "AUX")
                || f.word(start - 1, "N'T") || f.word(start - 1, "NOT") || ClauseReader.AUXILIARIES.contains(f.words[start - 1]));
        boolean beforeObject = v + 1 < f.size() && (f.tag(v + 1, "DET") || f.unitAt[v + 1] != null
                || f.tag(v + 1, "ADP") || f.tag(v + 1, "PRON"));
        return afterSubject && beforeObject;
    }

    /** "the Italian-led force": a verb glued by a hyphen to the word before it is part of an adjective. */
    private static boolean inHyphenatedWord(SentenceFrame f, int v) {
        if (v == 0) {
            return false;
        }
        org.dyad.document.Token before = f.tokens.get(v - 1);
        return before.end() == f.tokens.get(v).start() && before.text().endsWith("-");
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

    // ---- events ---------------------------------------------------------------------------------------------

    private Optional<Event> toEvent(Document doc, String textDigest, Coding c) {
        Optional<CameoEntry> entry = cameo.get(c.code());
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        CameoCode code = new CameoCode(c.code());    // the CAMEO table holds well-formed codes only
        Sentence s = doc.sentences().get(c.sentenceIndex());
        Optional<Plover> p = plover.forCode(c.code());
        Optional<Participant> source = c.source().map(m -> participant(doc, m));
        Optional<Participant> target = c.target().map(m -> participant(doc, m));
        String id = eventId(doc.article().id(), textDigest, c);
        Optional<LocalDate> date = doc.article().date();
        return Optional.of(new Event(id, doc.article().id(), c.sentenceIndex(), s.span(), c.verb(), source, target,
                code, entry.get().goldstein(), p, date, c.pattern(), issues.issuesIn(doc.text(s))));
    }

    private static Participant participant(Document doc, Mention m) {
        return new Participant(m.span(), doc.text(m.span()), m.actor());
    }

    /**
     * A stable id: the first 16 hex digits of SHA-256 over the document id, a digest of the document text, the
     * sentence, the verb offsets, the actor codes and the event code. The text is part of it so that two articles that
     * share an id (two files named alike in different folders, a repeated JSON id) never share event ids.
     *
     * @param textDigest {@link #digest} of the document text, computed once per document
     */
    static String eventId(String docId, String textDigest, Coding c) {
        return digest(docId + "|" + textDigest + "|" + c.sentenceIndex() + "|" + c.verb() + "|" + c.sourceCode() + "|"
                + c.targetCode() + "|" + c.code());
    }

    /** The first 16 hex digits of the SHA-256 of the UTF-8 bytes of {@code s}. */
    static String digest(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer produces() {
        return Layer.EVENTS;
    }
}
