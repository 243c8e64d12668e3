package org.dyad.cli.output;

import java.io.IOException;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.quote.Claim;
import org.dyad.quote.Quote;

/**
 * Writes coded events, and the quotes and claims found beside them, to an output, one format per implementation ({@link EventJsonWriter},
 * {@link EventTableWriter}). Not thread-safe: one writer per output.
 */
public interface EventWriter {

    /**
     * Writes one event.
     *
     * @param doc   the document the event was coded from; its text gives the sentence and participant text
     * @param event the event, whose spans point into {@code doc.text()}
     * @throws IOException when the output cannot be written
     * @throws org.dyad.event.OutputCodes.MalformedCodeException when the event code is not in the CAMEO code table
     *         or an actor code is malformed; nothing of the event has been written
     */
    void write(Document doc, Event event) throws IOException;

    /**
     * Writes one attributed statement (a quote record).
     *
     * @param doc   the document the quote was found in; its text gives the content, cue and speaker text
     * @param quote the quote, whose spans point into {@code doc.text()}
     * @throws IOException when the output cannot be written
     * @throws org.dyad.event.OutputCodes.MalformedCodeException when the speaker's actor code is malformed; nothing
     *         of the quote has been written
     */
    void writeQuote(Document doc, Quote quote) throws IOException;

    /**
     * Writes one claim (a claim record).
     *
     * @param doc   the document the claim was found in
     * @param claim the claim, whose span points into {@code doc.text()}
     * @throws IOException when the output cannot be written
     */
    void writeClaim(Document doc, Claim claim) throws IOException;

    /** Pushes what was written to the output; called after each article and at the end. */
    void flush() throws IOException;

    /** Writes anything kept for the end (the table's quotes and claims section) and flushes; called once, last. */
    default void finish() throws IOException {
        flush();
    }
}
