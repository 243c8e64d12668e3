package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.cli.CommandFailedException;
import org.dyad.cli.ErrorPolicy;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.SentenceSplitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * End-to-end throughput of the standard pipeline on one thread, next to an OpenNLP-only baseline (sentences, tokens,
 * POS tags) measured in the same run.
 *
 * <p>Order: read the corpus into memory (untimed); time the baseline in a second JVM ({@link BaselineJvm}), so that
 * its heap and RSS figures hold no dictionaries and this JVM stays cold; load the OpenNLP models and the
 * dictionaries and build {@code StandardPipeline.create} (start-up); full warm-up and timed pass. Prints a table and
 * one JSON line ({@link ThroughputReport}); progress goes to standard error. Exit status as in the CLI's
 * {@link ErrorPolicy}.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Time the Dyad pipeline on one thread over a JSON Lines corpus, next to an OpenNLP-only baseline.")
public final class Throughput implements Callable<Integer> {
    /** The AFP/APW corpus, from the repository root. */
    public static final String DEFAULT_CORPUS = "../shared/corpora/afp-apw-world-news-2452.jsonl.gz";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS", defaultValue = DEFAULT_CORPUS,
            description = ".jsonl or .jsonl.gz file, one article a line (default: ${DEFAULT-VALUE}).")
    private Path corpus;

    @Option(names = "--articles", paramLabel = "N",
            description = "Time the first N articles of the corpus (default: all).")
    private int articles = Integer.MAX_VALUE;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Run the first N of those articles once before each timed pass (default: all; 0: none).")
    private int warmup = Integer.MAX_VALUE;

    @Option(names = "--warmup-from", paramLabel = "CORPUS",
            description = "Take the warm-up articles from this corpus instead (the first N of it), so that the timed "
                    + "pass meets its articles for the first time: the tokenizer's and tagger's memories of words "
                    + "hold other text (default: the timed corpus).")
    private Path warmupFrom;

    @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also time the OpenNLP-only baseline: sentences, tokens, POS (default: on).")
    private boolean baseline;

    @Option(names = "--slowest", paramLabel = "K", defaultValue = "5",
            description = "List the K slowest articles of the full pass (default: ${DEFAULT-VALUE}).")
    private int slowest;

    @Option(names = "--baseline-only", hidden = true,
            description = "Internal: time the baseline alone and print its figures as one JSON line (BaselineJvm).")
    private boolean baselineOnly;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command with the CLI's error policy installed. */
    static CommandLine commandLine() {
        return ErrorPolicy.applyTo(new CommandLine(new Throughput()));
    }

    @Override
    public Integer call() {
        long millisToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (articles < 1 || warmup < 0 || slowest < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles must be at least 1, --warmup and --slowest at least 0");
        }
        progress("reading " + corpus);
        Corpus read;
        try {
            read = Corpus.read(corpus, articles);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        List<Article> timed = read.articles();
        if (timed.isEmpty()) {
            throw new CommandFailedException("no article could be read from " + corpus
                    + (read.unreadable().isEmpty() ? "" : ": " + ErrorPolicy.describe(read.unreadable().get(0))), null);
        }
        List<Article> warm;
        if (warmupFrom == null) {
            warm = read.first(warmup);
        } else {
            try {
                warm = Corpus.read(warmupFrom, warmup).articles();
            } catch (IllegalArgumentException e) {
                throw new CommandFailedException(e.getMessage(), e);
            }
        }
        if (baselineOnly) {
            return baselineOnly(warm, timed);
        }

        // The baseline runs first, in a JVM of its own: its memory figures then hold no dictionaries, and this
        // JVM's start-up figures below are cold.
        Optional<PassFigures> baselineFigures = baseline
                ? Optional.of(BaselineJvm.run(corpus, articles, warmup, warmupFrom, slowest,
                        spec.commandLine().getErr()))
                : Optional.empty();

        try (MemoryProbe probe = new MemoryProbe()) {
            progress("loading models and dictionaries");
            long start = System.nanoTime();
            OpenNlpModels models = OpenNlpModels.load();
            long modelsNanos = System.nanoTime() - start;
            DictionaryReport report = new DictionaryReport();
            start = System.nanoTime();
            Dictionaries dictionaries = Dictionaries.bundled(report);
            long dictionariesNanos = System.nanoTime() - start;
            start = System.nanoTime();
            Pipeline full = StandardPipeline.create(dictionaries, models);
            long pipelineNanos = System.nanoTime() - start;
            PassFigures fullFigures = measure("full", full, warm, timed, probe);

            ThroughputRun run = new ThroughputRun(corpus.toString(), timed.size(), read.characters(),
                    read.unreadable().size(), warm.size(), (warmupFrom == null ? corpus : warmupFrom).toString(),
                    new ThroughputRun.Jvm(System.getProperty("java.version"), probe.collectorNames(),
                            probe.maxHeap(), Runtime.getRuntime().availableProcessors(), millisToMain,
                            loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                    new ThroughputRun.Startup(modelsNanos, dictionariesNanos, pipelineNanos,
                            report.warnings().size()),
                    fullFigures, baselineFigures);
            ThroughputReport.print(run, spec.commandLine().getOut());
        }
        return ErrorPolicy.CODED;
    }

    /** The baseline JVM's work: the OpenNLP-only pipeline, its figures as one JSON line on standard output. */
    private int baselineOnly(List<Article> warm, List<Article> timed) {
        try (MemoryProbe probe = new MemoryProbe()) {
            OpenNlpModels models = OpenNlpModels.load();
            Pipeline openNlpOnly = Pipeline.of(new SentenceSplitter(models.sentences()),
                    new StockOpenNlp.Tokens(models.tokens()), new StockOpenNlp.Tags(models.pos()));
            PassFigures figures = measure("baseline", openNlpOnly, warm, timed, probe);
            spec.commandLine().getOut().println(BaselineJvm.toJson(figures));
            spec.commandLine().getOut().flush();
        }
        return ErrorPolicy.CODED;
    }

    private PassFigures measure(String name, Pipeline pipeline, List<Article> warm, List<Article> timed,
                                MemoryProbe probe) {
        if (!warm.isEmpty()) {
            progress(name + " warm-up: " + warm.size() + " articles");
            long start = System.nanoTime();
            TimedPass.warmUp(pipeline, warm);
            progress(String.format(Locale.ROOT, "%s warm-up took %.1f s", name,
                    (System.nanoTime() - start) / 1e9));
        }
        progress(name + " timed pass: " + timed.size() + " articles");
        return TimedPass.run(pipeline, timed, probe, slowest);
    }

    private void progress(String message) {
        spec.commandLine().getErr().println((baselineOnly ? "throughput (baseline JVM): " : "throughput: ") + message);
        spec.commandLine().getErr().flush();
    }
}
