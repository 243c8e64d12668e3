package org.dyad.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Pipeline analysis = StandardPipeline.analysis(dictionaries, models());
        EventCoder coder = StandardPipeline.coder(dictionaries, EventCoder.Convention.PETRARCH);
        return (id, text, date) -> {
            Document doc = analysis.process(Article.ofText(id, text, date));
            List<Coding> out = new ArrayList<>();
            for (org.dyad.event.Coding c : coder.codeRaw(doc)) {
                out.add(new Coding(petrarchCode(c.source()), petrarchCode(c.target()), c.code()));
            }
            return out;
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
        Pipeline pipeline = StandardPipeline.create(DictionaryFiles.load(dictionaries, new DictionaryReport()), models());
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
            Document doc = ((Outcome.Coded) outcome).document();
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
     * The toponym evaluator: the analysis chain over the bundled dictionaries (sentences, tokens, POS, actor
     * mentions) and a {@link ToponymResolver} over the bundled gazetteer.
     *
     * @return an evaluator for {@link GeoCorpus} files
     */
    public GeoEvaluator forGeo() {
        Pipeline analysis = StandardPipeline.analysis(Dictionaries.bundled(new DictionaryReport()), models());
        ToponymResolver resolver = new ToponymResolver(Gazetteer.load());
        return new GeoEvaluator(a -> analysis.process(Article.ofText(a.id(), a.text(), null)), resolver);
    }
}
