package org.dyad.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.dyad.actor.ActorMatcher;
import org.dyad.actor.NameFinder;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.event.EventCoder;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Stage;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.quote.ClaimLinker;
import org.dyad.quote.QuoteFinder;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH throughput of each stage of {@link StandardPipeline#create} alone, in articles per second, over a fixed set of
 * {@value #ARTICLES} articles spread evenly over the corpus ({@link Corpus#evenlySpaced}). Each stage gets documents
 * that already hold the layers it requires, made once in the set-up, so only the stage itself is timed; one
 * operation is one article.
 *
 * <p>Short defaults (2 warm-up and 3 measured iterations of 2 s, one fork): about 15 s a benchmark after the fork's
 * set-up. The corpus is the {@code corpus} parameter ({@code -p corpus=FILE}), read from the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class StageBenchmarks {
    /** Size of the fixed article set; one benchmark invocation runs the stage on all of them. */
    static final int ARTICLES = 50;

    @Param(Throughput.DEFAULT_CORPUS)
    public String corpus;

    private SentenceSplitter splitter;
    private Tokenizer tokenizer;
    private PosTagger tagger;
    private ActorMatcher matcher;
    private NameFinder finder;
    private EventCoder coder;
    private QuoteFinder quoteFinder;
    private ClaimLinker claimLinker;
    private Pipeline full;

    private List<Document> fresh;
    private List<Document> split;
    private List<Document> tokenized;
    private List<Document> tagged;
    private List<Document> matched;
    private List<Document> coded;
    private List<Document> quoted;
    private List<Article> articles;

    @Setup
    public void setUp() {
        OpenNlpModels models = OpenNlpModels.load();
        Dictionaries dictionaries = Dictionaries.bundled(new DictionaryReport());
        full = StandardPipeline.create(dictionaries, models);
        // The very stage instances of the standard recipe, so each benchmark times what production runs.
        splitter = stage(SentenceSplitter.class);
        tokenizer = stage(Tokenizer.class);
        tagger = stage(PosTagger.class);
        matcher = stage(ActorMatcher.class);
        finder = stage(NameFinder.class);
        coder = stage(EventCoder.class);
        quoteFinder = stage(QuoteFinder.class);
        claimLinker = stage(ClaimLinker.class);

        articles = Corpus.read(Path.of(corpus), Integer.MAX_VALUE).evenlySpaced(ARTICLES);
        if (articles.size() < ARTICLES) {
            throw new IllegalStateException(corpus + " holds " + articles.size() + " articles; the benchmarks need "
                    + ARTICLES);
        }
        // A stage that throws would time its exception path, not its work: the set must code cleanly.
        for (Article article : articles) {
            if (full.attempt(article) instanceof Outcome.Failed failed) {
                throw new IllegalStateException("article " + article.id() + " of the fixed set fails: "
                        + failed.failure() + "; fix the stage or benchmark another corpus");
            }
        }
        fresh = articles.stream().map(Document::of).toList();
        split = applyAll(fresh, splitter::apply);
        tokenized = applyAll(split, tokenizer::apply);
        tagged = applyAll(tokenized, tagger::apply);
        matched = applyAll(tagged, matcher::apply);
        long sentences = split.stream().mapToLong(d -> d.sentences().size()).sum();
        long tokens = tokenized.stream().mapToLong(d -> d.tokens().size()).sum();
        coded = applyAll(matched, coder::apply);
        quoted = applyAll(coded, quoteFinder::apply);
        long events = coded.stream().mapToLong(d -> d.events().size()).sum();
        System.out.printf(Locale.ROOT, "%nfixed set: %d articles, %,d sentences, %,d tokens, %,d events"
                + " (multiply articles/s by %.1f for tokens/s)%n", ARTICLES, sentences, tokens, events,
                (double) tokens / ARTICLES);
    }

    private <T extends Stage> T stage(Class<T> type) {
        return full.stages().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("StandardPipeline has no " + type.getSimpleName()
                        + " any more; update StageBenchmarks"));
    }

    private static List<Document> applyAll(List<Document> docs, UnaryOperator<Document> stage) {
        return docs.stream().map(stage).toList();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void sentenceSplit(Blackhole sink) {
        for (Document doc : fresh) {
            sink.consume(splitter.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void tokenize(Blackhole sink) {
        for (Document doc : split) {
            sink.consume(tokenizer.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void posTag(Blackhole sink) {
        for (Document doc : tokenized) {
            sink.consume(tagger.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void actorMatch(Blackhole sink) {
        for (Document doc : tagged) {
            sink.consume(matcher.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void nameFind(Blackhole sink) {
        for (Document doc : matched) {
            sink.consume(finder.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void eventCode(Blackhole sink) {
        for (Document doc : matched) {
            sink.consume(coder.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void quoteFind(Blackhole sink) {
        for (Document doc : coded) {
            sink.consume(quoteFinder.apply(doc));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void claimLink(Blackhole sink) {
        for (Document doc : quoted) {
            sink.consume(claimLinker.apply(doc));
        }
    }

    /** All the stages from the article, through {@link Pipeline#attempt}: the sum the stages above should add to. */
    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void fullPipeline(Blackhole sink) {
        for (Article article : articles) {
            sink.consume(full.attempt(article));
        }
    }
}
