package org.dyad.pipeline;

import org.dyad.actor.ActorMatcher;
import org.dyad.dictionary.Dictionaries;
import org.dyad.event.EventCoder;
import org.dyad.geo.EventLocator;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.ToponymResolver;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;

/**
 * The production recipe: what Dyad does to an article, in order. Reading this class tells you the whole chain:
 * sentences → tokens → POS tags → actor mentions → events → toponyms → event places.
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
        return create(dictionaries, models, Gazetteer.load());
    }

    /**
     * The full chain for production coding with a gazetteer already loaded: events, then their toponyms
     * ({@link ToponymResolver}) and places ({@link EventLocator}).
     *
     * @param dictionaries verb, actor, agent, discard dictionaries and the CAMEO and PLOVER tables
     * @param models       OpenNLP models, loaded once and shared
     * @param gazetteer    GeoNames places and demonyms, loaded once and shared ({@link Gazetteer#load()})
     */
    public static Pipeline create(Dictionaries dictionaries, OpenNlpModels models, Gazetteer gazetteer) {
        return Pipeline.of(
                new SentenceSplitter(models.sentences()),
                new Tokenizer(models.tokens()),
                new PosTagger(models.pos()),
                new ActorMatcher(dictionaries.actors(), dictionaries.agents()),
                coder(dictionaries, EventCoder.Convention.DYAD),
                new ToponymResolver(gazetteer),
                new EventLocator());
    }

    /** The chain up to actor mentions, for tools that run the {@link EventCoder} themselves (suite scoring). */
    public static Pipeline analysis(Dictionaries dictionaries, OpenNlpModels models) {
        return Pipeline.of(
                new SentenceSplitter(models.sentences()),
                new Tokenizer(models.tokens()),
                new PosTagger(models.pos()),
                new ActorMatcher(dictionaries.actors(), dictionaries.agents()));
    }

    /** The event coder over the given dictionaries, keeping events by the given convention. */
    public static EventCoder coder(Dictionaries dictionaries, EventCoder.Convention convention) {
        return new EventCoder(dictionaries, convention);
    }
}
