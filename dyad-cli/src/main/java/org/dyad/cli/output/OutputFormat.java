package org.dyad.cli.output;

import java.io.IOException;
import java.io.Writer;

/** The output formats of {@code dyad code --format}: JSON Lines for machines, a table for people. */
public enum OutputFormat {
    /** One JSON object per event and line ({@link EventJsonWriter}); the default. */
    JSON,
    /** A fixed-width table ({@link EventTableWriter}). */
    TABLE;

    /**
     * A writer of this format on {@code out}.
     *
     * @throws IOException when the writer cannot be set up on {@code out}
     */
    public EventWriter open(Writer out) throws IOException {
        return this == JSON ? new EventJsonWriter(out) : new EventTableWriter(out);
    }
}
