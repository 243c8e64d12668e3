package org.dyad.cli;

import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.dyad.actor.LearnedActors;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.geo.Gazetteer;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;

/**
 * Builds the coding pipeline for the command line: {@link StandardPipeline} over the bundled dictionaries, or the
 * files the options name instead. Warnings about the user's dictionary files go to standard error, one a line.
 *
 * <p>Start-up: when asked for dictionaries or a pipeline, a factory first starts reading the OpenNLP models and the
 * gazetteer on a background thread, so that on a machine with a second core they load while the dictionaries are
 * parsed; {@link #create} waits for them. Making a factory costs nothing (picocli makes one per command object).
 */
public final class PipelineFactory {
    private final PrintStream warnings;
    private CompletableFuture<OpenNlpModels> models;
    private CompletableFuture<Gazetteer> gazetteer;

    public PipelineFactory() {
        this(System.err);
    }

    PipelineFactory(PrintStream warnings) {
        this.warnings = warnings;
    }

    /** Starts loading the models and the gazetteer, once. */
    private synchronized void preload() {
        if (models == null) {
            models = preload(OpenNlpModels::load);
            gazetteer = preload(Gazetteer::load);
        }
    }

    private static <T> CompletableFuture<T> preload(Supplier<T> loader) {
        return CompletableFuture.supplyAsync(loader, task -> {
            Thread t = new Thread(task, "dyad-preload");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The preloaded value; a loader's exception is rethrown as it was thrown. */
    private static <T> T await(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * @param options the dictionary files chosen on the command line (already validated)
     * @return a pipeline whose last stage produces the EVENTS layer
     */
    public Pipeline create(DictionaryOptions options) {
        preload();
        return create(options, dictionaries(options));
    }

    /**
     * The dictionaries the options choose, their warnings printed one a line.
     *
     * @param options the dictionary files chosen on the command line (already validated)
     */
    public Dictionaries dictionaries(DictionaryOptions options) {
        preload();
        DictionaryReport report = new DictionaryReport();
        Dictionaries dictionaries = DictionaryFiles.load(options, report);
        for (String w : report.warnings()) {
            warnings.println("dyad: dictionary warning: " + w);
        }
        return dictionaries;
    }

    /**
     * The pipeline over dictionaries already loaded by {@link #dictionaries}, with the options' learned actors.
     *
     * @return a pipeline whose last stage produces the EVENTS layer
     */
    public Pipeline create(DictionaryOptions options, Dictionaries dictionaries) {
        preload();
        return StandardPipeline.create(dictionaries, await(models), await(gazetteer), learnedActors(options));
    }

    /**
     * The learned actors named by {@code --learned}, or none.
     *
     * @throws CommandFailedException when the file cannot be read or is malformed
     */
    private static LearnedActors learnedActors(DictionaryOptions options) {
        if (options.learned().isEmpty()) {
            return LearnedActors.none();
        }
        try {
            return LearnedActorsFile.load(options.learned().get());
        } catch (java.io.IOException e) {
            throw new CommandFailedException("cannot read learned actors " + options.learned().get() + ": "
                    + e.getMessage(), e);
        }
    }
}
