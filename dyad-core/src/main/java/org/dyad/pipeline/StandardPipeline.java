package org.dyad.pipeline;

import org.dyad.actor.ActorMatcher;
import org.dyad.actor.LearnedActors;
import org.dyad.actor.NameFinder;
import org.dyad.dictionary.Dictionaries;
import org.dyad.event.EventCoder;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.ToponymResolver;
import org.dyad.quote.AttributionCues;
import org.dyad.quote.ClaimLinker;
import org.dyad.quote.PropositionSynonyms;
import org.dyad.quote.QuoteFinder;
import org.dyad.time.EventDater;
import org.dyad.time.TimexFinder;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;

/**
 * The production recipe: what Dyad does to an article, in order. Reading this class tells you the whole chain:
 * sentences → tokens → POS tags → actor mentions → typed proper names → events → time expressions → event dates →
 * toponyms → event places → quotes (attributed statements) → claims.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /**
     * The full chain for production coding over the bundled gazetteer: events may have one side only ("an attack in
     * Kabul").
     *
     * @param dictionaries verb, actor, agent, discard dictionaries and the CAMEO and PLOVER tables
     * @param models       OpenNLP models, loaded once and shared
     */
    public static Pipeline create(Dictionaries dictionaries, OpenNlpModels models) {
        return create(dictionaries, models, Gazetteer.load(), LearnedActors.none());
    }

    /**
     * The full chain, also resolving the people of a learned-actors file (names no dictionary holds); loads the
     * bundled gazetteer.
     *
     * @param learned people learned in earlier runs ({@code dyad actors --learn}); {@link LearnedActors#none()}
     */
    public static Pipeline create(Dictionaries dictionaries, OpenNlpModels models, LearnedActors learned) {
        return create(dictionaries, models, Gazetteer.load(), learned);
    }

    /** The full chain with a gazetteer already loaded and no learned actors. */
    public static Pipeline create(Dictionaries dictionaries, OpenNlpModels models, Gazetteer gazetteer) {
        return create(dictionaries, models, gazetteer, LearnedActors.none());
    }

    /**
     * The full chain for production coding with a gazetteer already loaded: events, their dates
     * ({@link TimexFinder}, {@link EventDater}), toponyms and places ({@link ToponymResolver}, {@link EventLocator}),
     * quotes and claims ({@link QuoteFinder}, {@link ClaimLinker}).
     *
     * @param dictionaries verb, actor, agent, discard dictionaries and the CAMEO and PLOVER tables
     * @param models       OpenNLP models, loaded once and shared
     * @param gazetteer    GeoNames places and demonyms, loaded once and shared ({@link Gazetteer#load()})
     * @param learned      people learned in earlier runs ({@code dyad actors --learn}); {@link LearnedActors#none()}
     */
    public static Pipeline create(Dictionaries dictionaries, OpenNlpModels models, Gazetteer gazetteer,
                                  LearnedActors learned) {
        return Pipeline.of(
                new SentenceSplitter(models.sentences()),
                new Tokenizer(models.tokens()),
                new PosTagger(models.pos()),
                new ActorMatcher(dictionaries.actors(), dictionaries.agents(), learned, 0),
                new NameFinder(dictionaries.actors(), dictionaries.agents()),
                coder(dictionaries, EventCoder.Convention.DYAD),
                new TimexFinder(),
                new EventDater(),
                new ToponymResolver(gazetteer),
                new EventLocator(),
                new QuoteFinder(AttributionCues.bundled()),
                new ClaimLinker(PropositionSynonyms.bundled()));
    }

    /** The chain up to actor mentions, for tools that run the {@link EventCoder} themselves (suite scoring). */
    public static Pipeline analysis(Dictionaries dictionaries, OpenNlpModels models) {
        return analysis(dictionaries, models, 0);
    }

    /**
     * The chain up to actor mentions with PETRARCH's new actors: unknown proper-noun phrases of at most
     * {@code newActorLength} words become actors (see {@link ActorMatcher#ActorMatcher(org.dyad.actor.ActorDictionary,
     * org.dyad.actor.AgentDictionary, int)}); for suite scoring only.
     */
    public static Pipeline analysis(Dictionaries dictionaries, OpenNlpModels models, int newActorLength) {
        return Pipeline.of(
                new SentenceSplitter(models.sentences()),
                new Tokenizer(models.tokens()),
                new PosTagger(models.pos()),
                new ActorMatcher(dictionaries.actors(), dictionaries.agents(), newActorLength));
    }

    /** The event coder over the given dictionaries, keeping events by the given convention. */
    public static EventCoder coder(Dictionaries dictionaries, EventCoder.Convention convention) {
        return new EventCoder(dictionaries, convention);
    }
}
