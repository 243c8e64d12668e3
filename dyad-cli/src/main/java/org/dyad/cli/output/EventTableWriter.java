package org.dyad.cli.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.event.OutputCodes;
import org.dyad.event.Participant;
import org.dyad.quote.Claim;
import org.dyad.quote.Quote;

/**
 * Writes events as a fixed-width table for reading in a terminal: a header line, then one line per event with the
 * document id, sentence number, source and target codes, CAMEO code, Goldstein value, quad class, PLOVER type, date
 * and the start of the sentence. Long cells are cut and end in "…"; whitespace inside the sentence is collapsed.
 *
 * <p>Quotes and claims form a second section, written by {@link #finish()} after all events: one line per quote
 * (document, sentence, D for direct or I for reported, speaker code, cue, speaker words, content) and one per claim
 * (document, sentence, claimant code, stance, the start of the contradicted claim's id, content). They are kept in
 * memory until then; the table is for reading, not for large batches. For machines, use {@link EventJsonWriter}.
 */
public final class EventTableWriter implements EventWriter {

    /** Widest sentence cell, in chars. */
    static final int SENTENCE_WIDTH = 60;

    private static final String ROW = "%-24s %4s %-12s %-12s %-5s %5s %4s %-12s %-10s %s%n";
    private static final String QUOTE_ROW = "%-24s %4s %-5s %-12s %-12s %-24s %s%n";
    private static final String CLAIM_ROW = "%-24s %4s %-8s %-12s %-8s %-12s %s%n";

    private final Writer out;
    private final List<String> quoteRows = new ArrayList<>();
    private final List<String> claimRows = new ArrayList<>();
    private boolean headerWritten;
    private final OutputCodes codes;

    /** @param out where the table goes; flushed by {@link #flush()}, never closed by this writer */
    public EventTableWriter(Writer out) {
        this(out, OutputCodes.bundled());
    }

    /**
     * @param out   where the table goes; flushed by {@link #flush()}, never closed by this writer
     * @param codes the check every event and speaker code passes before its row is written
     */
    public EventTableWriter(Writer out, OutputCodes codes) {
        this.out = out;
        this.codes = codes;
    }

    @Override
    public void write(Document doc, Event event) throws IOException {
        codes.check(event);
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
                cut(oneLine(doc.text(event.span())), SENTENCE_WIDTH)));
    }

    @Override
    public void writeQuote(Document doc, Quote quote) throws IOException {
        codes.checkActor("quote " + quote.id(), quote.actor().map(m -> m.actor().code()));
        quoteRows.add(String.format(Locale.ROOT, QUOTE_ROW,
                cut(doc.article().id(), 24),
                quote.sentenceIndex(),
                quote.direct() ? "D" : "I",
                cut(quote.actor().map(m -> m.actor().code()).orElse("-"), 12),
                cut(quote.cue().map(c -> oneLine(doc.text(c.span()))).orElse("-"), 12),
                cut(quote.speaker().map(s -> oneLine(doc.text(s))).orElse("-"), 24),
                cut(oneLine(doc.text(quote.span())), SENTENCE_WIDTH)));
    }

    @Override
    public void writeClaim(Document doc, Claim claim) throws IOException {
        claimRows.add(String.format(Locale.ROOT, CLAIM_ROW,
                cut(doc.article().id(), 24),
                claim.sentenceIndex(),
                claim.id().substring(0, Math.min(8, claim.id().length())),
                cut(claim.speaker().map(m -> m.actor().code()).orElse("-"), 12),
                claim.stance().label(),
                claim.contradicts().map(id -> id.substring(0, Math.min(8, id.length()))).orElse("-"),
                cut(oneLine(doc.text(claim.span())), SENTENCE_WIDTH)));
    }

    @Override
    public void flush() throws IOException {
        header();
        out.flush();
    }

    @Override
    public void finish() throws IOException {
        header();
        if (!quoteRows.isEmpty()) {
            out.write(System.lineSeparator());
            out.write(String.format(Locale.ROOT, QUOTE_ROW, "DOC", "SENT", "KIND", "SPEAKER", "CUE", "SPEAKER WORDS",
                    "CONTENT"));
            for (String row : quoteRows) {
                out.write(row);
            }
        }
        if (!claimRows.isEmpty()) {
            out.write(System.lineSeparator());
            out.write(String.format(Locale.ROOT, CLAIM_ROW, "DOC", "SENT", "CLAIM", "CLAIMANT", "STANCE",
                    "CONTRADICTS", "CONTENT"));
            for (String row : claimRows) {
                out.write(row);
            }
        }
        quoteRows.clear();
        claimRows.clear();
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

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
