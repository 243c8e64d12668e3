package org.dyad.document;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dyad.actor.Mention;
import org.dyad.actor.Name;
import org.dyad.event.Event;
import org.dyad.geo.EventPlace;
import org.dyad.geo.Toponym;
import org.dyad.quote.Claim;
import org.dyad.quote.Quote;
import org.dyad.time.EventTime;
import org.dyad.time.Timex;

/**
 * One article and the annotation layers added to it so far. Immutable: each {@code with…} returns a new document
 * holding one more layer; existing layers are never edited.
 *
 * <p>Every span of every layer is checked against the text when the layer is added
 * ({@code 0 <= start <= end <= text.length()}). Reading a layer that was never produced throws
 * {@link MissingLayerException}, never returns null.
 */
public final class Document {
    private final Article article;
    private final Map<Layer, List<? extends Spanned>> layers;

    private Document(Article article, Map<Layer, List<? extends Spanned>> layers) {
        this.article = article;
        this.layers = layers;
    }

    /** A document with no layers yet. */
    public static Document of(Article article) {
        return new Document(Objects.requireNonNull(article, "article"), new EnumMap<>(Layer.class));
    }

    public Article article() {
        return article;
    }

    /** The original text, exactly as it arrived. */
    public String text() {
        return article.text();
    }

    /** The text a span covers. */
    public String text(Span span) {
        return article.text().substring(span.start(), span.end());
    }

    /** The text an element of any layer covers. */
    public String text(Spanned element) {
        return text(element.span());
    }

    public boolean has(Layer layer) {
        return layers.containsKey(layer);
    }

    /** Sentences of the body in text order; they never overlap. */
    public List<Sentence> sentences() {
        return get(Layer.SENTENCES);
    }

    /**
     * Tokens in text order; they never overlap. When the {@link Layer#POS} layer exists the tokens carry tags,
     * otherwise their tag is the empty string.
     */
    public List<Token> tokens() {
        return has(Layer.POS) ? get(Layer.POS) : get(Layer.TOKENS);
    }

    /** Actor mentions in text order; mentions may nest but a coder uses the outermost. */
    public List<Mention> mentions() {
        return get(Layer.MENTIONS);
    }

    /** Typed proper names in text order; they never overlap. */
    public List<Name> names() {
        return get(Layer.NAMES);
    }

    /** Coded events in sentence order. */
    public List<Event> events() {
        return get(Layer.EVENTS);
    }

    /** Time expressions in text order, with their TIMEX3 values; they never overlap. */
    public List<Timex> timexes() {
        return get(Layer.TIMEXES);
    }

    /** The date of each event, in the order of {@link #events()}; look one up by {@link EventTime#eventId()}. */
    public List<EventTime> eventTimes() {
        return get(Layer.EVENT_TIMES);
    }

    public Document withTimexes(List<Timex> timexes) {
        return with(Layer.TIMEXES, timexes);
    }

    public Document withEventTimes(List<EventTime> eventTimes) {
        return with(Layer.EVENT_TIMES, eventTimes);
    }

    /** Attributed statements in order of their content's start (overlaps as {@link Layer#QUOTES} says). */
    public List<Quote> quotes() {
        return get(Layer.QUOTES);
    }

    /** Claims of the attributed statements, in the order of {@link #quotes()}. */
    public List<Claim> claims() {
        return get(Layer.CLAIMS);
    }

    /** Toponyms in text order; they never overlap. */
    public List<Toponym> toponyms() {
        return get(Layer.TOPONYMS);
    }

    /** Event locations in event order: at most one per event, found by the event's id. */
    public List<EventPlace> eventPlaces() {
        return get(Layer.EVENT_PLACES);
    }

    public Document withSentences(List<Sentence> sentences) {
        return with(Layer.SENTENCES, sentences);
    }

    public Document withTokens(List<Token> tokens) {
        return with(Layer.TOKENS, tokens);
    }

    /** Adds POS tags: the list must hold the same tokens (same spans, same order) as {@link #tokens()}. */
    public Document withTaggedTokens(List<Token> tagged) {
        List<Token> plain = get(Layer.TOKENS);
        if (plain.size() != tagged.size()) {
            throw new IllegalArgumentException("tagged tokens (" + tagged.size() + ") differ from tokens (" + plain.size() + ")");
        }
        for (int i = 0; i < plain.size(); i++) {
            if (!plain.get(i).span().equals(tagged.get(i).span())) {
                throw new IllegalArgumentException("tagged token " + i + " spans " + tagged.get(i).span()
                        + " but the token spans " + plain.get(i).span());
            }
        }
        return with(Layer.POS, tagged);
    }

    public Document withMentions(List<Mention> mentions) {
        return with(Layer.MENTIONS, mentions);
    }

    public Document withNames(List<Name> names) {
        return with(Layer.NAMES, names);
    }

    public Document withEvents(List<Event> events) {
        return with(Layer.EVENTS, events);
    }

    public Document withQuotes(List<Quote> quotes) {
        return with(Layer.QUOTES, quotes);
    }

    public Document withClaims(List<Claim> claims) {
        return with(Layer.CLAIMS, claims);
    }

    public Document withToponyms(List<Toponym> toponyms) {
        return with(Layer.TOPONYMS, toponyms);
    }

    public Document withEventPlaces(List<EventPlace> places) {
        return with(Layer.EVENT_PLACES, places);
    }

    /** Tokens whose span lies inside the given sentence, as a view of {@link #tokens()}. */
    public List<Token> tokensIn(Sentence sentence) {
        List<Token> all = tokens();
        int from = firstAtOrAfter(all, sentence.start());
        int to = from;
        while (to < all.size() && all.get(to).end() <= sentence.end()) {
            to++;
        }
        return all.subList(from, to);
    }

    /**
     * The items of a layer whose span lies inside {@code range}, in layer order, found by binary search on the
     * start offsets (every layer is sorted by start), so that a stage asking per sentence or per event costs no more
     * in a long document than in a short one.
     *
     * @param layer a layer of this or any document, sorted by start offset (as every layer is)
     * @param range character offsets, end-exclusive
     * @return a new list; empty when none lies inside
     */
    public static <T extends Spanned> List<T> within(List<T> layer, Span range) {
        List<T> out = new java.util.ArrayList<>();
        for (int i = firstAtOrAfter(layer, range.start()); i < layer.size() && layer.get(i).start() < range.end(); i++) {
            if (layer.get(i).end() <= range.end()) {
                out.add(layer.get(i));
            }
        }
        return out;
    }

    /**
     * Index of the first item starting at or after a character offset, by binary search.
     *
     * @param items  spans sorted by start offset (a layer)
     * @param offset a character offset into the document text
     * @return an index in {@code [0, items.size()]}; {@code items.size()} when every item starts before the offset
     */
    public static int firstAtOrAfter(List<? extends Spanned> items, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @SuppressWarnings("unchecked")
    private <T extends Spanned> List<T> get(Layer layer) {
        List<? extends Spanned> list = layers.get(layer);
        if (list == null) {
            throw new MissingLayerException(layer);
        }
        return (List<T>) list;
    }

    private Document with(Layer layer, List<? extends Spanned> items) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " already exists; layers are never replaced");
        }
        int length = text().length();
        boolean disjoint = layer == Layer.SENTENCES || layer == Layer.TOKENS || layer == Layer.POS
                || layer == Layer.NAMES || layer == Layer.TIMEXES || layer == Layer.TOPONYMS;
        Spanned previous = null;
        for (Spanned s : items) {
            if (s.end() > length) {
                throw new IllegalArgumentException(layer + " span " + s.span() + " runs past the text (length " + length + ")");
            }
            // readers walk layers in order (binary search, merges): an unsorted layer is a programming error
            if (previous != null && (s.start() < previous.start() || (disjoint && s.start() < previous.end()))) {
                throw new IllegalArgumentException(layer + " span " + s.span() + " comes before or overlaps "
                        + previous.span() + "; " + layer + " must be in text order" + (disjoint ? " and never overlap" : ""));
            }
            previous = s;
        }
        Map<Layer, List<? extends Spanned>> copy = new EnumMap<>(Layer.class);
        copy.putAll(layers);
        copy.put(layer, List.copyOf(items));
        return new Document(article, copy);
    }
}
