package org.dyad.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.dyad.cli.CommandFailedException;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.pipeline.Failure;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;

/**
 * Runs a pipeline over a list of articles on the calling thread, the way a batch runs it: {@link Pipeline#attempt}
 * one article after the other, failures counted and passed over.
 */
final class TimedPass {
    /**
     * On a busy machine one article's time in the pass may be a time slice lost to another process or a GC pause.
     * The slowest are therefore drawn from this many times more candidates, each run again {@link #RETIMES} times,
     * and ranked by their fastest run.
     */
    private static final int CANDIDATES_PER_SLOWEST = 4;
    static final int RETIMES = 5;

    private TimedPass() {
    }

    /** Runs the pipeline over the articles and keeps nothing: lets the JIT compile the hot paths before timing. */
    static void warmUp(Pipeline pipeline, List<Article> articles) {
        for (int i = 0; i < articles.size(); i++) {
            attempt(pipeline, articles.get(i), i);
        }
    }

    /**
     * Runs the pipeline over the articles, timing each, with memory sampled after each; then runs the slowest
     * candidates again (outside the pass's time and memory figures) to rank the slowest articles.
     *
     * @param probe       reset here; its figures are the pass's
     * @param slowestKept how many of the slowest articles to keep
     * @throws CommandFailedException when the heap runs out, naming the article
     */
    static PassFigures run(Pipeline pipeline, List<Article> articles, MemoryProbe probe, int slowestKept) {
        PriorityQueue<Candidate> candidates = new PriorityQueue<>(Comparator.comparingLong(Candidate::nanos));
        int candidatesKept = slowestKept * CANDIDATES_PER_SLOWEST;
        List<Failure> failures = new ArrayList<>();
        long sentences = 0;
        long tokens = 0;
        long events = 0;
        probe.reset();
        long passStart = System.nanoTime();
        long cpuStart = processCpuNanos();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            long start = System.nanoTime();
            Outcome outcome = attempt(pipeline, article, i);
            long nanos = System.nanoTime() - start;
            probe.sample();
            int articleSentences = 0;
            int articleTokens = 0;
            if (outcome instanceof Outcome.Coded coded) {
                Document doc = coded.document();
                articleSentences = doc.sentences().size();
                articleTokens = doc.tokens().size();
                sentences += articleSentences;
                tokens += articleTokens;
                events += doc.has(Layer.EVENTS) ? doc.events().size() : 0;
            } else if (outcome instanceof Outcome.Failed failed) {
                failures.add(failed.failure());
            }
            if (candidatesKept > 0) {
                candidates.add(new Candidate(article, nanos, articleSentences, articleTokens));
                if (candidates.size() > candidatesKept) {
                    candidates.poll();
                }
            }
        }
        long passNanos = System.nanoTime() - passStart;
        long cpuNanos = processCpuNanos() - cpuStart;
        MemoryFigures memory = probe.figures();
        List<ArticleTime> slowest = candidates.stream().map(c -> c.retimed(pipeline))
                .sorted(Comparator.comparingLong(ArticleTime::fastestNanos).reversed()).limit(slowestKept).toList();
        return new PassFigures(articles.size(), sentences, tokens, events, failures, passNanos, cpuNanos, memory,
                slowest);
    }

    /** CPU time of the whole JVM so far, in ns; 0 where the platform does not say. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    /** One of the slowest articles of the pass, before it is run again. */
    private record Candidate(Article article, long nanos, int sentences, int tokens) {
        ArticleTime retimed(Pipeline pipeline) {
            long fastest = nanos;
            for (int i = 0; i < RETIMES; i++) {
                long start = System.nanoTime();
                attempt(pipeline, article, -1);
                fastest = Math.min(fastest, System.nanoTime() - start);
            }
            return new ArticleTime(article.id(), article.origin(), nanos, fastest, article.text().length(), sentences,
                    tokens);
        }
    }

    /** @param index the article's position in the pass, for the out-of-heap message; -1 when re-timing */
    private static Outcome attempt(Pipeline pipeline, Article article, int index) {
        try {
            return pipeline.attempt(article);
        } catch (OutOfMemoryError e) {
            throw new CommandFailedException("out of heap on article " + article.id() + " (" + article.origin()
                    + ", " + article.text().length() + " chars)" + (index < 0 ? "" : " after " + index + " articles")
                    + "; give the JVM more -Xmx", e);
        } catch (Error e) {
            // Pipeline.attempt turns exceptions and stack overflows into failures; anything else is a bug to report.
            throw new IllegalStateException("error on article " + article.id() + " (" + article.origin() + ")", e);
        }
    }
}
