package org.dyad.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.event.Participant;

/**
 * Writes events as a fixed-width table for reading in a terminal: a header line, then one line per event with the
 * document id, sentence number, source and target codes, CAMEO code, Goldstein value, quad class, PLOVER type, date
 * and the start of the sentence. Long cells are cut and end in "…"; whitespace inside the sentence is collapsed.
 * For machines, use {@link EventJsonWriter}.
 */
public final class EventTableWriter implements EventWriter {

    /** Widest sentence cell, in chars. */
    static final int SENTENCE_WIDTH = 60;

    private static final String ROW = "%-24s %4s %-12s %-12s %-5s %5s %4s %-12s %-10s %s%n";

    private final Writer out;
    private boolean headerWritten;

    /** @param out where the table goes; flushed by {@link #flush()}, never closed by this writer */
    public EventTableWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Document doc, Event event) throws IOException {
        header();
        out.write(String.format(Locale.ROOT, ROW,
                cut(event.docId(), 24),
                event.sentenceIndex(),
                cut(code(event.source()), 12),
                cut(code(event.target()), 12),
                event.code().value(),
                String.format(Locale.ROOT, "%+.1f", event.goldstein()),
                event.quadClass().number(),
                cut(event.plover().map(p -> p.type()).orElse(""), 12),
                EventDates.of(doc, event).value().orElse("-"),
                cut(doc.text(event.span()).strip().replaceAll("\\s+", " "), SENTENCE_WIDTH)));
    }

    @Override
    public void flush() throws IOException {
        header();
        out.flush();
    }

    private void header() throws IOException {
        if (!headerWritten) {
            out.write(String.format(Locale.ROOT, ROW,
                    "DOC", "SENT", "SOURCE", "TARGET", "CAMEO", "GOLD", "QUAD", "PLOVER", "DATE", "SENTENCE"));
            headerWritten = true;
        }
    }

    private static String code(Optional<Participant> participant) {
        return participant.map(Participant::code).orElse("-");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
