package org.dyad.spark;

import org.dyad.actor.LearnedActors;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;

/**
 * The coding pipeline of one executor JVM, built on first use and then shared by all its tasks: the dictionaries,
 * OpenNLP models and gazetteer (about 5 s and 200 MB of heap) load once per executor, not once per partition or
 * per task. Stages are stateless after construction and thread-safe, so the tasks running side by side in one
 * executor code with the same instance.
 *
 * <p>A static holder is the one place Dyad keeps a process-wide instance: Spark ships functions, not objects with
 * a lifetime, so there is no constructor to hand the pipeline to. It is the pipeline {@code dyad code} and
 * {@code dyad ingest} build without dictionary options: {@link StandardPipeline} over the bundled dictionaries,
 * the bundled gazetteer and no learned actors.
 */
final class ExecutorPipeline {
    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    /**
     * The executor's pipeline, built by the first caller while the others wait.
     *
     * @throws IllegalStateException when a bundled dictionary or model cannot be loaded (a broken jar)
     */
    static Pipeline get() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = StandardPipeline.create(Dictionaries.bundled(new DictionaryReport()), OpenNlpModels.load(),
                            LearnedActors.none());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
