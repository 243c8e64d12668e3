package org.dyad.bench;

import java.util.List;
import org.dyad.pipeline.Failure;

/**
 * What one timed pass of a pipeline over the corpus gave.
 *
 * @param articles  articles given to the pipeline
 * @param sentences sentences over the articles that were coded
 * @param tokens    tokens over the articles that were coded
 * @param events    events over the articles that were coded (0 for a pipeline without an event coder)
 * @param failures  the articles on which a stage threw, in corpus order
 * @param nanos     wall-clock time of the pass
 * @param cpuNanos  CPU time the whole JVM used during the pass (every thread: the pipeline's, JIT, GC); on a shared
 *                  machine it leaves out the time other processes took the core, so it is the steadier figure
 * @param memory    heap, RSS and garbage collection during the pass
 * @param slowest   the slowest articles, slowest first
 */
public record PassFigures(int articles, long sentences, long tokens, long events, List<Failure> failures, long nanos,
                          long cpuNanos, MemoryFigures memory, List<ArticleTime> slowest) {

    public PassFigures {
        failures = List.copyOf(failures);
        slowest = List.copyOf(slowest);
    }

    public double seconds() {
        return nanos / 1e9;
    }

    public double cpuSeconds() {
        return cpuNanos / 1e9;
    }

    /** Sentences per second of CPU time (see {@code cpuNanos}). */
    public double sentencesPerCpuSecond() {
        return cpuNanos == 0 ? 0 : sentences / cpuSeconds();
    }

    public double articlesPerSecond() {
        return articles / seconds();
    }

    public double sentencesPerSecond() {
        return sentences / seconds();
    }

    public double tokensPerSecond() {
        return tokens / seconds();
    }

    /** Events per 100 sentences: how often the coder fires. */
    public double eventsPer100Sentences() {
        return sentences == 0 ? 0 : 100.0 * events / sentences;
    }
}
