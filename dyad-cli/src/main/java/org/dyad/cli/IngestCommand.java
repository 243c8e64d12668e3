package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionHandler;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dyad.cli.input.ArticleSource;
import org.dyad.document.Article;
import org.dyad.document.Layer;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.ContentHash;
import org.dyad.store.DocumentRows;
import org.dyad.store.DuckDbEventStore;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import org.dyad.store.StoredError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad ingest}: codes articles into the DuckDB store, in parallel, idempotently.
 *
 * <p>One thread reads the inputs ({@link ArticleSource}: text, JSON Lines, HTML, RSS/Atom) and drops articles whose
 * content hash is already stored or already seen in this run; {@code --threads} coder threads run the shared,
 * thread-safe {@link Pipeline}; one writer thread owns the store connection and writes each article's rows in one
 * transaction, and each failed input as a row of {@code errors}. After the last article the near-duplicate marks
 * are recomputed. A run killed at any point and run again ends with the same contents as an uninterrupted run.
 *
 * <p>Standard error: a progress bar when it is a terminal ({@code --progress}), the failures one a line, and a
 * summary: articles stored and skipped, sentences, events, errors, near-duplicates, articles per second.
 * Exit status ({@link ErrorPolicy}): 0 when at least one article is stored or already was, 1 when none could be.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Code articles into a DuckDB store (idempotent: re-ingesting adds nothing).",
        footer = {"", "Exit status: 0 when at least one article is in the store, 1 when none could be stored, "
                + "2 for a wrong command line."})
public final class IngestCommand implements java.util.concurrent.Callable<Integer> {

    /** How progress is shown on standard error. */
    enum Progress { AUTO, BAR, LINES, NONE }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDateConverter.class,
            description = "Document creation date for articles that carry none.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--threads", paramLabel = "N",
            description = "Coder threads (default: the number of processors, at most 8).")
    private int threads = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
            converter = ProgressConverter.class,
            description = "Progress on standard error: a bar (auto: when it is a terminal), a line per stored "
                    + "article (lines, for scripts), or none.")
    private Progress progress = Progress.AUTO;

    /** For crash tests only: pause after each commit so a test can kill the process part-way. */
    @Option(names = "--commit-pause-ms", hidden = true, defaultValue = "0")
    private long commitPauseMs;

    @Parameters(arity = "1..*", paramLabel = "PATHS",
            description = "Files and directories: .txt (one article), .jsonl and .jsonl.gz (one a line), "
                    + ".html/.htm (one page), .xml/.rss/.atom feeds (one article per item); - for standard input.")
    private List<Path> paths = new ArrayList<>();

    private final Function<DictionaryOptions, Pipeline> pipelines;

    /** The command as the {@code dyad} front door creates it, with the production {@link PipelineFactory}. */
    public IngestCommand() {
        this(new PipelineFactory()::create);
    }

    /** For tests: another way to build the pipeline. */
    IngestCommand(Function<DictionaryOptions, Pipeline> pipelines) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    @Override
    public Integer call() throws InterruptedException {
        dictionaries.validate();
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Pipeline pipeline = buildPipeline();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        long started = System.nanoTime();
        try (DuckDbEventStore db = openStore()) {
            ingest(pipeline, db, tally, err);
            tally.duplicates = db.markNearDuplicates().size();
            tally.totalArticles = db.count("articles");
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
        tally.progressDone(err);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(tally.summary(seconds, store.db()));
        err.flush();
        return tally.totalArticles > 0 ? ErrorPolicy.CODED : ErrorPolicy.NOTHING_CODED;
    }

    private DuckDbEventStore openStore() {
        return DuckDbEventStore.open(store.db());
    }

    private Pipeline buildPipeline() {
        Pipeline pipeline;
        try {
            pipeline = pipelines.apply(dictionaries);
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot build the pipeline: " + e.getMessage(), e);
        }
        if (pipeline.stages().stream().noneMatch(stage -> stage.produces() == Layer.EVENTS)) {
            throw new CommandFailedException("cannot build the pipeline: no stage produces EVENTS; add "
                    + Layer.EVENTS.producer() + " at its end", new IllegalStateException("no EVENTS layer"));
        }
        return pipeline;
    }

    /** What the coder threads hand to the writer thread. */
    private sealed interface Pending permits Rows, Error, End {
    }

    private record Rows(DocumentRows rows) implements Pending {
    }

    private record Error(Failure failure) implements Pending {
    }

    private record End() implements Pending {
    }

    /** Most articles written in one group commit. */
    private static final int MAX_BATCH = 64;

    private void ingest(Pipeline pipeline, EventStore db, Tally tally, PrintWriter err) throws InterruptedException {
        Set<String> known = db.articleIds();
        Set<String> seen = new HashSet<>();
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        BlockingQueue<Pending> toWriter = new ArrayBlockingQueue<>(MAX_BATCH * 4);
        boolean bar = progress == Progress.BAR || (progress == Progress.AUTO && System.console() != null);
        Thread writer = new Thread(() -> writeAll(db, toWriter, tally, err, fatal, bar), "dyad-writer");
        writer.setDaemon(true);
        writer.start();
        ExecutorService coders = boundedPool(threads, threads * 4, "dyad-coder");
        try (Stream<ReadResult> inputs = new ArticleSource(paths, date).read()) {
            Iterator<ReadResult> results = inputs.iterator();
            while (results.hasNext() && fatal.get() == null) {
                ReadResult result = results.next();
                if (result instanceof ReadResult.Unreadable unreadable) {
                    hand(toWriter, new Error(unreadable.failure()), fatal);
                    continue;
                }
                Article article = ((ReadResult.Read) result).article();
                String id = ContentHash.articleId(article);
                if (known.contains(id) || !seen.add(id)) {
                    tally.skipped.incrementAndGet();
                    continue;
                }
                tally.read.incrementAndGet();
                coders.execute(() -> hand(toWriter, code(pipeline, article), fatal));
            }
        } finally {
            coders.shutdown();
            coders.awaitTermination(365, TimeUnit.DAYS);
            hand(toWriter, new End(), new AtomicReference<>());
            writer.join();
        }
        if (fatal.get() != null) {
            throw fatal.get();
        }
    }

    /** Codes one article on a coder thread: its rows, or the failure to record. */
    private static Pending code(Pipeline pipeline, Article article) {
        Outcome outcome = pipeline.attempt(article);
        if (outcome instanceof Outcome.Failed failed) {
            return new Error(failed.failure());
        }
        try {
            return new Rows(DocumentRows.of(((Outcome.Coded) outcome).document()));
        } catch (RuntimeException e) {
            return new Error(new Failure(article.origin(), "store",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Puts an item on the writer's queue, waiting while it is full, unless the writer has failed. */
    private static void hand(BlockingQueue<Pending> queue, Pending item, AtomicReference<RuntimeException> fatal) {
        try {
            while (fatal.get() == null) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The writer thread: drains the queue and writes what it holds in one transaction, until {@link End}. */
    private void writeAll(EventStore db, BlockingQueue<Pending> queue, Tally tally, PrintWriter err,
                          AtomicReference<RuntimeException> fatal, boolean bar) {
        List<Pending> batch = new ArrayList<>();
        boolean end = false;
        try {
            while (!end) {
                batch.clear();
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                List<DocumentRows> rows = new ArrayList<>();
                for (Pending p : batch) {
                    if (p instanceof End) {
                        end = true;
                    } else if (p instanceof Error e) {
                        tally.errors.incrementAndGet();
                        tally.clearBar(err);
                        err.println(ErrorPolicy.describe(e.failure()));
                        err.flush();
                        db.writeError(StoredError.of(e.failure()));
                    } else if (p instanceof Rows r) {
                        rows.add(r.rows());
                        for (Failure refused : r.rows().refused()) {
                            tally.errors.incrementAndGet();
                            tally.clearBar(err);
                            err.println(ErrorPolicy.describe(refused));
                            err.flush();
                            db.writeError(StoredError.of(refused));
                        }
                    }
                }
                if (rows.isEmpty()) {
                    continue;
                }
                List<Boolean> added = db.write(rows);
                for (int i = 0; i < rows.size(); i++) {
                    if (added.get(i)) {
                        tally.stored.incrementAndGet();
                        tally.sentences.addAndGet(rows.get(i).sentenceCount());
                        tally.events.addAndGet(rows.get(i).eventCount());
                    } else {
                        tally.skipped.incrementAndGet();
                    }
                }
                if (bar) {
                    tally.drawBar(err);
                } else if (progress == Progress.LINES) {
                    err.println("dyad: stored " + tally.stored.get());
                    err.flush();
                }
                if (commitPauseMs > 0) {
                    Thread.sleep(commitPauseMs);
                }
            }
        } catch (RuntimeException e) {
            // the store failed (StoreException) or a bug: stop the batch rather than leave coders waiting
            fatal.compareAndSet(null, e);
            queue.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A fixed pool whose queue blocks the submitter when full, so reading never runs far ahead of writing. */
    private static ExecutorService boundedPool(int size, int queue, String name) {
        BlockingQueue<Runnable> work = new ArrayBlockingQueue<>(queue);
        RejectedExecutionHandler block = (task, pool) -> {
            try {
                if (!pool.isShutdown()) {
                    pool.getQueue().put(task);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        AtomicLong count = new AtomicLong();
        return new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, work, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, block);
    }

    /** Counts for the progress bar and the summary; updated from several threads. */
    private static final class Tally {
        final AtomicLong read = new AtomicLong();
        final AtomicLong stored = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();
        final AtomicLong sentences = new AtomicLong();
        final AtomicLong events = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final long startNanos = System.nanoTime();
        int duplicates;
        long totalArticles;
        private boolean barShown;
        private long lastDraw;

        synchronized void drawBar(PrintWriter err) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            long done = stored.get();
            long total = Math.max(read.get(), 1);
            int width = 30;
            int filled = (int) Math.min(width, done * width / total);
            double rate = done / Math.max((now - startNanos) / 1e9, 1e-9);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %,d/%,d articles, %,d events, %,d errors, %.0f articles/s ",
                    "#".repeat(filled), " ".repeat(width - filled), done, read.get(), events.get(), errors.get(),
                    rate));
            err.flush();
            barShown = true;
        }

        synchronized void clearBar(PrintWriter err) {
            if (barShown) {
                err.print("\r" + " ".repeat(100) + "\r");
                barShown = false;
            }
        }

        void progressDone(PrintWriter err) {
            clearBar(err);
        }

        String summary(double seconds, Path db) {
            return String.format(Locale.ROOT, "dyad: %s stored (%,d already there), %s, %s, %s, %s in store; "
                            + "%.1f s, %.1f articles/s; %s holds %s",
                    count(stored.get(), "article"), skipped.get(), count(sentences.get(), "sentence"),
                    count(events.get(), "event"), count(errors.get(), "error"), count(duplicates, "near-duplicate"),
                    seconds, stored.get() / Math.max(seconds, 1e-9), db, count(totalArticles, "article"));
        }

        private static String count(long n, String noun) {
            return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
        }
    }

    /** Reads {@code --progress} in any case. */
    static final class ProgressConverter implements picocli.CommandLine.ITypeConverter<Progress> {
        @Override
        public Progress convert(String value) {
            for (Progress p : Progress.values()) {
                if (p.name().equalsIgnoreCase(value)) {
                    return p;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not a progress mode; use auto, bar, lines or none");
        }
    }
}
