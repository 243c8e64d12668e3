package org.dyad.bench;

import java.util.Optional;

/**
 * Everything one run of {@link Throughput} measured, for {@link ThroughputReport} to print.
 *
 * @param corpus          the corpus file as given
 * @param articles        articles in each timed pass
 * @param characters      characters of text over those articles
 * @param unreadable      corpus lines before the last article read that were not articles
 * @param warmupArticles  articles in the warm-up pass before each timed pass
 * @param warmupCorpus    the corpus the warm-up articles came from (the timed corpus unless {@code --warmup-from})
 * @param jvm             the JVM the run measured
 * @param startup         how long loading and building took
 * @param full            the standard pipeline ({@code StandardPipeline.create})
 * @param baseline        the OpenNLP-only pipeline (sentences, tokens, POS), when it was run (in a JVM of its own)
 */
public record ThroughputRun(String corpus, int articles, long characters, int unreadable, int warmupArticles,
                            String warmupCorpus, Jvm jvm, Startup startup, PassFigures full, Optional<PassFigures> baseline) {

    /**
     * The JVM the figures come from.
     *
     * @param version        {@code java.version}
     * @param collectors     the garbage collectors' names
     * @param maxHeapBytes   the heap limit ({@code -Xmx})
     * @param processors     processors the JVM may use ({@code taskset} narrows it)
     * @param millisToMain   JVM uptime when {@code main} began
     * @param loadBefore     the machine's 1-minute load average when the run began (-1 where unknown): other work
     *                       on the machine makes the figures noisy
     * @param loadAfter      the same when the run ended
     */
    public record Jvm(String version, String collectors, long maxHeapBytes, int processors, long millisToMain,
                      double loadBefore, double loadAfter) {
    }

    /**
     * Start-up: what a {@code dyad code} run pays before its first article, measured cold (first thing the JVM does
     * after reading the corpus).
     *
     * @param modelsNanos        {@code OpenNlpModels.load()}
     * @param dictionariesNanos  {@code Dictionaries.bundled(...)}
     * @param pipelineNanos      {@code StandardPipeline.create(...)}: the actor and verb indexes are built here
     * @param dictionaryWarnings warnings the dictionary readers reported
     */
    public record Startup(long modelsNanos, long dictionariesNanos, long pipelineNanos, int dictionaryWarnings) {

        public long totalNanos() {
            return modelsNanos + dictionariesNanos + pipelineNanos;
        }
    }
}
