package org.dyad.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Opens a UTF-8 text resource bundled in the jar and hands it to a reader: the cue lexicon and the synonym table. */
final class BundledText {
    private BundledText() {
    }

    /** Parses the text from {@code reader}; {@code name} names the source in error messages. */
    interface Parser<T> {
        T read(Reader reader, String name) throws IOException;
    }

    /**
     * @param resource absolute class-path name of the resource
     * @param what     what it is, for the message when it is missing
     * @throws IllegalStateException when the resource is not on the class path (a packaging error)
     * @throws UncheckedIOException  when it cannot be read
     */
    static <T> T read(String resource, String what, Parser<T> parser) {
        try (InputStream in = BundledText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " not on the class path");
            }
            return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
