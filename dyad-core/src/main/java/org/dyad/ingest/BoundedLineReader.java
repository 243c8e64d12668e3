package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a byte stream line by line (lines end with {@code \n}; a {@code \r} before it is dropped) keeping at most
 * {@code maxBytes} bytes of any line in memory: the rest of an overlong line is counted and skipped, so memory stays
 * bounded whatever the input. Used by the command line's JSON Lines reader and by the Spark job's, so both read a
 * file the same way. Not thread-safe; one reader per file.
 */
public final class BoundedLineReader {

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param bytes  the line's bytes without the line end; when {@code length > maxBytes} only the first
     *               {@code maxBytes + 1} bytes are kept
     * @param length the line's true length in bytes, without the line end
     */
    public record RawLine(long number, byte[] bytes, long length) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private byte[] line = new byte[1 << 12];

    /**
     * @param in       the stream to read; not closed by this class
     * @param maxBytes the longest line kept whole, in bytes
     */
    public BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or empty at the end of the stream. */
    public Optional<RawLine> next() throws IOException {
        int kept = 0;
        long length = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAnything) {
                        return Optional.empty();
                    }
                    break;
                }
            }
            sawAnything = true;
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int count = end - position;
            length += count;
            int room = maxBytes + 1 - kept;
            int copy = Math.min(count, Math.max(room, 0));
            if (copy > 0) {
                ensureCapacity(kept + copy);
                System.arraycopy(buffer, position, line, kept, copy);
                kept += copy;
            }
            boolean ended = end < limit;
            position = ended ? end + 1 : limit;
            if (ended) {
                break;
            }
        }
        lineNumber++;
        if (length <= maxBytes && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        return Optional.of(new RawLine(lineNumber, Arrays.copyOf(line, kept), length));
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(needed, line.length * 2), maxBytes + 1));
        }
    }
}
