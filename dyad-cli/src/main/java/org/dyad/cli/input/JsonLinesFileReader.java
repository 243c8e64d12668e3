package org.dyad.cli.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dyad.ingest.BoundedLineReader;
import org.dyad.ingest.JsonLinesArticleParser;
import org.dyad.ingest.ReadResult;

/**
 * Streams one JSON Lines file ({@code .jsonl}, or gzip-compressed {@code .jsonl.gz}) as read results, one per
 * non-blank line, holding one line in memory at a time.
 *
 * <p>Each line must be UTF-8 (a UTF-8 byte-order mark on the first line is dropped). A line over the size limit,
 * a line that is not valid UTF-8, or a record the {@link JsonLinesArticleParser} refuses gives one
 * {@link ReadResult.Unreadable} with origin {@code file:line}, and reading goes on with the next line. The whole file
 * gives one failure, and no more lines are read, when it cannot be opened, is not gzip although named {@code .gz},
 * is UTF-16 or UTF-32 (a byte-order mark), starts with binary bytes (a NUL on its first line), holds no record at
 * all, or breaks off mid-way (a truncated gzip stream: the failure names the line where reading stopped).
 */
final class JsonLinesFileReader implements Iterator<ReadResult>, Closeable {

    private final String origin;
    private final int maxLineBytes;
    private final JsonLinesArticleParser parser;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private Optional<InputStream> stream = Optional.empty();
    private Optional<BoundedLineReader> lines = Optional.empty();
    private Optional<ReadResult> next = Optional.empty();
    private boolean done;
    private long records;

    /**
     * @param path         the file
     * @param origin       the file as the user named it, for error reports
     * @param maxLineBytes the longest record accepted, in bytes
     * @param parser       turns a line into an article
     */
    JsonLinesFileReader(Path path, String origin, int maxLineBytes, JsonLinesArticleParser parser) {
        this.origin = origin;
        this.maxLineBytes = maxLineBytes;
        this.parser = parser;
        try {
            InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
            stream = Optional.of(raw);
            if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                stream = Optional.of(new GZIPInputStream(raw, 1 << 16));
            }
            lines = Optional.of(new BoundedLineReader(stream.get(), maxLineBytes));
        } catch (IOException e) {
            next = Optional.of(fileFailure(e.getMessage() != null && e.getMessage().startsWith("Not in GZIP format")
                    ? "not a gzip file, although its name ends in .gz"
                    : "cannot open: " + ArticleSource.describe(e)));
            done = true;
            closeQuietly();
        }
    }

    /**
     * Streams JSON Lines from a stream already open (standard input), already decompressed if it was gzip'd; the
     * reader closes it when done.
     *
     * @param in           the open stream
     * @param origin       how error reports name the stream ("stdin")
     * @param maxLineBytes the longest record accepted, in bytes
     * @param parser       turns a line into an article
     */
    JsonLinesFileReader(InputStream in, String origin, int maxLineBytes, JsonLinesArticleParser parser) {
        this.origin = origin;
        this.maxLineBytes = maxLineBytes;
        this.parser = parser;
        this.stream = Optional.of(in);
        this.lines = Optional.of(new BoundedLineReader(in, maxLineBytes));
    }

    @Override
    public boolean hasNext() {
        if (next.isEmpty() && !done) {
            next = advance();
        }
        return next.isPresent();
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next.get();
        next = Optional.empty();
        return result;
    }

    @Override
    public void close() {
        done = true;
        closeQuietly();
    }

    /** The next result, or empty when the file is finished (and then the file is closed). */
    private Optional<ReadResult> advance() {
        long lastLine = 0;
        try {
            Optional<BoundedLineReader.RawLine> raw;
            while ((raw = lines.orElseThrow().next()).isPresent()) {
                BoundedLineReader.RawLine line = raw.get();
                lastLine = line.number();
                Optional<ReadResult> result = read(line);
                if (result.isPresent()) {
                    records++;
                    return result;
                }
            }
            return finish(records == 0
                    ? Optional.of(fileFailure("no records: the file holds no JSON line"))
                    : Optional.empty());
        } catch (UnreadableInputException e) {
            return finish(Optional.of(ReadResult.unreadable(e.origin(), ReadResult.READ_STAGE, e.getMessage())));
        } catch (IOException e) {
            return finish(Optional.of(ReadResult.unreadable(origin + ":" + (lastLine + 1), ReadResult.READ_STAGE,
                    "reading stopped: " + ArticleSource.describe(e))));
        }
    }

    /** The result for one line, or empty for a blank line. */
    private Optional<ReadResult> read(BoundedLineReader.RawLine line) throws UnreadableInputException {
        String where = origin + ":" + line.number();
        byte[] bytes = line.bytes();
        int skip = 0;
        if (line.number() == 1) {
            if (TextDecoder.startsWith(bytes, 0xFE, 0xFF) || TextDecoder.startsWith(bytes, 0xFF, 0xFE)
                    || TextDecoder.startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
                throw new UnreadableInputException(origin, "JSON Lines must be UTF-8, and this file starts with a "
                        + "UTF-16 or UTF-32 byte-order mark; convert it to UTF-8");
            }
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UnreadableInputException(origin,
                            "binary file, or UTF-16 without a byte-order mark (a NUL byte on line 1); JSON Lines "
                                    + "files are UTF-8 text, one JSON object a line");
                }
            }
            if (TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                skip = 3;
            }
        }
        if (line.length() > maxLineBytes) {
            return Optional.of(ReadResult.unreadable(where, ReadResult.READ_STAGE, String.format(Locale.ROOT,
                    "the record is %,d bytes, over the limit of %,d bytes (%d MiB) for one JSON line; split the text",
                    line.length(), maxLineBytes, maxLineBytes >> 20)));
        }
        String text;
        try {
            utf8.reset();
            text = utf8.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (MalformedInputException e) {
            return Optional.of(ReadResult.unreadable(where, ReadResult.READ_STAGE,
                    "not valid UTF-8: " + badByte(bytes, skip) + "; JSON Lines files must be UTF-8"));
        } catch (CharacterCodingException e) {
            return Optional.of(ReadResult.unreadable(where, ReadResult.READ_STAGE, "not valid UTF-8"));
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parser.parse(text, origin, line.number()));
    }

    /** Describes the first byte that is not valid UTF-8, with its 0-based offset in the line. */
    private String badByte(byte[] bytes, int skip) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        int offset = in.position();
        return offset < bytes.length
                ? String.format(Locale.ROOT, "byte 0x%02X at byte %d of the line", bytes[offset] & 0xFF, offset)
                : "the line ends inside a character";
    }

    private Optional<ReadResult> finish(Optional<ReadResult> last) {
        done = true;
        closeQuietly();
        return last;
    }

    private ReadResult fileFailure(String message) {
        return ReadResult.unreadable(origin, ReadResult.READ_STAGE, message);
    }

    private void closeQuietly() {
        if (stream.isPresent()) {
            try {
                stream.get().close();
            } catch (IOException ignored) {
                // Closing an input we finished reading: nothing is lost, and the batch goes on.
            }
            stream = Optional.empty();
        }
    }
}
