package org.dyad.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.document.Span;

/**
 * Finds the passages inside double quotation marks, straight ({@code "}), curly ({@code “ ” „}) or written as two
 * apostrophes ({@code ''}, the typewriter convention of some newswires and of Penn Treebank text), at the character
 * level, before any tokenizing.
 *
 * <ul>
 *   <li>Two apostrophes in a row ({@code ''}) are one straight mark.</li>
 *   <li>A passage opened with one style may close with the other ({@code “…,"} or {@code "…”}), as typed text
 *       often mixes them.</li>
 *   <li>A straight mark opens when it follows whitespace, an opening bracket or a dash (or starts the text) and
 *       is followed by a non-space; otherwise it closes.</li>
 *   <li>Nested quotes (a curly pair inside a straight one, a straight pair inside a curly one, single quotes) stay
 *       inside the outer passage.</li>
 *   <li>News style for a quote that runs over several paragraphs: a paragraph ends without a closing mark and the
 *       next one starts with an opening mark. The passage then continues and is returned as one span.</li>
 *   <li>A passage still open at the end of a paragraph that does not continue that way is unbalanced and dropped,
 *       so one stray mark never swallows the article.</li>
 * </ul>
 * Paragraphs are separated by a blank line, or by any line break in a text that has no blank line.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    /**
     * The quoted passages between {@code from} and {@code to}.
     *
     * @return spans of the text inside the marks (marks excluded, surrounding whitespace trimmed), in text order,
     *         never overlapping, never empty
     */
    static List<Span> passages(String text, int from, int to) {
        boolean blankLines = hasBlankLine(text, from, to);
        List<Span> out = new ArrayList<>();
        boolean open = false;
        boolean curly = false;
        int depth = 0;
        int contentStart = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = paragraphBreakEnd(text, i, to, blankLines);
                if (next < 0) {
                    continue;
                }
                if (open) {
                    if (next < to && (isOpeningMark(text.charAt(next)) || straightAt(text, next, to) > 0)) {
                        i = next; // the quote continues in the next paragraph
                        depth = 0;
                        continue;
                    }
                    open = false;
                }
                i = next - 1;
                continue;
            }
            int straight = straightAt(text, i, to);
            if (!open) {
                if (c == '“' || c == '„' || (straight > 0 && opensAt(text, i, straight, from, to))) {
                    open = true;
                    curly = straight == 0;
                    depth = 0;
                    contentStart = i + Math.max(1, straight);
                    i += Math.max(0, straight - 1);
                }
                continue;
            }
            boolean closes = false;
            int markAt = i;
            if (curly) {
                if (c == '“' || c == '„') {
                    depth++;
                } else if (c == '”') {
                    if (depth > 0) {
                        depth--;
                    } else {
                        closes = true;
                    }
                } else if (straight > 0) {
                    i += straight - 1;
                    if (opensAt(text, markAt, straight, from, to)) {
                        depth++; // a straight quote nested in a curly one
                    } else if (depth > 0) {
                        depth--;
                    } else {
                        closes = true; // opened curly, closed straight: “…," she said
                    }
                }
            } else if (c == '“') {
                depth++;
            } else if (c == '”') {
                if (depth > 0) {
                    depth--;
                } else {
                    closes = true; // opened straight, closed curly: "…” he said
                }
            } else if (straight > 0) {
                i += straight - 1;
                if (opensAt(text, markAt, straight, from, to) && markAt > contentStart) {
                    depth++; // a straight quote nested in a straight quote
                } else if (depth > 0) {
                    depth--;
                } else {
                    closes = true;
                }
            }
            if (closes) {
                open = false;
                int s = contentStart;
                int e = markAt;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new Span(s, e));
                }
            }
        }
        return out;
    }

    static boolean isOpeningMark(char c) {
        return c == '“' || c == '„' || c == '"';
    }

    static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '„' || c == '"' || c == '‘' || c == '’' || c == '\'';
    }

    /** The length of a straight double mark at {@code i}: 1 for {@code "}, 2 for {@code ''}, 0 for none. */
    private static int straightAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '"') {
            return 1;
        }
        return c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'' ? 2 : 0;
    }

    /** Whether the straight mark of {@code length} chars at {@code i} opens a passage. */
    private static boolean opensAt(String text, int i, int length, int from, int to) {
        boolean before = i == from || Character.isWhitespace(text.charAt(i - 1))
                || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + length < to && !Character.isWhitespace(text.charAt(i + length));
        return before && after;
    }

    private static boolean hasBlankLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' && paragraphBreakEnd(text, i, to, true) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the line break at {@code i} ends a paragraph, the offset of the next paragraph's first non-space char
     * ({@code to} at the end); otherwise -1.
     */
    private static int paragraphBreakEnd(String text, int i, int to, boolean blankLines) {
        int j = i + 1;
        boolean blank = false;
        while (j < to && Character.isWhitespace(text.charAt(j))) {
            if (text.charAt(j) == '\n') {
                blank = true;
            }
            j++;
        }
        return blank || !blankLines ? j : -1;
    }
}
