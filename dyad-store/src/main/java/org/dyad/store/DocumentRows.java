package org.dyad.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Mention;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.event.Event;
import org.dyad.event.OutputCodes;
import org.dyad.event.Participant;
import org.dyad.event.Plover;
import org.dyad.geo.EventPlace;
import org.dyad.geo.Place;
import org.dyad.geo.Toponym;
import org.dyad.pipeline.Failure;
import org.dyad.quote.Claim;
import org.dyad.quote.Quote;
import org.dyad.time.EventTime;
import org.dyad.time.Timex;

/**
 * The rows one coded document gives, table by table: the one place where the document model is mapped to the
 * store's columns ({@link StoreTable}). A layer the document does not hold gives no rows (the table stays empty
 * for that article), so adding a layer to the store is a few lines here: a method that maps its elements, and, for
 * per-event information, the values of the nullable event columns.
 *
 * <p>Values are Java objects ready for JDBC: {@code String}, {@code Integer}, {@code Long}, {@code Double},
 * {@code java.sql.Date}, {@code String[]} and {@code Long[]} for lists, {@code null} for SQL NULL.
 */
public final class DocumentRows {
    private final String articleId;
    private final Map<StoreTable, List<Object[]>> rows;
    private final int events;
    private final int sentences;
    private final List<Failure> refused;

    private DocumentRows(String articleId, Map<StoreTable, List<Object[]>> rows, int sentences, int events,
                         List<Failure> refused) {
        this.articleId = articleId;
        this.rows = rows;
        this.sentences = sentences;
        this.events = events;
        this.refused = List.copyOf(refused);
    }

    /** The bundled CAMEO code table's check, read once (immutable). */
    private static final class BundledCodes {
        static final OutputCodes CODES = OutputCodes.bundled();
    }

    /** Maps a document, checking codes against the bundled CAMEO code table (see {@link #of(Document, OutputCodes)}). */
    public static DocumentRows of(Document doc) {
        return of(doc, BundledCodes.CODES);
    }

    /**
     * Maps a document; each layer (SENTENCES, MENTIONS, EVENTS) is stored when the document holds it. An event whose
     * codes {@code codes} refuses (an event code not in the CAMEO table, a malformed actor code) gets no row; it is
     * listed in {@link #refused()} instead, to be recorded as an error.
     *
     * @param doc   the coded document
     * @param codes the check every event passes before it becomes a row
     * @return its rows; the article id is {@link ContentHash#articleId}
     */
    public static DocumentRows of(Document doc, OutputCodes codes) {
        Article article = doc.article();
        String id = ContentHash.articleId(article);
        Map<StoreTable, List<Object[]>> rows = new EnumMap<>(StoreTable.class);
        for (StoreTable t : StoreTable.values()) {
            rows.put(t, new ArrayList<>());
        }
        List<Sentence> sentences = doc.has(Layer.SENTENCES) ? doc.sentences() : List.of();
        for (Sentence s : sentences) {
            rows.get(StoreTable.SENTENCES).add(new Object[] {id, s.index(), s.start(), s.end(), doc.text(s)});
        }
        if (doc.has(Layer.MENTIONS)) {
            List<Mention> mentions = doc.mentions();
            for (int i = 0; i < mentions.size(); i++) {
                Mention m = mentions.get(i);
                rows.get(StoreTable.ACTOR_MENTIONS).add(new Object[] {id, i, sentenceOf(sentences, m.span()).orElse(null),
                        m.start(), m.end(), m.phrase().start(), m.phrase().end(),
                        doc.text(m), m.actor().code(), m.actor().name(), emptyToNull(m.actor().role()),
                        m.actor().resolution().name(),
                        m.actor().evidence()});
            }
        }
        List<Event> events = doc.has(Layer.EVENTS) ? doc.events() : List.of();
        Map<String, EventTime> times = new java.util.HashMap<>();
        if (doc.has(Layer.EVENT_TIMES)) {
            for (EventTime t : doc.eventTimes()) {
                times.put(t.eventId(), t);
            }
        }
        Map<String, EventPlace> places = new java.util.HashMap<>();
        if (doc.has(Layer.EVENT_PLACES)) {
            for (EventPlace p : doc.eventPlaces()) {
                places.put(p.eventId(), p);
            }
        }
        List<Failure> refused = new ArrayList<>();
        int eventRows = 0;
        for (Event e : events) {
            Optional<String> problem = codes.problem(e);
            if (problem.isPresent()) {
                refused.add(new Failure(article.origin(), "output", "event " + e.id() + " not stored: "
                        + problem.get()));
                continue;
            }
            eventRows++;
            rows.get(StoreTable.EVENTS).add(eventRow(id, e, Optional.ofNullable(times.get(e.id())),
                    Optional.ofNullable(places.get(e.id()))));
        }
        if (doc.has(Layer.QUOTES)) {
            List<Quote> quotes = doc.quotes();
            Map<String, Integer> quoteIndex = new java.util.HashMap<>();
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                quoteIndex.put(q.id(), i);
                rows.get(StoreTable.QUOTES).add(new Object[] {id, i, q.start(), q.end(), doc.text(q),
                        q.speaker().map(doc::text).orElse(null), q.actor().map(m -> m.actor().code()).orElse(null),
                        q.cue().map(c -> doc.text(c.span())).orElse(null), q.id(), q.direct(),
                        q.cue().map(c -> c.lemma()).orElse(null), q.date().orElse(null)});
            }
            if (doc.has(Layer.CLAIMS)) {
                List<Claim> claims = doc.claims();
                for (int i = 0; i < claims.size(); i++) {
                    Claim c = claims.get(i);
                    rows.get(StoreTable.CLAIMS).add(new Object[] {id, i, quoteIndex.get(c.quoteId()), null,
                            c.start(), c.end(), doc.text(c), c.speaker().map(m -> m.actor().code()).orElse(null),
                            c.id(), c.stance().label(), c.contradicts().orElse(null)});
                }
            }
        }
        if (doc.has(Layer.TOPONYMS)) {
            List<Toponym> toponyms = doc.toponyms();
            for (int i = 0; i < toponyms.size(); i++) {
                Toponym t = toponyms.get(i);
                Place pl = t.place();
                rows.get(StoreTable.PLACES).add(new Object[] {id, i, t.start(), t.end(), doc.text(t), pl.name(),
                        pl.inGeoNames() ? (Long) (long) pl.geonameId() : null, pl.featureClass() + "." + pl.featureCode(), pl.countryCode(),
                        emptyToNull(pl.admin1()), pl.lat(), pl.lon()});
            }
        }
        if (doc.has(Layer.TIMEXES)) {
            List<Timex> timexes = doc.timexes();
            for (int i = 0; i < timexes.size(); i++) {
                Timex t = timexes.get(i);
                rows.get(StoreTable.TIMES).add(new Object[] {id, i, t.start(), t.end(), doc.text(t), t.value(),
                        t.granularity().label(), periodStart(t.value()).map(Date::valueOf).orElse(null)});
            }
        }
        Span body = article.body();
        long[] signature = MinHasher.signature(MinHasher.shingles(doc.text(body)));
        rows.get(StoreTable.ARTICLES).add(new Object[] {id, article.id(), article.origin(),
                article.source().orElse(null), article.url().orElse(null), article.headline().orElse(null),
                article.byline().orElse(null), article.dateline().orElse(null),
                article.date().map(Date::valueOf).orElse(null), body.start(), body.end(), article.text(),
                sentences.size(), events.size(), Arrays.stream(signature).boxed().toArray(Long[]::new)});
        return new DocumentRows(id, rows, sentences.size(), eventRows, refused);
    }

    /**
     * The first day of the period a TIMEX value names: "2017-11-09" itself, "2017-10" → 2017-10-01, "2017" →
     * 2017-01-01, "2017-W45" → the Monday of ISO week 45; empty for other values (PAST_REF, P2D, XXXX-XX-XX…).
     */
    static Optional<LocalDate> periodStart(String value) {
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value + "-01"));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(value), 1, 1));
            }
            if (value.matches("\\d{4}-W\\d{1,2}")) {
                int year = Integer.parseInt(value.substring(0, 4));
                int week = Integer.parseInt(value.substring(6));
                return Optional.of(LocalDate.of(year, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                        week).with(java.time.DayOfWeek.MONDAY));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Object[] eventRow(String articleId, Event e, Optional<EventTime> time, Optional<EventPlace> at) {
        Optional<Participant> src = e.source();
        Optional<Participant> tgt = e.target();
        String code = e.code().value();
        return new Object[] {articleId, e.id(), ContentHash.number60(articleId, e.id()), e.docId(), e.sentenceIndex(),
                e.span().start(), e.span().end(), e.verb().start(), e.verb().end(),
                src.map(Participant::text).orElse(null), src.map(Participant::code).orElse(null),
                src.map(Participant::name).orElse(null), src.map(p -> emptyToNull(p.actor().role())).orElse(null),
                src.map(p -> p.actor().resolution().label()).orElse(null), src.map(p -> p.span().start()).orElse(null),
                src.map(p -> p.span().end()).orElse(null),
                tgt.map(Participant::text).orElse(null), tgt.map(Participant::code).orElse(null),
                tgt.map(Participant::name).orElse(null), tgt.map(p -> emptyToNull(p.actor().role())).orElse(null),
                tgt.map(p -> p.actor().resolution().label()).orElse(null), tgt.map(p -> p.span().start()).orElse(null),
                tgt.map(p -> p.span().end()).orElse(null),
                code, code.substring(0, Math.min(3, code.length())), e.rootCode(), e.goldstein(),
                e.quadClass().number(),
                e.plover().map(Plover::type).filter(s -> !s.isEmpty()).orElse(null),
                e.plover().map(Plover::mode).filter(s -> !s.isEmpty()).orElse(null),
                e.plover().map(Plover::context).filter(s -> !s.isEmpty()).orElse(null),
                time.isPresent() ? time.get().value().flatMap(DocumentRows::periodStart).map(Date::valueOf).orElse(null)
                        : e.date().map(Date::valueOf).orElse(null),
                e.pattern(), e.issues().toArray(String[]::new),
                time.map(t -> t.granularity().label()).orElse(null),
                time.map(t -> t.source().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                at.map(p -> p.place().name()).orElse(null), at.filter(p -> p.place().inGeoNames()).map(p -> (long) p.place().geonameId()).orElse(null),
                at.map(p -> p.place().countryCode()).orElse(null), at.map(p -> emptyToNull(p.place().admin1())).orElse(null),
                at.map(p -> p.place().lat()).orElse(null), at.map(p -> p.place().lon()).orElse(null),
                at.map(EventPlace::role).orElse(null)};
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The index of the sentence that contains the span, by binary search over the sentences in text order. */
    static Optional<Integer> sentenceOf(List<Sentence> sentences, Span span) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.end() <= span.start()) {
                lo = mid + 1;
            } else if (s.start() > span.start()) {
                hi = mid - 1;
            } else {
                return s.span().contains(span) ? Optional.of(s.index()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The article id (content hash) all rows carry. */
    public String articleId() {
        return articleId;
    }

    /** The rows for one table, each holding values for {@link StoreTable#columns()} in order. */
    public List<Object[]> rows(StoreTable table) {
        return Collections.unmodifiableList(Objects.requireNonNull(rows.get(table)));
    }

    /** Number of sentences of the document. */
    public int sentenceCount() {
        return sentences;
    }

    /** The events refused for malformed codes, as failures of stage "output"; empty when none. */
    public List<Failure> refused() {
        return refused;
    }

    /** Number of events of the document that have a row. */
    public int eventCount() {
        return events;
    }
}
