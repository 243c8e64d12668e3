package org.dyad.eval;

import org.dyad.time.Timex;
import org.dyad.time.TimexFinder;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.cli.DictionaryFiles;
import org.dyad.cli.DictionaryOptions;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.event.EventCoder;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.ToponymResolver;
import org.dyad.ingest.PlainTextArticleParser;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;

/**
 * Where {@link EvalCommand} gets the coders it evaluates: the standard pipeline, over the suite's own dictionaries
 * for the PETRARCH suites and over the bundled ones for the seed.
 */
public final class EvalCoders {
    private OpenNlpModels models;

    /** The OpenNLP models, loaded on first use: building the {@code dyad} command line must not load them. */
    private synchronized OpenNlpModels models() {
        if (models == null) {
            models = OpenNlpModels.load();
        }
        return models;
    }

    private Gazetteer gazetteer;

    /** The bundled gazetteer, loaded once on first use and shared by every pipeline this object builds. */
    private synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load();
        }
        return gazetteer;
    }

    /**
     * A coder for a PETRARCH suite, built with that suite's own verb, actor, agent and discard files (its fictional
     * actors are in no real dictionary), under PETRARCH's convention: agent-only actors are written "---GOV" and a
     * missing actor "---", as PETRARCH writes them.
     *
     * @param suite the suite, with its dictionary files
     * @return the coder; it reads only each record's text and date, never its parse
     */
    public SentenceCoder forSuite(PetrarchSuite suite) {
        Dictionaries dictionaries = DictionaryFiles.load(Optional.of(suite.verbs()), List.of(suite.actors()),
                Optional.of(suite.agents()), Optional.of(suite.discards()), new DictionaryReport());
        EventCoder coder = StandardPipeline.coder(dictionaries, EventCoder.Convention.PETRARCH);
        Map<Integer, Pipeline> analyses = new ConcurrentHashMap<>();
        return new SentenceCoder() {
            @Override
            public List<Coding> code(String id, String text, LocalDate date) {
                return code(id, text, date, 0);
            }

            @Override
            public List<Coding> code(String id, String text, LocalDate date, int newActorLength) {
                Pipeline analysis = analyses.computeIfAbsent(newActorLength,
                        n -> StandardPipeline.analysis(dictionaries, models(), n));
                Document doc = analysis.process(Article.ofText(id, text, date));
                List<Coding> out = new ArrayList<>();
                for (org.dyad.event.Coding c : coder.codeRaw(doc)) {
                    if (c.code().contains("?")) {
                        continue;       // "REPORT [025?]": a code its author left in doubt; no record expects one
                    }
                    out.add(new Coding(petrarchCode(c.source()), petrarchCode(c.target()), c.code()));
                }
                return out;
            }
        };
    }

    private static String petrarchCode(Optional<Mention> m) {
        if (m.isEmpty()) {
            return "";
        }
        Actor a = m.get().actor();
        return a.resolution() == Actor.Resolution.AGENT_ONLY ? "---" + a.code() : a.code();
    }

    /**
     * The full standard pipeline over the bundled dictionaries, for the entity evaluation: each GUM document's
     * rebuilt text is one article body (no headline or dateline parsing, so offsets stay those of the text), dated
     * by its creation date.
     *
     * @return a function from a GUM document to the analysed document (with NAMES and MENTIONS)
     * @throws EvalInputException when the pipeline fails on a document
     */
    public Function<GumDocument, Document> forEntities() {
        Pipeline pipeline = StandardPipeline.create(Dictionaries.bundled(new DictionaryReport()), models(), gazetteer());
        return gum -> {
            Outcome outcome = pipeline.attempt(Article.ofText(gum.id(), gum.text(), gum.date().orElse(null)));
            if (outcome instanceof Outcome.Failed failed) {
                throw new EvalInputException(gum.id() + ": " + failed.failure().stage() + " failed: "
                        + failed.failure().message());
            }
            return ((Outcome.Coded) outcome).document();
        };
    }

    /**
     * The full production pipeline over bare texts (no headline or dateline handling, no document date), for
     * scoring attribution: from an article's name and text to its document, quotes and claims included.
     *
     * @throws EvalInputException when a stage fails on an article
     */
    public BiFunction<String, String, Document> forAttribution() {
        Pipeline pipeline = StandardPipeline.create(Dictionaries.bundled(new DictionaryReport()), models(), gazetteer());
        return (name, text) -> {
            Outcome outcome = pipeline.attempt(Article.ofText(name, text, null));
            if (outcome instanceof Outcome.Failed failed) {
                throw new EvalInputException(name + ": " + failed.failure().stage() + " failed: "
                        + failed.failure().message());
            }
            return ((Outcome.Coded) outcome).document();
        };
    }

    /**
     * A time-expression tagger for TimeML documents: the standard sentence splitter, tokenizer, POS tagger and
     * {@link TimexFinder}, with each document's creation time as its date.
     *
     * @return a function from a TimeML document to the timexes found in its text
     */
    public Function<TimeMlDocument, List<Timex>> forTimebank() {
        Pipeline pipeline = Pipeline.of(new SentenceSplitter(models().sentences()), new Tokenizer(models().tokens()),
                new PosTagger(models().pos()), new TimexFinder());
        return doc -> pipeline.process(Article.ofText(doc.name(), doc.text(), doc.dct())).timexes();
    }

    /**
     * The full pipeline for a seed article: read the plain-text file, code it with the given document date, and
     * reduce the events to {@link ProducedEvent}s.
     *
     * @param documentDate the date the article was published
     * @param dictionaries the dictionary files chosen on the command line, in place of the bundled ones
     * @return a function from the article's path to its events
     * @throws UncheckedIOException when the file cannot be read
     * @throws EvalInputException   when the file is not a readable article
     */
    public Function<Path, List<ProducedEvent>> forSeed(LocalDate documentDate, DictionaryOptions dictionaries) {
        Function<Path, Document> documents = seedDocuments(documentDate, dictionaries);
        return path -> {
            Document doc = documents.apply(path);
            List<ProducedEvent> out = new ArrayList<>();
            for (Event e : doc.events()) {
                out.add(new ProducedEvent(e.source().map(p -> p.code()).orElse(""),
                        e.target().map(p -> p.code()).orElse(""), e.code().value(), e.sentenceIndex(),
                        doc.text(e.span())));
            }
            return out;
        };
    }

    /**
     * The full pipeline for a seed article, keeping the whole coded document (actor mentions, events…).
     *
     * @param documentDate the date the article was published
     * @param dictionaries the dictionary files chosen on the command line, in place of the bundled ones
     * @return a function from the article's path to its coded document
     * @throws UncheckedIOException when the file cannot be read
     * @throws EvalInputException   when the file is not a readable article
     */
    public Function<Path, Document> seedDocuments(LocalDate documentDate, DictionaryOptions dictionaries) {
        Pipeline pipeline = StandardPipeline.create(DictionaryFiles.load(dictionaries, new DictionaryReport()), models(),
                gazetteer());
        return path -> {
            String text;
            try {
                text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
            }
            ReadResult r = new PlainTextArticleParser().parse(text, path.getFileName().toString(), path.toString());
            if (!(r instanceof ReadResult.Read read)) {
                throw new EvalInputException(path + ": " + ((ReadResult.Unreadable) r).failure().message());
            }
            Outcome outcome = pipeline.attempt(read.article().withDate(documentDate));
            if (outcome instanceof Outcome.Failed failed) {
                throw new EvalInputException(path + ": " + failed.failure().stage() + " failed: "
                        + failed.failure().message());
            }
            return ((Outcome.Coded) outcome).document();
        };
    }

    /**
     * The toponym evaluator: the analysis chain over the bundled dictionaries (sentences, tokens, POS, actor
     * mentions) and a {@link ToponymResolver} over the bundled gazetteer.
     *
     * @return an evaluator for {@link GeoCorpus} files
     */
    public GeoEvaluator forGeo() {
        Pipeline analysis = StandardPipeline.analysis(Dictionaries.bundled(new DictionaryReport()), models());
        ToponymResolver resolver = new ToponymResolver(gazetteer());
        return new GeoEvaluator(a -> analysis.process(Article.ofText(a.id(), a.text(), null)), resolver);
    }
}
