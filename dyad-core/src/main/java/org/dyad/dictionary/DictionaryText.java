package org.dyad.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns dictionary bytes into text and text into comment-free lines and words, following the general rules of
 * the PETRARCH dictionary formats ("PETRARCH Dictionary Formats", section "General Rules for dictionaries").
 *
 * <p>Decoding: the files are UTF-8, but some carry stray Windows-1252 bytes (the bundled {@code cameo-codes.csv}
 * has "smart quotes" saved that way). Every byte that does not belong to a well-formed UTF-8 sequence is decoded
 * as Windows-1252 and the line is reported once. A leading byte-order mark is dropped.
 *
 * <p>Comments: {@code #} to end of line; {@code <!-- ... -->}, also across lines (the first {@code -->} closes it,
 * no nesting); and, where the caller asks for it, the legacy KEDS/TABARI {@code ;} to end of line. A {@code #} or
 * {@code ;} inside a bracketed code that closes on the same line ({@code [###]}) is part of the code, not a
 * comment. A line holding a {@code -->} outside any comment (e.g. {@code <! -- NEW ACTORS -->}, a mistyped opener)
 * is reported and dropped. Blank lines are dropped.
 */
public final class DictionaryText {
    private static final char[] CP1252_80_9F = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'};

    private DictionaryText() {
    }

    /**
     * Decodes a dictionary file.
     *
     * @param bytes      the raw file content
     * @param sourceName file name used in warnings
     * @param report     receives one warning per line that held undecodable bytes
     * @return the text; never null. Undecodable bytes become their Windows-1252 characters.
     */
    public static String decode(byte[] bytes, String sourceName, DictionaryReport report) {
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        try {
            // Fast path: well-formed UTF-8, decoded by the JDK (vectorized for ASCII runs).
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return decodeMixed(bytes, offset, sourceName, report);
        }
    }

    /** Byte-by-byte UTF-8 with Windows-1252 for every byte outside a well-formed sequence. */
    private static String decodeMixed(byte[] bytes, int start, String sourceName, DictionaryReport report) {
        StringBuilder out = new StringBuilder(bytes.length);
        int n = bytes.length;
        int i = start;
        int line = 1;
        boolean badBytes = false;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                if (b == '\n') {
                    if (badBytes) {
                        report.warn(sourceName, line, "bytes that are not UTF-8, decoded as Windows-1252");
                    }
                    line++;
                    badBytes = false;
                }
                out.append((char) b);
                i++;
                continue;
            }
            int len = sequenceLength(bytes, i);
            if (len > 0) {
                out.appendCodePoint(codePoint(bytes, i, len));
                i += len;
            } else {
                out.append(b < 0xA0 ? CP1252_80_9F[b - 0x80] : (char) b);
                badBytes = true;
                i++;
            }
        }
        if (badBytes) {
            report.warn(sourceName, line, "bytes that are not UTF-8, decoded as Windows-1252");
        }
        return out.toString();
    }

    /**
     * Reads and decodes a dictionary file a user supplied (for {@code --verbs}, {@code --actors} and so on).
     *
     * @throws UncheckedIOException when the file cannot be read; the message names the file
     */
    public static String read(Path file, DictionaryReport report) {
        try {
            return decode(Files.readAllBytes(file), file.getFileName().toString(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary file " + file + ": " + e.getMessage()
                    + "; check the path given on the command line", e);
        }
    }

    /**
     * Splits text into lines and removes comments and blank lines (rules in the class comment).
     *
     * @param content           decoded file content
     * @param source            file name for warnings
     * @param report            receives warnings for stray {@code -->} and unterminated {@code <!--}
     * @param semicolonComments whether {@code ;} also starts a comment (actor, agent, verb and discard files)
     * @return the remaining non-blank lines in file order
     */
    public static List<DictionaryLine> lines(String content, String source, DictionaryReport report,
                                             boolean semicolonComments) {
        List<DictionaryLine> result = new ArrayList<>();
        boolean inComment = false;
        int commentStart = 0;
        int number = 0;
        int start = 0;
        int length = content.length();
        // Next position of each comment character, advanced with indexOf (vectorized by the JDK) rather than by
        // looking at every character: most lines hold none and are taken as they are.
        int[] next = {-2, -2, -2, -2};
        while (start <= length) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            int lineEnd = end > start && content.charAt(end - 1) == '\r' ? end - 1 : end;
            int lineStart = start;
            start = end + 1;
            if (!inComment && !hasMarker(content, lineStart, lineEnd, semicolonComments, next)) {
                int last = lineEnd;
                while (last > lineStart && Character.isWhitespace(content.charAt(last - 1))) {
                    last--;
                }
                if (last > lineStart) {
                    result.add(new DictionaryLine(number, content.substring(lineStart, last)));
                }
                if (end == length) {
                    break;
                }
                continue;
            }
            String raw = content.substring(lineStart, lineEnd);
            StringBuilder kept = new StringBuilder();
            int pos = 0;
            while (pos <= raw.length()) {
                if (inComment) {
                    int close = raw.indexOf("-->", pos);
                    if (close < 0) {
                        break;
                    }
                    inComment = false;
                    pos = close + 3;
                    continue;
                }
                int stop = commentPosition(raw, pos, semicolonComments);
                if (stop < 0) {
                    kept.append(raw, pos, raw.length());
                    break;
                }
                kept.append(raw, pos, stop);
                if (raw.startsWith("<!--", stop)) {
                    inComment = true;
                    commentStart = number;
                    pos = stop + 4;
                } else {
                    break;
                }
            }
            String text = kept.toString().stripTrailing();
            if (text.contains("-->")) {
                report.warn(source, number, "'-->' outside a comment (a mistyped '<!--'?); line skipped");
                continue;
            }
            if (!text.isBlank()) {
                result.add(new DictionaryLine(number, text));
            }
            if (end == length) {
                break;
            }
        }
        if (inComment) {
            report.warn(source, commentStart, "'<!--' comment is never closed; the rest of the file was ignored");
        }
        return result;
    }

    /**
     * Splits a dictionary phrase into upper-case words at blanks and underscores, dropping empty pieces:
     * {@code "North_Atlantic  treaty_"} gives {@code [NORTH, ATLANTIC, TREATY]}.
     */
    public static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && isSeparator(phrase.charAt(i))) {
                i++;
            }
            int begin = i;
            while (i < n && !isSeparator(phrase.charAt(i))) {
                i++;
            }
            if (i > begin) {
                words.add(phrase.substring(begin, i).toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The blank-separated fields of a text: {@code " A  B "} gives {@code [A, B]}; empty for a blank text. */
    public static List<String> fields(String text) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int begin = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > begin) {
                fields.add(text.substring(begin, i));
            }
        }
        return fields;
    }

    /** The text with all whitespace removed: {@code "[  NGO~]"} gives {@code "[NGO~]"}. */
    public static String withoutBlanks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when {@code text} holds any of the characters in {@code chars}. */
    public static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '_' || Character.isWhitespace(c);
    }

    /** Characters that may start or end a comment: '#', '<' ({@code <!--}), '>' ({@code -->}), ';'. */
    private static final String MARKERS = "#<>;";

    /**
     * Whether the range holds a marker character. {@code next} caches the next position of each marker: -2 before
     * the first search, -1 when there is none left.
     */
    private static boolean hasMarker(String content, int from, int to, boolean semicolonComments, int[] next) {
        int markers = semicolonComments ? MARKERS.length() : MARKERS.length() - 1;
        for (int k = 0; k < markers; k++) {
            if (next[k] != -1 && next[k] < from) {
                next[k] = content.indexOf(MARKERS.charAt(k), from);
            }
            if (next[k] >= 0 && next[k] < to) {
                return true;
            }
        }
        return false;
    }

    /** Position of the first comment marker at or after {@code from}, or -1. */
    private static int commentPosition(String raw, int from, boolean semicolonComments) {
        int depth = 0;
        for (int i = from; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '<' && raw.startsWith("<!--", i)) {
                return i;
            } else if (c == '#' || semicolonComments && c == ';') {
                if (depth == 0 || raw.indexOf(']', i) < 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int sequenceLength(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int len;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + len > bytes.length) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        int cp = codePoint(bytes, i, len);
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return 0;
        }
        return len;
    }

    private static int codePoint(byte[] bytes, int i, int len) {
        int b = bytes[i] & 0xFF;
        int cp = len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        for (int k = 1; k < len; k++) {
            cp = cp << 6 | bytes[i + k] & 0x3F;
        }
        return cp;
    }

}
