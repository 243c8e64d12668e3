package org.dyad.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Finds attributed statements: direct quotes and reported speech, each with its cue, its speaker and the actor the
 * speaker resolves to.
 *
 * <p>Rules, over POS-tagged tokens without a parser:
 * <ul>
 *   <li>Quoted passages come from {@link QuoteMarks} (straight and curly marks, nesting, quotes over several
 *       paragraphs).</li>
 *   <li>Cues come from {@link AttributionCues}, one hash probe per token; a verb cue must be tagged VERB and lie
 *       outside quotation marks, and a cue inside the content of an earlier cue of its sentence is part of that
 *       content (PolNeAR's univocal reading: one attribution per token).</li>
 *   <li>"X said (that) C", "X told reporters (that) C", "X believes C": the speaker is the noun phrase before the
 *       cue (skipping auxiliaries, adverbs and a time phrase such as "on Thursday"); the content runs from after
 *       the cue (and "that", and the hearer of "told") to the end of the sentence.</li>
 *   <li>"C, X said" and "C, said X": when only a short verbless tail follows the cue (or the speaker after it),
 *       the content is what precedes, from the start of the sentence.</li>
 *   <li>"X, speaking to reporters, added that C": a cue after a comma takes the sentence's opening noun phrase;
 *       ", saying/adding that C" takes the speaker of the sentence's previous cue.</li>
 *   <li>"according to X, C" and "C, according to X".</li>
 *   <li>A quoted passage right before the speaker or right after the cue (only punctuation between) is the
 *       content, as a direct quote; a passage split around the cue ("A," he said, "B.") gives two quotes. A
 *       passage with no cue of its own, shortly after a direct quote, continues that speaker's words.</li>
 *   <li>Speakers: the actor mention on the speaker's head word; for a pronoun ("he", "she", "they") the previous
 *       speaker's actor; for "who" the mention just before it; for a description ("the secretary-general", "the
 *       spokesperson") an earlier speaker whose words contain that title; else any mention in the speaker's
 *       words.</li>
 * </ul>
 * Requires {@link Layer#POS} and {@link Layer#MENTIONS}; produces {@link Layer#QUOTES}. Thread-safe after
 * construction.
 */
public final class QuoteFinder implements Stage {
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow", "week", "month", "year", "morning",
            "afternoon", "evening", "night", "weekend", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "earlier", "later", "recently");
    private static final Set<String> TAGS_ADV_CCONJ_PUNCT_SCONJ = Set.of("ADV", "CCONJ", "PUNCT", "SCONJ");
    private static final Set<String> TAGS_DET_NOUN_PROPN_ADJ_NUM_PRON = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON");
    private static final Set<String> TAGS_DET_ADJ_NUM = Set.of("DET", "ADJ", "NUM");
    private static final Set<String> TAGS_NOUN_PROPN_ADJ = Set.of("NOUN", "PROPN", "ADJ");
    private static final Set<String> TAGS_DET_NOUN_PROPN = Set.of("DET", "NOUN", "PROPN");
    private static final Set<String> TAGS_DET_ADJ_NOUN_PROPN = Set.of("DET", "ADJ", "NOUN", "PROPN");
    private static final Set<String> TAGS_ADV_AUX_PART = Set.of("ADV", "AUX", "PART");
    /** Saying verbs that are never nouns, kept whatever tag the tagger gives them ("the farmer said/NOUN"). */
    private static final Set<String> ALWAYS_VERBS = Set.of("said", "says", "told");
    /** Heads of a source phrase after "in": a poll or survey reports what the people it asked said. */
    private static final Set<String> SURVEY_NOUNS = Set.of("poll", "polls", "survey", "surveys", "polling");
    private static final Set<String> TAGS_NOUN_PROPN = Set.of("NOUN", "PROPN");
    /** Tags that resume a main clause after a relative clause between commas. */
    private static final Set<String> MAIN_VERB_TAGS = Set.of("VERB", "AUX");
    /** Words after which a cue form is a noun. */
    private static final Set<String> NOUN_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your");
    /** Nouns for a record that reports findings: "a poll shows", "Report: …". */
    private static final Set<String> EVIDENCE_NOUNS = Set.of("poll", "polls", "survey", "surveys", "study", "studies",
            "data", "report", "reports", "analysis", "research", "numbers", "figures", "math", "records", "documents");
    private static final Set<String> TAGS_ADP_ADV_SCONJ = Set.of("ADP", "ADV", "SCONJ");
    private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "at", "from", "in", "with", "on");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our", "my", "your");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "it");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");
    /** Tokens after which a noun phrase opens a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ".", ":", ";", "—", "–", "--", "(");
    /** Forms of "be": before a participle cue they make it passive ("was charged"), with no speaker. */
    private static final Set<String> BE_FORMS = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s");
    /** Words that negate the verb they stand before: "has not claimed", "didn't say", "never said". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> LEADING_SKIP = Set.of("that", ",", ":", "—", "–", "-", ";");
    /** A short verbless stretch after a cue ("on Thursday", "in a statement") is not content. */
    private static final int MAX_TAIL = 6;
    /** Chars between a direct quote and the previous one of the same speaker for a cue-less continuation. */
    private static final int CONTINUATION_CHARS = 600;
    /** A quotation with no speaker in reach is kept as a quote when it opens its sentence and has this many words. */
    private static final int MIN_UNATTRIBUTED_WORDS = 6;

    private final AttributionCues cues;

    /** @param cues the attribution-cue lexicon, usually {@link AttributionCues#bundled()} */
    public QuoteFinder(AttributionCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    @Override
    public Document apply(Document doc) {
        List<Quote> quotes = find(doc);
        return doc.withQuotes(doc.has(Layer.TIMEXES) ? dated(doc, quotes) : quotes);
    }

    /**
     * The time of each utterance: a calendar time expression of the quote's sentence outside its content (the
     * reporting clause: "…, the spokesperson said earlier in October" → 2017-10), else the document creation time.
     * A time expression inside the content is what the speaker talks about, not when they spoke.
     */
    static List<Quote> dated(Document doc, List<Quote> quotes) {
        List<org.dyad.time.Timex> timexes = doc.timexes();
        List<Sentence> sentences = doc.sentences();
        Optional<String> documentTime = doc.article().date().map(Object::toString);
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Span sentence = sentences.get(Math.min(q.sentenceIndex(), sentences.size() - 1)).span();
            Optional<String> when = Optional.empty();
            for (org.dyad.time.Timex t : Document.within(timexes, sentence)) {
                if (!q.span().overlaps(t.span()) && t.isCalendarValue()) {
                    when = Optional.of(t.value());
                    break;
                }
            }
            out.add(new Quote(q.id(), q.span(), q.direct(), q.sentenceIndex(), q.cue(), q.speaker(), q.actor(),
                    when.or(() -> documentTime)));
        }
        return out;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer produces() {
        return Layer.QUOTES;
    }

    /**
     * The attributed statements of a document, without adding them.
     *
     * @param doc a document with sentences, POS tags and mentions
     * @return quotes in order of their content's start
     */
    public List<Quote> find(Document doc) {
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Span> passages = QuoteMarks.passages(text, sentences.get(0).start(),
                sentences.get(sentences.size() - 1).end());
        boolean[] claimed = new boolean[passages.size()];
        Resolver resolver = new Resolver(doc);
        byte[] key = documentKey(doc);
        List<Quote> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            new SentenceReader(doc, key, sentence, passages, claimed, resolver, out).read(false);
        }
        addContinuations(doc, key, passages, claimed, out);
        // quoted passages nobody is credited with may report speech themselves ("As we said, Kerry said that…")
        for (Sentence sentence : sentences) {
            new SentenceReader(doc, key, sentence, passages, claimed, resolver, out).read(true);
        }
        out.sort(Comparator.comparing(Quote::span));
        return List.copyOf(out);
    }

    /** Quoted passages no cue claimed: a continuation of the previous direct speaker when close after it. */
    private static void addContinuations(Document doc, byte[] key, List<Span> passages, boolean[] claimed, List<Quote> out) {
        List<Quote> direct = out.stream().filter(Quote::direct).sorted(Comparator.comparing(Quote::span)).toList();
        List<Quote> added = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            if (claimed[p]) {
                continue;
            }
            Span passage = passages.get(p);
            Quote previous = null;
            for (Quote q : direct) {
                if (q.span().end() <= passage.start()) {
                    previous = q;
                }
            }
            for (Quote q : added) {
                if (q.span().end() <= passage.start() && (previous == null || q.start() > previous.start())) {
                    previous = q;
                }
            }
            if (!opensSentence(doc, passage)) {
                continue;
            }
            boolean continues = previous != null && previous.speaker().isPresent()
                    && passage.start() - previous.span().end() <= CONTINUATION_CHARS;
            if (!continues && words(doc.text(), passage) < MIN_UNATTRIBUTED_WORDS) {
                continue;
            }
            // a quotation standing alone, far from any speaker, is still a quote: its speaker is unknown
            Quote q = new Quote(id(key, passage), passage, true, sentenceAt(doc, passage.start()), Optional.empty(),
                    continues ? previous.speaker() : Optional.empty(),
                    continues ? previous.actor() : Optional.empty(), Optional.empty());
            added.add(q);
            claimed[p] = true;
        }
        out.addAll(added);
    }

    private static int words(String text, Span span) {
        int n = 0;
        boolean inWord = false;
        for (int k = span.start(); k < span.end(); k++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(k));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter;
        }
        return n;
    }

    /** True when only punctuation and spaces come between the passage's sentence start and the passage. */
    private static boolean opensSentence(Document doc, Span passage) {
        Sentence sentence = doc.sentences().get(sentenceAt(doc, passage.start()));
        for (int k = sentence.start(); k < passage.start(); k++) {
            if (Character.isLetterOrDigit(doc.text().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    static int sentenceAt(Document doc, int offset) {
        List<Sentence> sentences = doc.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.get(lo).index();
    }

    /** SHA-256 over the document id and text, computed once per document: the key of its quote ids. */
    static byte[] documentKey(Document doc) {
        MessageDigest sha = sha256();
        sha.update(doc.article().id().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(doc.text().getBytes(StandardCharsets.UTF_8));
        return sha.digest();
    }

    /** A quote id: the first 16 hex digits of SHA-256 over the document key and the content offsets. */
    static String id(byte[] documentKey, Span content) {
        MessageDigest sha = sha256();
        sha.update(documentKey);
        sha.update((":" + content.start() + "-" + content.end()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A noun phrase as token indices of one sentence: [from, to), and the index of its head word. */
    private record Phrase(int from, int to, int head) {
    }

    /** Reads the statements of one sentence. */
    private final class SentenceReader {
        private final Document doc;
        private final byte[] key;
        private final String text;
        private final Sentence sentence;
        private final List<Token> t;
        private final List<Span> passages;
        private final boolean[] claimed;
        private final Resolver resolver;
        private final List<Quote> out;
        /** Per token, the passage holding it or -1; a cue reads only the tokens of its own zone. */
        private final int[] passageOf;
        /** Per token, whether it lies outside the zone of the cue being read (set by {@link #zone}). */
        private final boolean[] quoted;
        private int clauseStart;
        /** Whether the cue being read is nested in an earlier content: its own content ends at a comma. */
        private boolean nestedContent;
        /** First token of the last right-hand content emitted outside quotation marks, or -1. */
        private int rightFrom = -1;
        /** Token index a right-hand content stops before: the sentence's end unless a relative clause ends sooner. */
        private int limit;
        private boolean inside;
        private Phrase lastSpeaker;

        SentenceReader(Document doc, byte[] key, Sentence sentence, List<Span> passages, boolean[] claimed, Resolver resolver,
                       List<Quote> out) {
            this.doc = doc;
            this.key = key;
            this.text = doc.text();
            this.sentence = sentence;
            this.t = doc.tokensIn(sentence);
            this.passages = passages;
            this.claimed = claimed;
            this.resolver = resolver;
            this.out = out;
            this.passageOf = new int[t.size()];
            this.limit = t.size();
            this.quoted = new boolean[t.size()];
            for (int i = 0; i < t.size(); i++) {
                passageOf[i] = passageHolding(t.get(i).start());
            }
        }

        /**
         * Reads the cues outside quotation marks, or with {@code inQuotes} those inside passages no cue claimed.
         */
        void read(boolean inQuotes) {
            zone(-1);
            int consumed = inQuotes ? 0 : colonLead();
            if (!inQuotes && consumed == 0) {
                consumed = closingSource();
            }
            if (!inQuotes && consumed == 0) {
                consumed = closingReport();
            }
            for (int i = 0; i < t.size(); i++) {
                if ((i < consumed && !nested(i)) || (inQuotes ? passageOf[i] < 0 || claimed[passageOf[i]]
                        : passageOf[i] >= 0)) {
                    continue;
                }
                Optional<AttributionCue> found = cues.at(t, i);
                if (found.isEmpty()) {
                    continue;
                }
                AttributionCue cue = found.get();
                if (cue.role() != AttributionCue.Role.PREP && !"VERB".equals(t.get(i).tag()) && !titleCaseVerb(i)
                        && !ALWAYS_VERBS.contains(lower(i)) && !verbAfterName(i)) {
                    continue;
                }
                if (cue.role() != AttributionCue.Role.PREP && i > 0 && (NOUN_DETERMINERS.contains(lower(i - 1))
                        || isPossessive(i - 1))) {
                    continue; // a noun: "his remarks", "the claims", "Ortiz's comments"
                }
                int next = i + cue.words().size();
                if (next < t.size() && t.get(next).text().equalsIgnoreCase("by")) {
                    continue; // passive or participle: "the strategy announced by the president"
                }
                zone(passageOf[i]);
                nestedContent = i < consumed;
                int end = attribute(cue, i, i + cue.words().size());
                nestedContent = false;
                zone(-1);
                consumed = Math.max(consumed, end);
            }
        }

        /**
         * A source phrase that closes the sentence ("…, according to the agency's report.", "… in a new poll.")
         * governs everything before it, reporting verbs included: PolNeAR gives each token to one attribution, and
         * the outermost one is the source named last.
         *
         * @return the number of tokens consumed: the whole sentence when such a phrase is found, else 0
         */
        private int closingSource() {
            for (int i = t.size() - 1; i > 1; i--) {
                if (passageOf[i] >= 0) {
                    continue;
                }
                Optional<AttributionCue> found = cues.at(t, i);
                if (found.isEmpty() || found.get().role() != AttributionCue.Role.PREP) {
                    continue;
                }
                Phrase source = rightPhrase(i + found.get().words().size());
                if (source == null || !sourceNoun(found.get(), source)) {
                    continue;
                }
                boolean closes = isTail(source.to) && onlyPunctuationTokens(source.to);
                // "according to" followed by more about its source ("according to people close to the campaign",
                // "according to a report released Thursday") still governs, unless a saying verb follows
                if (!closes && (found.get().lemma().equals("in") || sayingAfter(source.to))) {
                    continue;
                }
                boolean words = false;
                for (int k = 0; k < i; k++) {
                    words |= !"PUNCT".equals(t.get(k).tag()) && passageOf[k] < 0;
                }
                if (!words) {
                    return 0;
                }
                zone(-1);
                attribute(found.get(), i, i + found.get().words().size());
                return t.size();
            }
            return 0;
        }

        /**
         * A reporting clause closing the sentence after a comma ("Police accused the protesters of burning tyres,
         * officials said."; "…, said a spokesperson.") governs everything before it, the earlier cue included:
         * PolNeAR gives each token to one attribution, and the outermost is the one named last. Read here only
         * when another verb cue stands before the comma; a sentence without one is read as usual.
         *
         * @return the number of tokens consumed: the whole sentence when such a clause is found, else 0
         */
        private int closingReport() {
            int comma = -1;
            for (int k = t.size() - 1; k > 0 && passageOf[k] < 0; k--) {
                if (t.get(k).text().equals(",")) {
                    comma = k;
                    break;
                }
            }
            if (comma < 1 || comma + 2 >= t.size()) {
                return 0;
            }
            zone(-1);
            int cueAt = -1;
            Optional<AttributionCue> inverted = cues.at(t, comma + 1);
            if (inverted.isPresent() && inverted.get().role() == AttributionCue.Role.SAY) {
                Phrase speaker = rightPhrase(comma + 1 + inverted.get().words().size());
                cueAt = speaker != null && isTail(speaker.to) ? comma + 1 : -1;
            } else {
                Phrase subject = rightPhrase(comma + 1);
                int j = subject == null ? t.size() : subject.to;
                while (j < t.size() && TAGS_ADV_AUX_PART.contains(t.get(j).tag()) && !NEGATIONS.contains(lower(j))) {
                    j++;
                }
                Optional<AttributionCue> cue = j < t.size() ? cues.at(t, j) : Optional.empty();
                if (cue.isPresent() && (cue.get().role() == AttributionCue.Role.SAY
                        || cue.get().role() == AttributionCue.Role.TELL)) {
                    int after = j + cue.get().words().size();
                    int rightFrom = cue.get().role() == AttributionCue.Role.TELL ? skipHearer(after) : after;
                    cueAt = isTail(rightFrom) ? j : -1;
                }
            }
            if (cueAt < 0 || !verbCueBefore(comma)) {
                return 0;
            }
            AttributionCue cue = cues.at(t, cueAt).orElseThrow();
            attribute(cue, cueAt, cueAt + cue.words().size());
            return t.size();
        }

        /** Whether a verb cue stands outside quotation marks before token {@code end}. */
        private boolean verbCueBefore(int end) {
            for (int k = 0; k < end; k++) {
                if (passageOf[k] < 0 && "VERB".equals(t.get(k).tag()) && cues.at(t, k)
                        .filter(c -> c.role() != AttributionCue.Role.PREP).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a saying or telling cue comes at or after token {@code from} outside quotation marks. */
        private boolean sayingAfter(int from) {
            for (int k = from; k < t.size(); k++) {
                if (passageOf[k] < 0 && cues.at(t, k).map(c -> c.role() == AttributionCue.Role.SAY
                        || c.role() == AttributionCue.Role.TELL).orElse(false)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether only punctuation follows token {@code from} to the end of the sentence. */
        private boolean onlyPunctuationTokens(int from) {
            for (int k = from; k < t.size(); k++) {
                if (!"PUNCT".equals(t.get(k).tag())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a preposition cue's phrase names a source: always for "according to"; for "in" only a poll or
         * survey ("in a new poll", "in the latest surveys"), since "in" mostly names places and times.
         */
        private boolean sourceNoun(AttributionCue cue, Phrase source) {
            return !cue.lemma().equals("in") || SURVEY_NOUNS.contains(lower(source.head));
        }

        /**
         * A headline or lead naming its source before a colon ("Sanders: the message could draw support", "The
         * minister: \"…\""): a short noun phrase with a proper noun, the colon, then at least three words.
         *
         * @return the token index the content reaches, 0 when the sentence does not open this way
         */
        private int colonLead() {
            // "Poll: …", whatever tag the tagger gives a one-word headline label
            boolean label = t.size() > 2 && EVIDENCE_NOUNS.contains(lower(0)) && t.get(1).text().equals(":");
            Phrase source = label ? new Phrase(0, 1, 0) : rightPhrase(0);
            if (source == null || source.to >= t.size() - 3 || source.to > 7 || !t.get(source.to).text().equals(":")) {
                return 0;
            }
            boolean proper = source.to - source.from == 1 && EVIDENCE_NOUNS.contains(lower(source.head));
            for (int k = source.from; k < source.to; k++) {
                proper |= t.get(k).tag().equals("PROPN");
            }
            if (!proper) {
                return 0;
            }
            Token colon = t.get(source.to);
            Cue cue = new Cue(colon.span(), ":", Stance.ASSERTS);
            int right = passageAfter(colon.end());
            if (right >= 0) {
                emitPassage(right, cue, source);
                return t.size();
            }
            return emitRight(cue, source, source.to + 1);
        }

        /**
         * A capitalised saying verb between capitalised words, as in a title-case headline ("County Says Trump
         * Should Win"), where the tagger reads it as a proper noun.
         */
        private boolean titleCaseVerb(int i) {
            String w = t.get(i).text();
            return i > 0 && i + 1 < t.size() && Character.isUpperCase(w.charAt(0))
                    && "PROPN".equals(t.get(i).tag()) && Character.isUpperCase(t.get(i - 1).text().charAt(0))
                    && Character.isUpperCase(t.get(i + 1).text().charAt(0))
                    && cues.at(t, i).map(c -> c.role() == AttributionCue.Role.SAY).orElse(false);
        }

        /**
         * A cue form the tagger read as a noun or adjective that is the verb: any form right after a record of
         * findings ("the poll shows…", "the study found…"); an inflected form ("-s", "-ed") right after a name or
         * a subject pronoun that no determiner precedes ("Ortiz responds to…", "she laments…"), where the name
         * cannot be the noun's modifier.
         */
        private boolean verbAfterName(int i) {
            String w = lower(i);
            if (i == 0 || quoted[i - 1]) {
                return false;
            }
            if (EVIDENCE_NOUNS.contains(lower(i - 1))) {
                return true; // "a poll shows/NOUN", "the study found/NOUN"
            }
            if (!(w.endsWith("s") || w.endsWith("ed"))) {
                return false;
            }
            Token prev = t.get(i - 1);
            boolean name = prev.tag().equals("PROPN")
                    || prev.tag().equals("PRON") && PERSONAL_PRONOUNS.contains(lower(i - 1));
            boolean determined = i >= 2 && (t.get(i - 2).tag().equals("DET") || isPossessive(i - 2)
                    || POSSESSIVE_PRONOUNS.contains(lower(i - 2)));
            return name && !determined && !(i + 1 < t.size() && t.get(i + 1).tag().equals("VERB"));
        }

        /**
         * The sentence's opening noun phrase when a verb, auxiliary or adverb follows it: its subject. An opening
         * adverbial ending in a comma ("By the end of the day, the senator …") is skipped, and a capitalised word
         * the tagger read as an adjective or verb stands for a name ("Ortiz/ADJ called …").
         */
        private Phrase openingSubject() {
            Phrase subject = subjectAt(0);
            if (subject == null && !t.isEmpty() && TAGS_ADP_ADV_SCONJ.contains(t.get(0).tag())) {
                for (int k = 1; k < t.size() - 1 && k <= 12 && !quoted[k]; k++) {
                    if (t.get(k).text().equals(",")) {
                        return subjectAt(k + 1);
                    }
                }
            }
            return subject;
        }

        private Phrase subjectAt(int from) {
            int k = from;
            while (k < t.size() && TAGS_ADV_CCONJ_PUNCT_SCONJ.contains(t.get(k).tag())) {
                k++;
            }
            Phrase subject = rightPhrase(k);
            if (subject == null && k + 1 < t.size() && !quoted[k] && Character.isUpperCase(t.get(k).text().charAt(0))
                    && (t.get(k).tag().equals("ADJ") || t.get(k).tag().equals("VERB"))) {
                subject = new Phrase(k, k + 1, k);
            }
            if (subject == null || subject.to >= t.size()) {
                return null;
            }
            String next = t.get(subject.to).tag();
            return next.equals("VERB") || next.equals("AUX") || next.equals("ADV") ? subject : null;
        }

        /**
         * Reads from inside one zone: outside quotation marks (-1), or inside one quoted passage, where a quoted
         * speaker reports someone else ("As we explained, Kerry said that…"); tokens of other zones are fenced off.
         */
        private void zone(int passage) {
            for (int k = 0; k < t.size(); k++) {
                quoted[k] = passageOf[k] != passage;
            }
            inside = passage >= 0;
        }

        /**
         * Whether the cue at {@code i}, inside the right-hand content of an earlier cue, is a nested attribution
         * of its own: a saying verb (not a participle, not passive) with its own subject inside that content ("said
         * the plan, which critics say is costly, would pass"; "in a finish that he said defied expectations"), as
         * PolNeAR annotates it. Verbs of belief inside a content stay part of it ("said she hopes …").
         */
        private boolean nested(int i) {
            if (rightFrom < 0 || i <= rightFrom || passageOf[i] >= 0) {
                return false;
            }
            Optional<AttributionCue> cue = cues.at(t, i);
            if (cue.isEmpty() || cue.get().role() == AttributionCue.Role.PREP
                    || cue.get().role() == AttributionCue.Role.THINK || lower(i).endsWith("ing")
                    || !("VERB".equals(t.get(i).tag()) || ALWAYS_VERBS.contains(lower(i)))) {
                return false; // a participle modifies a noun ("a letter asking …", "lawsuits alleging …")
            }
            for (int k = i - 1; k >= 0 && TAGS_ADV_AUX_PART.contains(t.get(k).tag()); k--) {
                if (BE_FORMS.contains(lower(k))) {
                    return false; // a passive: "the staffer was charged", "those requests were denied"
                }
            }
            Phrase subject = leftSubject(i);
            return subject != null && subject.from >= rightFrom;
        }

        /** Finds the statement of the cue at [i, after); returns the token index its content reaches. */
        private int attribute(AttributionCue cue, int i, int after) {
            limit = t.size();
            Cue found = new Cue(new Span(t.get(i).start(), t.get(after - 1).end()), cue.lemma(), cue.stance());
            if (cue.role() == AttributionCue.Role.PREP) {
                return according(cue, found, i, after);
            }
            if ((cue.role() == AttributionCue.Role.SAY || cue.role() == AttributionCue.Role.TELL) && negated(i)) {
                return after; // "the ministry has not claimed …", "she never said …": no statement was made
            }
            Phrase subject = leftSubject(i);
            if (subject == null) {
                subject = apposition(i);
            }
            if (inside && subject != null && subject.to - subject.from == 1
                    && FIRST_SECOND_PERSON.contains(lower(subject.from))) {
                // "I think", "you know" inside a quotation: the quoted speaker's own words, not a report
                return after;
            }
            if (subject != null && subject.to - subject.from == 1 && RELATIVE_PRONOUNS.contains(lower(subject.from))) {
                subject = relative(subject, after);
            }
            if (subject != null) {
                if (cue.role() == AttributionCue.Role.THINK) {
                    return emitRight(found, subject, contentStart(after, true), 1);
                }
                int rightFrom = cue.role() == AttributionCue.Role.TELL ? skipHearer(after) : after;
                int left = passageBefore(t.get(subject.from).start());
                if (left < 0 && isTail(rightFrom)) {
                    left = passageAcross(t.get(subject.from).start());
                }
                int right = passageAfter(t.get(rightFrom - 1).end());
                if (left >= 0 || right >= 0) {
                    emitPassage(left, found, subject);
                    emitPassage(right, found, subject);
                    return right >= 0 ? t.size() : after;
                }
                if (isTail(rightFrom)) {
                    emitLeft(found, subject, subject.from);
                    clauseStart = after;
                    return after;
                }
                return emitRight(found, subject, contentStart(rightFrom, true));
            }
            int before = i - 1;
            while (before >= 0 && "ADV".equals(t.get(before).tag())) {
                before--;
            }
            boolean auxiliary = false;
            while (before >= 0 && !quoted[before] && TAGS_ADV_AUX_PART.contains(t.get(before).tag())) {
                auxiliary = true; // "Ruiz, who won in May, has long argued that C"
                before--;
            }
            if (before >= 0 && "CCONJ".equals(t.get(before).tag())) {
                // "X praised the plan and said C": the speaker is the subject of the first verb
                Phrase speaker = lastSpeaker != null ? lastSpeaker : openingSubject();
                if (speaker == null || speaker.to > before) {
                    return after;
                }
                int rightFrom = cue.role() == AttributionCue.Role.TELL ? skipHearer(after) : after;
                int right = passageAfter(t.get(rightFrom - 1).end());
                if (right >= 0) {
                    emitPassage(right, found, speaker);
                    return t.size();
                }
                return emitRight(found, speaker, contentStart(rightFrom, true), minimumWords(cue));
            }
            if (before < 0 || !"PUNCT".equals(t.get(before).tag())) {
                return after;
            }
            boolean think = cue.role() == AttributionCue.Role.THINK;
            Phrase inverted = auxiliary || think ? null : rightPhrase(after);
            if (inverted != null && (isTail(inverted.to) || describedAfter(inverted.to))) {
                int left = passageBefore(t.get(i).start());
                if (left >= 0) {
                    emitPassage(left, found, inverted);
                    int right = passageAfter(t.get(inverted.to - 1).end());
                    emitPassage(right, found, inverted);
                    return right >= 0 ? t.size() : inverted.to;
                }
                emitLeft(found, inverted, i);
                clauseStart = inverted.to;
                return inverted.to;
            }
            Phrase speaker = t.get(i).text().toLowerCase(Locale.ROOT).endsWith("ing") ? lastSpeaker : null;
            if (speaker == null) {
                Phrase opening = rightPhrase(0);
                if (opening != null && opening.to < i && ",".equals(t.get(opening.to).text())) {
                    speaker = opening;
                } else if (t.get(i).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
                    Phrase opener = openingSubject();
                    speaker = opener != null && opener.to < i ? opener : null;
                }
            }
            if (speaker == null && t.get(before).text().equals(",")) {
                speaker = lower(i).endsWith("ing") ? mainSubject(before) : parentheticalSubject(before);
            }
            if (speaker == null) {
                return after;
            }
            int rightFrom = cue.role() == AttributionCue.Role.TELL ? skipHearer(after) : after;
            int right = passageAfter(t.get(rightFrom - 1).end());
            if (right >= 0) {
                emitPassage(right, found, speaker);
                return t.size();
            }
            return emitRight(found, speaker, contentStart(rightFrom, true), minimumWords(cue));
        }

        /** Whether a negation ("not", "n't", "never") stands among the auxiliaries and adverbs right before the cue. */
        private boolean negated(int cue) {
            for (int k = cue - 1; k >= 0 && !quoted[k] && TAGS_ADV_AUX_PART.contains(t.get(k).tag()); k--) {
                if (NEGATIONS.contains(lower(k).replace('’', '\''))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the content from token {@code from} is a plain object of a cue that takes one ({@link
         * AttributionCues#takesPlainObject}): a noun phrase (after "with", "on" or "to" perhaps) that no verb,
         * "that", "as", "for", colon or quotation follows ("welcomed the delegation on Monday", "agreed on a ceasefire").
         */
        private boolean plainObject(Cue cue, int from) {
            if (!AttributionCues.takesPlainObject(cue.lemma()) || from >= t.size() || quoted[from]
                    || (from > 0 && lower(from - 1).equals("that"))) {
                return false;
            }
            int k = from;
            if (t.get(k).tag().equals("ADP") && k + 1 < t.size()) {
                k++;
            }
            Phrase object = rightPhrase(k);
            if (object == null || t.get(object.head).tag().equals("PRON") && object.to < t.size()
                    && MAIN_VERB_TAGS.contains(t.get(object.to).tag())) {
                return false; // "agreed to hold talks", "agreed they would meet"
            }
            for (int j = object.to; j < t.size(); j++) {
                String w = lower(j);
                if (quoted[j] || passageOf[j] >= 0 || w.equals("that") || w.equals("as") || w.equals("for")
                        || w.equals(":")
                        || (j == object.to && MAIN_VERB_TAGS.contains(t.get(j).tag()))) {
                    // "rejected claims that …", "praised the deal as …", "thanked voters for …", "agreed the talks should …"
                    return false;
                }
                if (t.get(j).tag().equals("PUNCT") && !w.equals(".")) {
                    break;
                }
            }
            return true;
        }

        /**
         * The subject before a parenthesis between commas that ends at the comma {@code comma} before a cue: "Reid,
         * who endorsed Clinton in February, reiterated …"; "But Crawford, who recalled …, said …"; "Grassley,
         * facing a challenge in Iowa, a swing state, said …". The nearest earlier comma (within 40 tokens) whose
         * parenthesis opens like one (a relative pronoun, a noun phrase, a participle, "including") and whose
         * noun phrase before it opens a clause. Null when there is none.
         */
        private Phrase parentheticalSubject(int comma) {
            for (int o = comma - 1; o > 0 && comma - o <= 40 && !quoted[o]; o--) {
                if (!t.get(o).text().equals(",") || o + 1 >= comma) {
                    continue;
                }
                String open = t.get(o + 1).tag();
                String w = lower(o + 1);
                boolean parenthesis = RELATIVE_PRONOUNS.contains(w) || w.equals("whose") || w.equals("including")
                        || TAGS_DET_ADJ_NOUN_PROPN.contains(open) || open.equals("NUM")
                        || (open.equals("VERB") && (w.endsWith("ing") || w.endsWith("ed")));
                Phrase subject = parenthesis ? leftSubject(o) : null;
                if (subject != null && opensClause(subject.from)) {
                    return subject;
                }
            }
            return null;
        }

        /**
         * The subject of the sentence's main verb, for a participle cue after a comma ("Clinton tried to expand on
         * her statement, saying …"; "Jeffries (D-N.Y.) reacted to the news, saying: …"): the first verb before
         * {@code comma} whose subject opens a clause. Null when there is none.
         */
        private Phrase mainSubject(int comma) {
            for (int k = 1; k < comma; k++) {
                if (quoted[k] || !MAIN_VERB_TAGS.contains(t.get(k).tag())) {
                    continue;
                }
                Phrase subject = leftSubject(k);
                if (subject != null && subject.to <= k && opensClause(subject.from)) {
                    return subject;
                }
            }
            return null;
        }

        /** Whether a phrase starting at token {@code from} opens a clause: the sentence's start, or after a comma,
         * a colon, a dash, a conjunction, or an abbreviation's full stop ("Sen. Ada Ross"). */
        private boolean opensClause(int from) {
            if (from == 0) {
                return true;
            }
            Token b = t.get(from - 1);
            return CLAUSE_OPENERS.contains(b.text()) || b.tag().equals("CCONJ") || b.tag().equals("SCONJ")
                    || (from == 1 && b.tag().equals("ADV"));
        }

        private int according(AttributionCue lexical, Cue cue, int i, int after) {
            Phrase source = rightPhrase(after);
            if (source == null || !sourceNoun(lexical, source)) {
                return after;
            }
            boolean opening = true;
            for (int k = clauseStart; k < i; k++) {
                String tag = t.get(k).tag();
                opening &= tag.equals("ADV") || tag.equals("CCONJ") || tag.equals("PUNCT");
            }
            if (opening) {
                return emitRight(cue, source, contentStart(source.to, true));
            }
            int left = passageBefore(t.get(i).start());
            if (left >= 0) {
                emitPassage(left, cue, source);
                return source.to;
            }
            emitLeft(cue, source, i);
            return source.to;
        }

        private static int minimumWords(AttributionCue cue) {
            return cue.role() == AttributionCue.Role.THINK ? 1 : 2;
        }

        /** First token of a right-hand content: after "that", commas and colons. */
        private int contentStart(int from, boolean skipThat) {
            int k = from;
            while (k < t.size() && (LEADING_SKIP.contains(t.get(k).text().toLowerCase(Locale.ROOT))
                    && (skipThat || !t.get(k).text().equalsIgnoreCase("that")))) {
                k++;
            }
            return k;
        }

        /** After "told": the hearer ("reporters", "the BBC") up to "that", a comma or a colon. */
        private int skipHearer(int after) {
            Phrase hearer = rightPhrase(after);
            if (hearer == null) {
                return after;
            }
            int k = hearer.to;
            return k < t.size() && (t.get(k).text().equalsIgnoreCase("that") || t.get(k).text().equals(",")
                    || t.get(k).text().equals(":")) ? k : hearer.to;
        }

        private int emitRight(Cue cue, Phrase speaker, int from) {
            return emitRight(cue, speaker, from, 2);
        }

        /** A content of at least {@code minimum} words from {@code from} to the end of the sentence. */
        private int emitRight(Cue cue, Phrase speaker, int from, int minimum) {
            int stop = limit;
            limit = t.size();
            if (plainObject(cue, from)) {
                return from;
            }
            int end = from;
            while (end < stop && (!inside || !quoted[end]) && !(nestedContent && t.get(end).text().equals(","))) {
                end++;
            }
            int cut = coordinationCut(from, end);
            int to = trimEnd(from, cut);
            if (to - from < minimum) {
                return from;
            }
            Span content = new Span(t.get(from).start(), t.get(to - 1).end());
            emit(content, false, cue, speaker);
            claimInside(content);
            rightFrom = inside ? -1 : from;
            return cut < end ? cut : stop;
        }

        /**
         * Where a right-hand content stops before a coordinated clause the cue does not govern: "and"/"but"
         * before a saying verb in its reporting form ("said the talks had failed and called for elections": the
         * speaker's next act, read as a cue of its own), or a comma and "and"/"but" before a clause with a subject
         * of its own ("said the talks had failed, and the army launched an offensive"). A pronoun subject ("…, but
         * he would try again") may still be the speaker's words and does not stop it.
         *
         * @return the token index the content stops before; {@code end} when nothing stops it
         */
        private int coordinationCut(int from, int end) {
            for (int k = from + 1; k + 1 < end; k++) {
                String w = lower(k);
                if (passageOf[k] >= 0 || !t.get(k).tag().equals("CCONJ") || !(w.equals("and") || w.equals("but"))) {
                    continue;
                }
                int m = k + 1;
                while (m < end && t.get(m).tag().equals("ADV")) {
                    m++;
                }
                if (m < end && "VERB".equals(t.get(m).tag())) {
                    Optional<AttributionCue> next = cues.at(t, m);
                    String form = lower(m);
                    if (next.isPresent() && next.get().role() != AttributionCue.Role.PREP
                            && !form.equals(next.get().lemma()) && !form.endsWith("ing")) {
                        return k;
                    }
                }
                if (t.get(k - 1).text().equals(",")) {
                    Phrase subject = rightPhrase(k + 1);
                    if (subject != null && subject.to < end && !t.get(subject.head).tag().equals("PRON")
                            && MAIN_VERB_TAGS.contains(t.get(subject.to).tag())) {
                        return k - 1;
                    }
                }
            }
            return end;
        }

        /**
         * The speaker of a relative clause. Restrictive ("voters who say C", "a memo that said C"): the noun
         * phrase the pronoun follows, with the pronoun. Between commas ("Ruiz, who said C, added that D"): the
         * pronoun, and the content stops at the comma after which the main clause's verb resumes, so that the
         * main clause's own cue is read.
         */
        private Phrase relative(Phrase pronoun, int after) {
            int before = pronoun.from - 1;
            if (before >= 0 && !quoted[before] && TAGS_NOUN_PROPN.contains(t.get(before).tag())) {
                Phrase antecedent = leftSubject(pronoun.from);
                return antecedent == null ? pronoun : new Phrase(antecedent.from, pronoun.to, pronoun.head);
            }
            if (before >= 0 && t.get(before).text().equals(",")) {
                for (int k = after; k + 1 < t.size() && !quoted[k]; k++) {
                    if (t.get(k).text().equals(",") && MAIN_VERB_TAGS.contains(t.get(k + 1).tag())
                            && !lower(k + 1).endsWith("ing")) {
                        limit = k;
                        break;
                    }
                }
            }
            return pronoun;
        }

        /** Quoted words inside reported speech are part of it, never a quote of their own. */
        private void claimInside(Span content) {
            for (int p = 0; p < passages.size(); p++) {
                if (passages.get(p).overlaps(content)) {
                    claimed[p] = true;
                }
            }
        }

        private int emitLeft(Cue cue, Phrase speaker, int before) {
            int from = clauseStart;
            while (from < before && (LEADING_SKIP.contains(t.get(from).text()) || isMarkToken(from)
                    || (inside && quoted[from]))) {
                from++;
            }
            int to = trimEnd(from, before);
            if (to - from >= 2) {
                Span content = new Span(t.get(from).start(), t.get(to - 1).end());
                emit(content, false, cue, speaker);
                claimInside(content);
            }
            return before;
        }

        private void emitPassage(int passage, Cue cue, Phrase speaker) {
            if (passage < 0 || claimed[passage]) {
                return;
            }
            claimed[passage] = true;
            emit(passages.get(passage), true, cue, speaker);
        }

        private void emit(Span content, boolean direct, Cue cue, Phrase speaker) {
            Span speakerSpan = new Span(t.get(speaker.from).start(), t.get(speaker.to - 1).end());
            Optional<Mention> actor = resolver.resolve(t, speaker, speakerSpan, sentence);
            out.add(new Quote(id(key, content), content, direct, sentenceAt(doc, content.start()), Optional.of(cue),
                    Optional.of(speakerSpan), actor, Optional.empty()));
            lastSpeaker = speaker;
        }

        private int trimEnd(int from, int to) {
            int e = to;
            while (e > from && ("PUNCT".equals(t.get(e - 1).tag()) || isMarkToken(e - 1))
                    && !t.get(e - 1).text().equals("?") && !t.get(e - 1).text().equals(")")) {
                e--;
            }
            return e;
        }

        private boolean isMarkToken(int k) {
            String w = t.get(k).text();
            return w.length() == 1 && QuoteMarks.isMark(w.charAt(0)) || w.equals("``") || w.equals("''");
        }

        /** A verbless stretch of at most {@link #MAX_TAIL} words to the end of the sentence. */
        private boolean isTail(int from) {
            int first = from;
            while (first < t.size() && t.get(first).tag().equals("PUNCT") && !t.get(first).text().equals(",")) {
                first++;
            }
            if (first < t.size() && TAGS_DET_NOUN_PROPN_ADJ_NUM_PRON.contains(t.get(first).tag())
                    && !TIME_WORDS.contains(lower(first))) {
                return false; // an object: "rejected the offer", "denied the allegations"
            }
            int words = 0;
            for (int k = from; k < t.size(); k++) {
                String tag = t.get(k).tag();
                if (quoted[k]) {
                    return false;
                }
                if (tag.equals("PUNCT")) {
                    if (t.get(k).text().equals(",") && words == 0 && k > from) {
                        continue;
                    }
                    continue;
                }
                if (tag.equals("VERB") || tag.equals("AUX") || tag.equals("SCONJ") || ++words > MAX_TAIL) {
                    return false;
                }
            }
            return true;
        }

        /**
         * A comma right after an inverted speaker opens an apposition or relative clause about that speaker ("…,"
         * said Ana Ruiz, a nurse who voted early): the speaker still ends the reporting clause.
         */
        private boolean describedAfter(int k) {
            return k < t.size() && !quoted[k] && t.get(k).text().equals(",");
        }

        /** The subject before a cue: skips auxiliaries, adverbs and a time phrase. */
        private Phrase leftSubject(int cue) {
            int j = skipModifiers(cue - 1);
            while (j >= 0 && TIME_WORDS.contains(lower(j))) {
                int k = j;
                while (k - 1 >= 0 && (TIME_WORDS.contains(lower(k - 1)) || TAGS_DET_ADJ_NUM
                        .contains(t.get(k - 1).tag()))) {
                    k--;
                }
                if (k - 1 >= 0 && "ADP".equals(t.get(k - 1).tag())) {
                    k--;
                }
                j = skipModifiers(k - 1);
            }
            if (j < 0 || quoted[j]) {
                return null;
            }
            int last = j;
            if (t.get(j).text().equals(")")) {
                // a parenthesis closing the subject: "Sen. Ada Ross (D-Ore.) said"
                int open = j - 1;
                while (open > 0 && j - open <= 8 && !quoted[open] && !t.get(open).text().equals("(")) {
                    open--;
                }
                if (open <= 0 || quoted[open] || !t.get(open).text().equals("(")) {
                    return null;
                }
                j = open - 1;
            }
            String tag = nominalVerb(j) ? "NOUN" : t.get(j).tag();
            if (tag.equals("ADJ") && Character.isUpperCase(t.get(j).text().charAt(0)) && j == cue - 1) {
                tag = "PROPN"; // a name the tagger read as an adjective: "Ferre/ADJ said"
            }
            if (tag.equals("PRON")) {
                return POSSESSIVE_PRONOUNS.contains(lower(j)) && !lower(j).equals("her") ? null : new Phrase(j, j + 1, j);
            }
            if (!tag.equals("NOUN") && !tag.equals("PROPN") && !tag.equals("NUM") && !tag.equals("ADJ")) {
                return null;
            }
            int k = j;
            while (k - 1 >= 0 && !quoted[k - 1]) {
                Token w = t.get(k - 1);
                String wt = w.tag();
                String lw = lower(k - 1);
                if (wt.equals("DET") || wt.equals("ADJ") || wt.equals("NOUN") || wt.equals("PROPN")
                        || wt.equals("NUM") || isPossessive(k - 1) || POSSESSIVE_PRONOUNS.contains(lw)
                        || isHyphen(k - 1) || lw.equals("those")) {
                    k--;
                } else if ((CONNECTORS.contains(lw) || lw.equals("and") || lw.equals("to")) && k - 2 >= 0
                        && TAGS_NOUN_PROPN_ADJ.contains(t.get(k - 2).tag()) && !quoted[k - 2]) {
                    k--;
                } else {
                    break;
                }
            }
            if (tag.equals("ADJ")) {
                // "the secretary general" is tagged DET ADJ ADJ: an adjective heads a subject only after a
                // determiner or a noun
                boolean nominal = false;
                for (int m = k; m < j; m++) {
                    nominal |= TAGS_DET_NOUN_PROPN.contains(t.get(m).tag()) || isPossessive(m);
                }
                if (!nominal) {
                    return null;
                }
            }
            return new Phrase(k, last + 1, head(k, j + 1));
        }

        /**
         * A word the tagger read as a verb that is the end of a subject noun phrase: a capitalised word opening
         * the sentence ("Ortiz/VERB says"), a noun after a determiner, adjective or noun ("the new poll/VERB
         * shows"), or a participle after a noun or "those" ("those surveyed say", "a memo released Monday says").
         */
        private boolean nominalVerb(int j) {
            if (!"VERB".equals(t.get(j).tag()) || cues.at(t, j).isPresent()) {
                return false;
            }
            if (j == 0) {
                return Character.isUpperCase(t.get(j).text().charAt(0));
            }
            String before = t.get(j - 1).tag();
            return !quoted[j - 1] && (TAGS_DET_ADJ_NOUN_PROPN.contains(before) || lower(j - 1).equals("those"));
        }

        /**
         * A subject with an apposition between commas right before the cue: "the bloc's executive secretary, Daniel
         * Ekai, said"; "Sarandon, 69, told". Null unless both noun phrases and both commas are there.
         */
        private Phrase apposition(int cue) {
            if (cue < 2 || !t.get(cue - 1).text().equals(",") || quoted[cue - 1]) {
                return null;
            }
            Phrase inner = leftSubject(cue - 1);
            if (inner == null || inner.from < 2 || !t.get(inner.from - 1).text().equals(",")) {
                return null;
            }
            Phrase outer = leftSubject(inner.from - 1);
            return outer == null ? null : new Phrase(outer.from, inner.to, outer.head);
        }

        /** A hyphen written between two words without spaces ("secretary-general" tokenized in three). */
        private boolean isHyphen(int k) {
            Token w = t.get(k);
            return w.text().equals("-") && k > 0 && k + 1 < t.size() && t.get(k - 1).end() == w.start()
                    && t.get(k + 1).start() == w.end();
        }

        /** A noun phrase starting at {@code from}, or null. */
        private Phrase rightPhrase(int from) {
            int k = from;
            boolean noun = false;
            while (k < t.size() && !quoted[k]) {
                String wt = t.get(k).tag();
                String lw = lower(k);
                boolean quantifier = lw.equals("one") && k + 1 < t.size()
                        && TAGS_NOUN_PROPN_ADJ.contains(t.get(k + 1).tag()); // "one Democrat familiar with…"
                if (wt.equals("PRON") && k == from && !POSSESSIVE_PRONOUNS.contains(lw) && !quantifier) {
                    return new Phrase(k, k + 1, k);
                }
                if (TIME_WORDS.contains(lw) && noun) {
                    break;
                }
                // a capitalised word inside a name, whatever its tag ("Bruce Hough/ADV"); a hyphenated compound
                boolean inName = k > from && Character.isUpperCase(t.get(k).text().charAt(0))
                        && t.get(k - 1).tag().equals("PROPN") && !TIME_WORDS.contains(lw);
                if (wt.equals("DET") || wt.equals("ADJ") || wt.equals("NOUN") || wt.equals("PROPN")
                        || wt.equals("NUM") || isPossessive(k) || POSSESSIVE_PRONOUNS.contains(lw) || quantifier
                        || inName || (k > from && isHyphen(k))) {
                    noun |= wt.equals("NOUN") || wt.equals("PROPN") || inName;
                    k++;
                } else if (noun && (CONNECTORS.contains(lw) || lw.equals("and")) && k + 1 < t.size()
                        && TAGS_DET_ADJ_NOUN_PROPN.contains(t.get(k + 1).tag()) && !TIME_WORDS.contains(lower(k + 1))) {
                    k++;
                } else {
                    break;
                }
            }
            // "the 46-year-old", "the former": a determiner and an adjective stand for a person
            noun |= k - from >= 2 && t.get(from).tag().equals("DET") && t.get(k - 1).tag().equals("ADJ");
            return noun ? new Phrase(from, k, head(from, k)) : null;
        }

        /** The head word: the last noun before the first connector ("spokesperson" in "spokesperson for the army"). */
        private int head(int from, int to) {
            int head = to - 1;
            for (int k = from; k < to; k++) {
                if (CONNECTORS.contains(lower(k)) && k > from) {
                    return k - 1;
                }
            }
            return head;
        }

        private boolean isPossessive(int k) {
            String w = t.get(k).text();
            return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
        }

        private int skipModifiers(int j) {
            while (j >= 0 && !quoted[j] && (TAGS_ADV_AUX_PART.contains(t.get(j).tag()) && !isPossessive(j))) {
                j--;
            }
            return j;
        }

        private String lower(int k) {
            return t.get(k).text().toLowerCase(Locale.ROOT);
        }

        /** The passage holding the offset, or -1. */
        private int passageHolding(int offset) {
            int lo = 0;
            int hi = passages.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Span p = passages.get(mid);
                if (offset < p.start() - 1) {
                    hi = mid - 1;
                } else if (offset > p.end()) {
                    lo = mid + 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** A passage ending before {@code offset} with only punctuation between, starting at its sentence's start. */
        private int passageBefore(int offset) {
            if (inside) {
                return -1;
            }
            for (int p = passages.size() - 1; p >= 0; p--) {
                Span s = passages.get(p);
                if (s.end() <= offset) {
                    // "A. B. C," he said: the passage may start sentences earlier but ends in this one
                    boolean starts = s.start() <= sentence.start() || onlyPunctuation(sentence.start(), s.start());
                    return s.end() > sentence.start() && onlyPunctuation(s.end(), offset) && starts ? p : -1;
                }
            }
            return -1;
        }

        /**
         * A passage ending in an earlier sentence with only punctuation before {@code offset}: the splitter cut
         * after the closing mark ({@code “… missing.” Ortiz said.}), so the reporting clause stands alone.
         */
        private int passageAcross(int offset) {
            if (inside) {
                return -1;
            }
            for (int p = passages.size() - 1; p >= 0; p--) {
                Span s = passages.get(p);
                if (s.end() <= offset) {
                    return !claimed[p] && onlyPunctuation(s.end(), offset) ? p : -1;
                }
            }
            return -1;
        }

        /** A passage starting after {@code offset} with only punctuation between, running to its sentence's end. */
        private int passageAfter(int offset) {
            if (inside) {
                return -1;
            }
            for (int p = 0; p < passages.size(); p++) {
                Span s = passages.get(p);
                if (s.start() >= offset) {
                    // the passage starts in this sentence, or the sentence ends in a colon: He said: "…"
                    boolean here = s.start() < sentence.end() || text.substring(sentence.start(), sentence.end())
                            .strip().endsWith(":");
                    if (!here || !onlyPunctuation(offset, s.start())) {
                        return -1;
                    }
                    int sentenceEnd = doc.sentences().get(sentenceAt(doc, s.end())).end();
                    return onlyPunctuation(s.end(), sentenceEnd) ? p : -1;
                }
            }
            return -1;
        }

        private boolean onlyPunctuation(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Resolves speakers to actor mentions, remembering earlier speakers for coreference. */
    private static final class Resolver {
        /** How many earlier speakers a description ("the minister") is compared with, newest first. */
        private static final int TITLE_REACH = 64;
        private final Document doc;
        /** The document's mentions by start offset (binary-searched: a long document costs no more per speaker). */
        private final List<Mention> mentions;
        private final int longestMention;
        private final List<String> speakerWords = new ArrayList<>();
        private final List<Optional<Mention>> speakerActors = new ArrayList<>();

        Resolver(Document doc) {
            this.doc = doc;
            List<Mention> byStart = new ArrayList<>(doc.mentions());
            byStart.sort(java.util.Comparator.comparingInt(Mention::start));
            this.mentions = byStart;
            this.longestMention = byStart.stream().mapToInt(m -> m.span().length()).max().orElse(0);
        }

        Optional<Mention> resolve(List<Token> t, Phrase phrase, Span speaker, Sentence sentence) {
            Optional<Mention> actor = find(t, phrase, speaker, sentence);
            speakerWords.add(normalise(doc.text(speaker)));
            speakerActors.add(actor);
            return actor;
        }

        private Optional<Mention> find(List<Token> t, Phrase phrase, Span speaker, Sentence sentence) {
            Token head = t.get(phrase.head());
            String word = head.text().toLowerCase(Locale.ROOT);
            Optional<Mention> onHead = longestOver(head.span());
            if (onHead.isPresent() && onHead.get().actor().resolution() != Actor.Resolution.AGENT_ONLY
                    && onHead.get().actor().resolution() != Actor.Resolution.COREFERENCE) {
                return onHead;
            }
            if (head.tag().equals("PRON")) {
                if (RELATIVE_PRONOUNS.contains(word)) {
                    Mention before = null;
                    for (int i = Document.firstAtOrAfter(mentions, sentence.start()); i < mentions.size()
                            && mentions.get(i).start() < head.start(); i++) {
                        Mention m = mentions.get(i);
                        if (m.end() <= head.start()) {
                            before = m;
                        }
                    }
                    return Optional.ofNullable(before);
                }
                if (PERSONAL_PRONOUNS.contains(word)) {
                    for (int k = speakerActors.size() - 1; k >= 0; k--) {
                        if (speakerActors.get(k).isPresent()) {
                            return speakerActors.get(k);
                        }
                    }
                }
                return Optional.empty();
            }
            if (head.tag().equals("NOUN") || head.tag().equals("ADJ")) {
                String title = normalise(titleOf(t, phrase));
                for (int k = speakerActors.size() - 1; k >= Math.max(0, speakerActors.size() - TITLE_REACH); k--) {
                    if (speakerActors.get(k).isPresent() && (" " + speakerWords.get(k) + " ").contains(" " + title + " ")) {
                        return speakerActors.get(k);
                    }
                }
            }
            if (onHead.isPresent()) {
                return onHead;
            }
            Mention inside = null;
            for (int i = Document.firstAtOrAfter(mentions, speaker.start()); i < mentions.size()
                    && mentions.get(i).start() < speaker.end(); i++) {
                Mention m = mentions.get(i);
                if (speaker.contains(m.span()) && (inside == null || m.span().length() > inside.span().length())) {
                    inside = m;
                }
            }
            return Optional.ofNullable(inside);
        }

        /**
         * The title words of a description: from after its last determiner or possessive up to its head ("secretary
         * general" in "the alliance's secretary general").
         */
        private String titleOf(List<Token> t, Phrase phrase) {
            int from = phrase.from();
            for (int k = phrase.from(); k < phrase.head(); k++) {
                String w = t.get(k).text();
                if (t.get(k).tag().equals("DET") || w.equals("'s") || w.equals("’s")
                        || POSSESSIVE_PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                    from = k + 1;
                }
            }
            return doc.text().substring(t.get(from).start(), t.get(phrase.head()).end());
        }

        private Optional<Mention> longestOver(Span word) {
            Mention best = null;
            for (int i = Document.firstAtOrAfter(mentions, word.start() - longestMention);
                 i < mentions.size() && mentions.get(i).start() <= word.start(); i++) {
                Mention m = mentions.get(i);
                if (m.span().contains(word) && (best == null || m.span().length() > best.span().length())) {
                    best = m;
                }
            }
            return Optional.ofNullable(best);
        }

        private static String normalise(String words) {
            StringBuilder out = new StringBuilder(words.length());
            boolean space = true;
            for (int k = 0; k < words.length(); k++) {
                char c = words.charAt(k);
                if (Character.isLetterOrDigit(c) || c == '\'') {
                    out.append(Character.toLowerCase(c));
                    space = false;
                } else if (!space) {
                    out.append(' ');
                    space = true;
                }
            }
            return out.toString().strip();
        }
    }
}
