package org.dyad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Finds the time expressions of the body and normalises them to TIMEX3 values against the document creation time
 * ({@link DocumentCreationTime#of}). Requires {@link Layer#SENTENCES} and {@link Layer#POS} (the tags give the tense
 * that decides whether a bare "Friday" is the last one or the next one); produces {@link Layer#TIMEXES}, in text
 * order, never overlapping.
 *
 * <p>The body is read in one pass from its first sentence to its last, not sentence by sentence, since a sentence
 * splitter may cut "Jan. | 14". Two steps: {@link TimexRecognizer} finds the spans and what they say,
 * {@link TimexNormalizer} resolves them. Two rules need context and live here:
 * <ul>
 *   <li>tense: that of the verb governing the expression (the nearest verb before it in its clause, else after it,
 *       else the nearest in the sentence); future after "will", "shall", "'ll", a planned infinitive ("set to",
 *       "due to", "expected to") or a present progressive ("are meeting Monday"), past otherwise, since news
 *       reports what happened;</li>
 *   <li>"a year ago" or "a year earlier" within two sentences after a quarter is that quarter a year before (the
 *       comparison of financial reports), and "the 1988 quarter" there is that quarter of 1988.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TimexFinder implements Stage {

    private static final Set<String> FUTURE = Set.of("will", "'ll", "shall", "wo", "gonna");
    /** Words before "to" that make the infinitive a plan: "set to resume Monday", "due to arrive Friday". */
    private static final Set<String> PLANNED = Set.of("set", "due", "expected", "scheduled", "plans", "plan",
            "planned", "planning", "going", "is", "are", "intends", "intend", "hopes", "aims", "likely", "poised");
    /** Verbs of planning: the weekday they govern is that of the thing planned ("scheduled talks Thursday"). */
    private static final Set<String> SCHEDULING = Set.of("scheduled", "schedules", "schedule", "planned", "plans",
            "plan", "planning", "postponed", "postpones", "postpone", "delayed", "rescheduled", "adjourned");
    private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did", "said", "told", "met", "went",
            "made", "took", "gave", "came", "left", "saw", "held", "began", "fell", "rose", "won", "lost", "sent",
            "spoke", "found", "got", "knew", "led", "paid", "put", "ran", "set", "sold", "bought", "brought",
            "thought", "fought", "caught", "taught", "hit", "cut", "shot", "struck", "broke", "chose", "drove",
            "flew", "grew", "kept", "meant", "quit", "read", "rode", "sank", "shut", "spent", "stood", "swore",
            "threw", "understood", "withdrew", "wrote", "became", "beat", "bit", "built", "dealt", "drew", "ate",
            "felt", "fled", "forgot", "heard", "hid", "hung", "laid", "lay", "lent", "let", "lit", "overcame",
            "overtook", "sought", "slid", "split", "spread", "stole", "stuck", "swept", "tore", "woke", "wore",
            "'d", "been");

    @Override
    public Document apply(Document doc) {
        Optional<LocalDate> dct = DocumentCreationTime.of(doc.article()).map(DocumentCreationTime::date);
        List<Timex> out = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        Optional<Timex> point = Optional.empty();
        String text = doc.text();
        List<Sentence> sentences = doc.sentences();
        if (sentences.isEmpty()) {
            return doc.withTimexes(out);
        }
        // one pass over the body, not per sentence: the sentence splitter may cut "Jan. | 14"
        List<TimexRecognizer.Found> found = TimexRecognizer.find(text, sentences.get(0).start(),
                sentences.get(sentences.size() - 1).end());
        int si = 0;
        List<Token> tokens = List.of();
        int tokensOf = -1;
        Timex quarter = null;
        int quarterSentence = -1;
        for (TimexRecognizer.Found f : found) {
            while (si + 1 < sentences.size() && sentences.get(si).end() <= f.span().start()) {
                si++;
            }
            Tense tense = Tense.PRESENT;
            if (f.expr().needsTense()) {
                if (tokensOf != si) {
                    tokens = doc.tokensIn(sentences.get(si));
                    tokensOf = si;
                }
                tense = tense(tokens, f.span().start(), f.span().end());
            }
            Timex t = TimexNormalizer.normalize(f.span(), f.expr(), dct, tense, previous, point);
            if (t.granularity() == Granularity.QUARTER && t.value().endsWith("-QX") && quarter != null
                    && si - quarterSentence <= 2) {
                // "the 1988 quarter" after "third-quarter results": that year's third quarter
                t = new Timex(t.span(), t.type(), t.value().substring(0, t.value().length() - 1)
                        + quarter.value().substring(quarter.value().length() - 1), t.granularity(), t.anchor());
            } else if (t.granularity() == Granularity.QUARTER && t.value().endsWith("-QX")
                    && Character.isDigit(t.value().charAt(0))) {
                // no quarter in the last sentences: the year is all that is known
                t = new Timex(t.span(), t.type(), t.value().substring(0, 4), Granularity.YEAR, t.anchor());
            } else if (t.granularity() == Granularity.QUARTER && t.anchor() != Anchor.UNRESOLVED
                    && t.value().indexOf('X') < 0) {
                // "the year-ago quarter" is already the comparison: it does not become the quarter of the report,
                // or a following "a year ago" would go back two years
                if (!isYearBackQuarter(f.expr())) {
                    quarter = t;
                    quarterSentence = si;
                }
            } else if (quarter != null && si - quarterSentence <= 2 && isYearBack(f.expr()) && t.anchor() != Anchor.UNRESOLVED
                    && !namesLastYear(text, f.span())) {
                // "third-quarter profit fell from $5 million a year earlier": the same quarter a year before;
                // "last year" stays the year (TimeBank: 25 of 29 "last year" are the year, also in quarterly reports)
                t = yearBefore(t, quarter);
            }
            if (t.granularity() == Granularity.DAY && t.value().length() == 10 && t.value().indexOf('X') < 0) {
                previous = Optional.of(LocalDate.parse(t.value()));
            }
            if (t.granularity().ordinal() <= Granularity.YEAR.ordinal() && t.type() != TimexType.DURATION
                    && TimexNormalizer.start(t.value()).isPresent()) {
                point = Optional.of(t);
            }
            out.add(t);
        }
        return doc.withTimexes(out);
    }

    /**
     * Whether the expression is a "last year" that names the calendar year before the DCT's, as TimeBank reads it
     * even in quarterly reports (25 of its 29 "last year"s): not "last year's quarter" nor "the same period last
     * year", which name the quarter.
     */
    static boolean namesLastYear(String text, org.dyad.document.Span span) {
        if (!text.regionMatches(true, span.start(), "last", 0, 4)) {
            return false;
        }
        if (text.startsWith("'s", span.end()) || text.startsWith("\u2019s", span.end())) {
            return false;
        }
        String before = text.substring(Math.max(0, span.start() - 12), span.start()).trim().toLowerCase(Locale.ROOT);
        return !before.endsWith("period") && !before.endsWith("quarter");
    }

    /** "the year-ago quarter", "the year-earlier third quarter": a quarter one year before the report's. */
    private static boolean isYearBackQuarter(Expr e) {
        return (e.form() == Expr.Form.LATEST_QUARTER && e.amount() > 0) || (e.form() == Expr.Form.QUARTER && e.shift() < 0);
    }

    private static boolean isYearBack(Expr e) {
        return e.form() == Expr.Form.RELATIVE && e.unit() == TimeUnit.YEAR && e.amount() == -1;
    }

    /** {@code t} ("a year ago") re-valued as {@code quarter} one year earlier ({@code 1989-Q3} gives {@code 1988-Q3}). */
    private static Timex yearBefore(Timex t, Timex quarter) {
        String q = quarter.value();
        int year = Integer.parseInt(q.substring(0, 4)) - 1;
        return new Timex(t.span(), t.type(), year + q.substring(4), Granularity.QUARTER, t.anchor());
    }

    /**
     * The tense of the verb that governs {@code [start, end)}: the nearest verb before it in its clause ("said
     * Friday", "voted overwhelmingly Friday"), else the nearest after it in its clause ("on Thursday said"), else
     * the nearest verb in the sentence.
     */
    static Tense tense(List<Token> tokens, int start, int end) {
        int best = -1;
        int first = tokens.size();
        while (first > 0 && tokens.get(first - 1).start() >= start) {
            first--;
        }
        if (first >= 3 && lower(tokens, first - 1).equals("as") && lower(tokens, first - 3).equals("as")
                && (lower(tokens, first - 2).equals("soon") || lower(tokens, first - 2).equals("early"))) {
            // "as soon as Tuesday", "as early as Monday": the earliest time something may happen, ahead
            return Tense.FUTURE;
        }
        for (int i = first - 1; i >= 0 && best < 0 && !isEdge(tokens.get(i)); i--) {
            if (isVerb(tokens.get(i))) {
                best = i;
            }
        }
        if (best >= 0) {
            String head = lower(tokens, best);
            if (SCHEDULING.contains(head) || (PLANNED.contains(head) && lower(tokens, best + 1).equals("to"))) {
                // "has scheduled a news conference Thursday", "planned a rally on Saturday", "set to resume
                // Monday": what is planned lies ahead, whatever the tense of the planning
                return Tense.FUTURE;
            }
        }
        for (int i = first; i < tokens.size() && best < 0 && !isEdge(tokens.get(i)); i++) {
            if (isVerb(tokens.get(i)) && tokens.get(i).start() >= end) {
                best = i;
            }
        }
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < tokens.size() && best < 0; i++) {
            Token t = tokens.get(i);
            if (isVerb(t) && (t.end() <= start || t.start() >= end)) {
                int distance = t.end() <= start ? start - t.end() : t.start() - end + 1;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = i;
                }
            }
        }
        return best < 0 ? Tense.PRESENT : tenseOf(tokens, best);
    }

    private static boolean isVerb(Token t) {
        // the tagger sometimes calls a past participle an adjective ("the decision, announced Wednesday") and an
        // adverb an auxiliary ("formally joined")
        return t.tag().equals("VERB") || (t.tag().equals("AUX") && !t.text().endsWith("ly"))
                || (t.tag().equals("ADJ") && t.text().endsWith("ed"));
    }

    private static boolean isEdge(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("\u201C")
                || w.equals("\u201D") || w.equals("''") || w.equals("``");
    }

    /** The tense of the verb group ending at token {@code best}. */
    private static Tense tenseOf(List<Token> tokens, int best) {
        // the verb group: auxiliaries, particles and adverbs before the verb
        int first = best;
        while (first > 0 && best - first < 4) {
            String tag = tokens.get(first - 1).tag();
            if (!tag.equals("AUX") && !tag.equals("PART") && !tag.equals("ADV") && !tag.equals("VERB")) {
                break;
            }
            first--;
        }
        boolean pastSeen = false;
        for (int i = first; i <= best; i++) {
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (FUTURE.contains(w) || (w.equals("to") && i > 0
                    && PLANNED.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT)))) {
                return Tense.FUTURE;
            }
            pastSeen |= PAST_FORMS.contains(w) || (w.endsWith("ed") && w.length() > 3);
        }
        if (pastSeen) {
            return Tense.PAST;
        }
        // a present progressive plans ("the talks are resuming Monday"); anything else reads as past in news
        String verb = tokens.get(best).text().toLowerCase(Locale.ROOT);
        String before = first < best ? tokens.get(best - 1).text().toLowerCase(Locale.ROOT) : "";
        return verb.endsWith("ing") && (before.equals("is") || before.equals("are") || before.equals("am")
                || before.equals("'s") || before.equals("'re")) ? Tense.FUTURE : Tense.PRESENT;
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.TIMEXES;
    }
}
