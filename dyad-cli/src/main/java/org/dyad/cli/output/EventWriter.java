package org.dyad.cli.output;

import java.io.IOException;
import org.dyad.document.Document;
import org.dyad.event.Event;

/**
 * Writes coded events to an output, one format per implementation ({@link EventJsonWriter},
 * {@link EventTableWriter}). Not thread-safe: one writer per output.
 */
public interface EventWriter {

    /**
     * Writes one event.
     *
     * @param doc   the document the event was coded from; its text gives the sentence and participant text
     * @param event the event, whose spans point into {@code doc.text()}
     * @throws IOException when the output cannot be written
     */
    void write(Document doc, Event event) throws IOException;

    /** Pushes what was written to the output; called after each article and at the end. */
    void flush() throws IOException;
}
