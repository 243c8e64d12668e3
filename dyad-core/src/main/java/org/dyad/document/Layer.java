package org.dyad.document;

/**
 * The annotation layers a {@link Document} can hold, each produced by exactly one stage.
 * The stage named here is the one {@link MissingLayerException} tells the user to add.
 */
public enum Layer {
    /** Sentences of the body; never overlap. Produced by {@code SentenceSplitter}. */
    SENTENCES("SentenceSplitter"),
    /** Tokens inside sentences; never overlap, never cross a sentence boundary. Produced by {@code Tokenizer}. */
    TOKENS("Tokenizer"),
    /** The same tokens with POS tags. Produced by {@code PosTagger}. */
    POS("PosTagger"),
    /** Actor mentions; may nest (an agent inside a country phrase). Produced by {@code ActorMatcher}. */
    MENTIONS("ActorMatcher"),
    /**
     * Typed proper names (person, organisation, place, other); never overlap. Produced by {@code NameFinder}.
     */
    NAMES("NameFinder"),
    /** Coded events; several may share a sentence. Produced by {@code EventCoder}. */
    EVENTS("EventCoder"),
    /** Time expressions with their TIMEX3 values; never overlap. Produced by {@code TimexFinder}. */
    TIMEXES("TimexFinder"),
    /**
     * One date per event, in event order (each spans its event's sentence, so several may share a span).
     * Produced by {@code EventDater}.
     */
    EVENT_TIMES("EventDater"),
    /**
     * Attributed statements (direct quotes and reported speech), in order of their content's start. Statements of
     * one sentence do not overlap; a statement reported inside an unattributed quotation lies inside that
     * quotation's words. Produced by {@code QuoteFinder}.
     */
    QUOTES("QuoteFinder"),
    /** Claims, one per attributed statement, in the order of {@link #QUOTES}. Produced by {@code ClaimLinker}. */
    CLAIMS("ClaimLinker"),
    /**
     * Toponyms: place names, demonyms and dateline places with the GeoNames place each resolves to; never overlap
     * (the two countries of "Pak-Afghan" are two spans inside one word). Produced by {@code ToponymResolver}.
     */
    TOPONYMS("ToponymResolver"),
    /**
     * Where each event happened: at most one element per event, in event order, each spanning the event's sentence
     * and pointing to the toponym that locates it. Produced by {@code EventLocator}.
     */
    EVENT_PLACES("EventLocator");

    private final String producer;

    Layer(String producer) {
        this.producer = producer;
    }

    /** Simple class name of the stage that produces this layer. */
    public String producer() {
        return producer;
    }
}
