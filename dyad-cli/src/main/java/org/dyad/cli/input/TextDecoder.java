package org.dyad.cli.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a plain-text article file into a string, strictly: a byte that is not valid in the encoding
 * is an error naming its offset and line, never a silent replacement character.
 *
 * <p>Encoding: UTF-8, unless the file starts with a byte-order mark for UTF-8, UTF-16 (LE/BE) or UTF-32 (LE/BE); the
 * mark is dropped and is not part of the text. Binary files are refused: a NUL byte anywhere (UTF-8 files), a NUL
 * character (UTF-16/32 files), or more than {@value #MAX_CONTROL_PERCENT}% control characters other than tab, line
 * feed, carriage return, vertical tab, form feed and escape in the first {@value #SAMPLE_CHARS} characters.
 */
final class TextDecoder {

    /** How much of the text the control-character test looks at, in chars (or bytes before decoding). */
    static final int SAMPLE_CHARS = 8192;
    /** Share of control characters, in percent, above which a file is binary. */
    static final int MAX_CONTROL_PERCENT = 10;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoder() {
    }

    /**
     * @param bytes  the whole file
     * @param origin the file as the user named it, for error reports
     * @return the text, without a byte-order mark
     * @throws UnreadableInputException for a binary file or bytes that are not valid in the encoding; the origin of
     *         an encoding error names the line ({@code file:line})
     */
    static String decode(byte[] bytes, String origin) throws UnreadableInputException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = UTF_32BE;
            skip = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = UTF_32LE;
            skip = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw binary(origin, "a NUL byte at offset " + i);
                }
            }
            checkControls(new String(bytes, skip, Math.min(bytes.length - skip, SAMPLE_CHARS),
                    StandardCharsets.ISO_8859_1), origin);
        }
        String text = strictly(bytes, skip, charset, origin);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            int nul = text.indexOf('\0');
            if (nul >= 0) {
                throw binary(origin, "a NUL character at char " + nul);
            }
            checkControls(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)), origin);
        }
        return text;
    }

    private static String strictly(byte[] bytes, int skip, Charset charset, String origin)
            throws UnreadableInputException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                }
            }
            String found = offset < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[offset] & 0xFF)
                    : "the file ends inside a character";
            String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
            throw new UnreadableInputException(origin + ":" + line, "not valid " + name + ": " + found
                    + " at byte offset " + offset + " of the file; save it as " + name);
        }
        out.flip();
        return out.toString();
    }

    private static void checkControls(String sample, String origin) throws UnreadableInputException {
        int controls = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if ((c < 0x20 && "\t\n\r\u000B\f\u001B".indexOf(c) < 0) || c == 0x7F) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > (long) sample.length() * MAX_CONTROL_PERCENT) {
            throw binary(origin, controls + " control characters in its first " + sample.length());
        }
    }

    private static UnreadableInputException binary(String origin, String evidence) {
        return new UnreadableInputException(origin, "binary file (" + evidence
                + "); only text files are read as articles");
    }

    /** True when {@code bytes} begins with the given unsigned byte values (a byte-order mark, a gzip magic). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
