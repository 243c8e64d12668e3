package org.dyad.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.ingest.BoundedLineReader;
import org.dyad.ingest.ReadResult;

/**
 * Reads one JSON Lines file on an executor, lazily, as {@link InputRecord}s: one per non-blank line, holding one line
 * in memory at a time. The checks are those of {@code dyad ingest}: each line must be valid UTF-8 (a byte-order mark
 * on line 1 is dropped) and at most {@link #MAX_LINE_BYTES} bytes, else that line is a failure and reading goes on;
 * a file that cannot be opened, is not gzip although named {@code .gz}, starts with a UTF-16/32 byte-order mark or a
 * NUL byte, holds no record, or breaks off mid-way gives one failure for the file (or the line where it stopped).
 * The JSON itself is parsed later, where the article is coded.
 */
final class JsonLinesFile implements Iterator<InputRecord> {

    /** Longest record read, in bytes, line end excluded: 10 MiB, as {@code dyad ingest}. */
    static final int MAX_LINE_BYTES = 10 * 1024 * 1024;

    private final InputFile file;
    private final int maxLineBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private InputStream in;
    private InputRecord next;
    private boolean done;
    private long lineNumber;
    private long records;
    private BoundedLineReader lines;

    /**
     * Opens the file; a file that cannot be opened gives one failure as its only record.
     *
     * @param file         the file (its URI is opened through Hadoop's file system)
     * @param conf         the job's Hadoop configuration
     * @param maxLineBytes the longest record accepted, in bytes
     */
    JsonLinesFile(InputFile file, Configuration conf, int maxLineBytes) {
        this.file = file;
        this.maxLineBytes = maxLineBytes;
        try {
            Path path = new Path(file.uri());
            FileSystem fs = path.getFileSystem(conf);
            in = new BufferedInputStream(fs.open(path), 1 << 16);
            if (path.getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            lines = new BoundedLineReader(in, maxLineBytes);
        } catch (ZipException e) {
            finish(fileFailure("not a gzip file, although its name ends in .gz"));
        } catch (IOException e) {
            finish(fileFailure("cannot open: " + e.getMessage()));
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public InputRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRecord r = next;
        next = null;
        return r;
    }

    /** Reads one line and sets {@link #next} to its record, or finishes the file. */
    private void advance() {
        long length;
        int kept;
        byte[] line;
        try {
            Optional<BoundedLineReader.RawLine> raw = lines.next();
            if (raw.isEmpty()) {
                finish(records == 0 ? fileFailure("no records: the file holds no JSON line") : null);
                return;
            }
            line = raw.get().bytes();
            kept = line.length;
            length = raw.get().length();
        } catch (IOException e) {
            finish(InputRecord.failed(file.order(), file.origin(), lineNumber + 1, ReadResult.READ_STAGE,
                    "reading stopped: " + e.getMessage()));
            return;
        }
        lineNumber++;
        int skip = 0;
        if (lineNumber == 1) {
            if (startsWith(line, 0xFE, 0xFF) || startsWith(line, 0xFF, 0xFE) || startsWith(line, 0x00, 0x00, 0xFE, 0xFF)) {
                finish(fileFailure("JSON Lines must be UTF-8, and this file starts with a UTF-16 or UTF-32 "
                        + "byte-order mark; convert it to UTF-8"));
                return;
            }
            for (int i = 0; i < kept; i++) {
                if (line[i] == 0) {
                    finish(fileFailure("binary file, or UTF-16 without a byte-order mark (a NUL byte on line 1); "
                            + "JSON Lines files are UTF-8 text, one JSON object a line"));
                    return;
                }
            }
            if (startsWith(line, 0xEF, 0xBB, 0xBF)) {
                skip = 3;
            }
        }
        if (length > maxLineBytes) {
            records++;
            next = lineFailure(String.format(Locale.ROOT, "the record is %,d bytes, over the limit of %,d bytes "
                    + "(%d MiB) for one JSON line; split the text", length, maxLineBytes, maxLineBytes >> 20));
            return;
        }
        String text;
        try {
            utf8.reset();
            text = utf8.decode(ByteBuffer.wrap(line, skip, kept - skip)).toString();
        } catch (CharacterCodingException e) {
            records++;
            next = lineFailure("not valid UTF-8; JSON Lines files must be UTF-8");
            return;
        }
        if (!text.isBlank()) {
            records++;
            next = InputRecord.of(file.order(), file.origin(), lineNumber, text);
        }
    }

    private static boolean startsWith(byte[] line, int... bytes) {
        if (line.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((line[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private InputRecord fileFailure(String reason) {
        return InputRecord.failed(file.order(), file.origin(), 0, ReadResult.READ_STAGE, reason);
    }

    private InputRecord lineFailure(String reason) {
        return InputRecord.failed(file.order(), file.origin(), lineNumber, ReadResult.READ_STAGE, reason);
    }

    /** Ends the file, with a last record (a failure) or none, and closes it. */
    private void finish(InputRecord last) {
        next = last;
        done = true;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // closing a file we have finished reading: nothing is lost
            }
            in = null;
        }
    }

    /** Reads the whole file into a list (tests). */
    static java.util.List<InputRecord> readAll(InputFile file, Configuration conf, int maxLineBytes) {
        java.util.List<InputRecord> out = new java.util.ArrayList<>();
        new JsonLinesFile(file, conf, maxLineBytes).forEachRemaining(out::add);
        return out;
    }
}
