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
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.event.Event;
import org.dyad.pipeline.Stage;

/**
 * Dates each coded event. Requires {@link Layer#EVENTS}, {@link Layer#TIMEXES} and {@link Layer#POS}; produces
 * {@link Layer#EVENT_TIMES}, one {@link EventTime} per event in event order.
 *
 * <p>The rule, tried in order:
 * <ol>
 *   <li><b>clause</b>: the time expression nearest to the event's verb inside the event's clause, else one that
 *       opens the sentence set off by a comma ("On Sunday, gunmen attacked…");</li>
 *   <li><b>reporting</b>: else, when the sentence has a reporting verb ("said", "added", "told"…) outside that
 *       clause, the time expression nearest to it inside its clause ("Stoltenberg on Thursday said that…");</li>
 *   <li><b>document</b>: else the document creation time ({@link DocumentCreationTime#of});</li>
 *   <li><b>none</b>: else no date.</li>
 * </ol>
 * Only expressions with a calendar value count ({@link Timex#isCalendarValue()}): a duration, a set or a vague
 * "recently" does not date an event. A clause runs between clause edges among the sentence's tokens: commas,
 * semicolons, colons, quotation marks, brackets, dashes, a subordinating "that", and a reporting verb (which
 * ends the clause of what it reports).
 *
 * <p>Stateless and thread-safe.
 */
public final class EventDater implements Stage {

    private static final Set<String> EDGES = Set.of(",", ";", ":", "\"", "''", "``", "\u201C", "\u201D", "(", ")",
            "--", "\u2014", "\u2013", "-");
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "add", "adds", "added",
            "tell", "tells", "told", "state", "states", "stated", "announce", "announces", "announced", "note",
            "notes", "noted", "explain", "explains", "explained", "warn", "warns", "warned", "claim", "claims",
            "claimed", "report", "reports", "reported", "insist", "insists", "insisted", "stress", "stresses",
            "stressed", "elaborate", "elaborates", "elaborated", "declare", "declares", "declared", "confirm",
            "confirms", "confirmed", "according");

    @Override
    public Document apply(Document doc) {
        Optional<LocalDate> dct = DocumentCreationTime.of(doc.article()).map(DocumentCreationTime::date);
        List<Sentence> sentences = doc.sentences();
        List<Timex> timexes = doc.timexes();
        List<EventTime> out = new ArrayList<>(doc.events().size());
        for (Event e : doc.events()) {
            Sentence s = sentenceOf(sentences, e);
            List<Token> tokens = s == null ? List.of() : doc.tokensIn(s);
            List<Timex> inSentence = Document.within(timexes, e.span()).stream().filter(Timex::isCalendarValue)
                    .toList();
            out.add(date(e, tokens, inSentence, dct));
        }
        return doc.withEventTimes(out);
    }

    /** The date of one event from its sentence's tokens and calendar-valued timexes. */
    static EventTime date(Event e, List<Token> tokens, List<Timex> inSentence, Optional<LocalDate> dct) {
        if (!inSentence.isEmpty() && !tokens.isEmpty()) {
            int verb = tokenAt(tokens, e.verb().start());
            Span clause = clause(tokens, verb);
            Optional<Timex> own = nearest(inSentence, clause, e.verb());
            if (own.isPresent()) {
                return fromTimex(e, own.get(), EventTime.Source.CLAUSE);
            }
            Optional<Timex> opening = opening(tokens, inSentence);
            if (opening.isPresent()) {
                return fromTimex(e, opening.get(), EventTime.Source.CLAUSE);
            }
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (i != verb && !clause.contains(t.span())
                        && REPORTING.contains(t.text().toLowerCase(Locale.ROOT))) {
                    Optional<Timex> reported = nearest(inSentence, clause(tokens, i), t.span());
                    if (reported.isPresent()) {
                        return fromTimex(e, reported.get(), EventTime.Source.REPORTING);
                    }
                }
            }
        }
        return dct.map(d -> new EventTime(e.span(), e.id(), Optional.of(d.toString()), Granularity.DAY,
                        Optional.empty(), EventTime.Source.DOCUMENT))
                .orElseGet(() -> new EventTime(e.span(), e.id(), Optional.empty(), Granularity.NONE, Optional.empty(),
                        EventTime.Source.NONE));
    }

    /**
     * A time expression that opens the sentence, at most two words after its start, and is set off by a comma:
     * "On Sunday, gunmen attacked…". It scopes over the main clause after it.
     */
    private static Optional<Timex> opening(List<Token> tokens, List<Timex> inSentence) {
        for (Timex t : inSentence) {
            int before = 0;
            int after = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() <= t.start()) {
                    before++;
                } else if (tokens.get(i).start() >= t.end()) {
                    after = i;
                    break;
                }
            }
            if (before <= 2 && after >= 0 && tokens.get(after).text().equals(",")) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static EventTime fromTimex(Event e, Timex t, EventTime.Source source) {
        return new EventTime(e.span(), e.id(), Optional.of(t.value()), t.granularity(), Optional.of(t), source);
    }

    private static Sentence sentenceOf(List<Sentence> sentences, Event e) {
        int index = e.sentenceIndex();
        if (index >= 0 && index < sentences.size() && sentences.get(index).span().contains(e.span())) {
            return sentences.get(index);   // the event's own sentence, by its index: no scan per event
        }
        for (Sentence s : sentences) {
            if (s.span().contains(e.span()) || s.span().equals(e.span())) {
                return s;
            }
        }
        return null;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Char span of the clause around token {@code at}: between the nearest clause edges on either side. */
    static Span clause(List<Token> tokens, int at) {
        int lo = at;
        while (lo > 0 && !isEdge(tokens, lo - 1, at)) {
            lo--;
        }
        int hi = at;
        while (hi + 1 < tokens.size() && !isEdge(tokens, hi + 1, at)) {
            hi++;
        }
        return new Span(tokens.get(lo).start(), tokens.get(hi).end());
    }

    private static boolean isEdge(List<Token> tokens, int i, int from) {
        Token t = tokens.get(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (EDGES.contains(w)) {
            return true;
        }
        if (w.equals("that") && t.tag().equals("SCONJ")) {
            return true;
        }
        // a reporting verb closes the clause it reports: "[he said] [the attack came Tuesday]"
        return REPORTING.contains(w) && i != from && (t.tag().equals("VERB") || w.equals("according"))
                && !REPORTING.contains(tokens.get(from).text().toLowerCase(Locale.ROOT));
    }

    private static Optional<Timex> nearest(List<Timex> timexes, Span clause, Span anchor) {
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : timexes) {
            if (!clause.contains(t.span())) {
                continue;
            }
            int d = t.end() <= anchor.start() ? anchor.start() - t.end() : Math.max(0, t.start() - anchor.end());
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS, Layer.EVENTS, Layer.TIMEXES);
    }

    @Override
    public Layer produces() {
        return Layer.EVENT_TIMES;
    }
}
