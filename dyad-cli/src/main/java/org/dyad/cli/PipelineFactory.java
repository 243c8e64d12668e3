package org.dyad.cli;

import org.dyad.pipeline.Pipeline;

/**
 * Builds the coding pipeline for the command line from the dictionary options: the bundled dictionaries, or the
 * files the options name instead.
 *
 * <p>Not wired yet: {@link #create} throws until the standard pipeline is connected, and {@code dyad code} reports
 * that as "cannot build the pipeline" with exit status 1.
 */
public final class PipelineFactory {

    /**
     * @param options the dictionary files chosen on the command line (already validated)
     * @return a pipeline whose last stage produces the EVENTS layer
     * @throws UnsupportedOperationException always, for now
     */
    public Pipeline create(DictionaryOptions options) {
        throw new UnsupportedOperationException("wired later");
    }
}
