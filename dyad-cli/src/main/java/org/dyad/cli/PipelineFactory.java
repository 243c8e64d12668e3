package org.dyad.cli;

import java.io.PrintStream;
import org.dyad.actor.LearnedActors;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;

/**
 * Builds the coding pipeline for the command line: {@link StandardPipeline} over the bundled dictionaries, or the
 * files the options name instead. Warnings about the user's dictionary files go to standard error, one a line.
 */
public final class PipelineFactory {
    private final PrintStream warnings;

    public PipelineFactory() {
        this(System.err);
    }

    PipelineFactory(PrintStream warnings) {
        this.warnings = warnings;
    }

    /**
     * @param options the dictionary files chosen on the command line (already validated)
     * @return a pipeline whose last stage produces the EVENTS layer
     */
    public Pipeline create(DictionaryOptions options) {
        return create(options, dictionaries(options));
    }

    /**
     * The dictionaries the options choose, their warnings printed one a line.
     *
     * @param options the dictionary files chosen on the command line (already validated)
     */
    public Dictionaries dictionaries(DictionaryOptions options) {
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
        return StandardPipeline.create(dictionaries, OpenNlpModels.load(), learnedActors(options));
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
