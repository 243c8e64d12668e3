package org.dyad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.document.Article;
import org.dyad.document.Span;

/**
 * Turns the text of one plain-text news article into an {@link Article}: finds the headline, the byline and the
 * dateline, and marks the rest as the body to code. Pure (no I/O) and stateless; one instance may be shared.
 *
 * <p>Input: the decoded text of a file, exactly as read (line ends {@code \n}, {@code \r\n} or {@code \r}); the
 * {@code Article} keeps it unchanged and every offset points into it. Output: {@link ReadResult.Read} with the
 * article, or {@link ReadResult.Unreadable} (stage {@link ReadResult#PARSE_STAGE}) when there is nothing to code:
 * an empty or whitespace-only text, or a headline and byline with no body.
 *
 * <p>Layout rules, in order:
 * <ol>
 *   <li>A text with one non-empty line is all body (a single sentence is coded, never taken for a headline).</li>
 *   <li>The first non-empty line is the <b>headline</b> unless it starts with a dateline (then it is the body),
 *       reads like a sentence, or is directly followed, with no blank line between, by a line that is neither a
 *       byline nor a dateline (then it is hard-wrapped prose, as in the Reuters archive). It reads like a sentence
 *       when it ends with a lower-case word or a number and a full stop ({@code …to cooperate.}, {@code …in 1995.}),
 *       when it has more than 12 words and ends with {@code . ! ?}, when it ends with a colon (it introduces a
 *       list: {@code Results on Saturday:}), or when it has more than 30 words: headlines
 *       are short and rarely end with a full stop ({@code Talks resume, says U.S.} stays a headline). A first line
 *       that is itself a byline gives a byline and no headline.</li>
 *   <li>A <b>byline</b> may follow the headline (blank lines allowed between): {@code By Jane Wanjiru} on one line,
 *       or {@code By} alone followed by the name line. The name must look like a name (capitalised words and small
 *       linking words such as "and", "de", "al"), so {@code By Monday, the talks…} stays body. The byline is the name
 *       without "By". Short capitalised credit lines directly under it ({@code Associated Press Writer}) are skipped
 *       as metadata.</li>
 *   <li>The first paragraph after these is the body. When it starts with a dateline (see {@link DatelineFinder}
 *       for the rule), the dateline text becomes {@link Article#dateline()} and its agency, if any,
 *       {@link Article#source()}; the body starts after the dateline's separator.</li>
 * </ol>
 * {@link Article#body()} runs from the first body character to the end of the text.
 */
public final class PlainTextArticleParser {

    /** Lines longer than this are never a byline or a credit line (they are prose); keeps checks cheap. */
    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_NAME_WORDS = 12;
    private static final int MAX_CREDIT_WORDS = 6;

    private static final Pattern BY_ALONE = Pattern.compile("(?i:by):?");
    private static final Pattern BY_NAME = Pattern.compile("(?i:by)[ \\t]+(?<name>\\S.*)");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}.'’-]*,?|&");
    /** Lower-case words allowed inside personal names and credits ("Amina bint Said", "Pieter van der Berg"). */
    private static final Set<String> NAME_LINKS = Set.of("and", "de", "da", "das", "do", "dos", "del", "della",
            "der", "den", "di", "du", "van", "von", "al", "el", "bin", "bint", "ibn", "la", "le", "y", "of", "the");
    /** A lower-case word or a number, a full stop and optional closing quotes or brackets: the end of a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:\\p{Ll}{2,}|\\d)[.!][\"'”’)\\]]*$");
    /** Any sentence-final mark, with optional closing quotes or brackets. */
    private static final Pattern FINAL_MARK = Pattern.compile("[.!?][\"'”’)\\]]*$");
    /** A first line with more words than this that ends with a full stop is prose: headlines are short. */
    private static final int MAX_HEADLINE_WORDS_WITH_STOP = 12;
    /** A first line with more words than this is prose whatever its end. */
    private static final int MAX_HEADLINE_WORDS = 30;

    private final DatelineFinder datelines = new DatelineFinder();

    /**
     * @param content the whole text of the article, as decoded
     * @param id      the article id (for files, the path relative to the directory given)
     * @param origin  where it was read, for error reports ("dir/a.txt")
     * @return the article, or why there is nothing to code
     */
    public ReadResult parse(String content, String id, String origin) {
        List<Line> lines = Line.split(content);
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return ReadResult.unreadable(origin, ReadResult.PARSE_STAGE, content.isEmpty()
                    ? "the input is empty; an article needs some text"
                    : "the input holds only whitespace; an article needs some text");
        }
        Optional<String> headline = Optional.empty();
        Optional<String> byline = Optional.empty();
        int bodyLine = first;
        if (nextNonBlank(lines, first + 1) >= 0) {
            int next = first;
            Optional<Byline> firstAsByline = byline(content, lines, first);
            if (firstAsByline.isPresent()) {
                byline = Optional.of(firstAsByline.get().name());
                next = firstAsByline.get().nextLine();
            } else if (isHeadline(content, lines, first)) {
                headline = Optional.of(lines.get(first).trimmed(content));
                next = nextNonBlank(lines, first + 1);
                Optional<Byline> after = byline(content, lines, next);
                if (after.isPresent()) {
                    byline = Optional.of(after.get().name());
                    next = after.get().nextLine();
                }
            }
            bodyLine = nextNonBlank(lines, next);
            if (bodyLine < 0) {
                return ReadResult.unreadable(origin, ReadResult.PARSE_STAGE,
                        "no body: only a headline and a byline were found; put the article text after them");
            }
        }
        int bodyStart = lines.get(bodyLine).contentStart();
        Optional<String> dateline = Optional.empty();
        Optional<String> agency = Optional.empty();
        Optional<Dateline> found = datelines.find(content, bodyStart);
        if (found.isPresent()) {
            dateline = Optional.of(found.get().text());
            agency = found.get().agency();
            bodyStart = found.get().bodyStart();
        }
        Article article = new Article(id, content, new Span(bodyStart, content.length()), headline, byline,
                dateline, Optional.empty(), Optional.empty(), agency, origin);
        return ReadResult.read(article);
    }

    /** True for characters that make a line blank: Unicode whitespace, no-break space and a stray byte-order mark. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\uFEFF';
    }

    private boolean isHeadline(String content, List<Line> lines, int first) {
        Line line = lines.get(first);
        if (datelines.find(content, line.contentStart()).isPresent()) {
            return false;
        }
        String end = content.substring(Math.max(line.contentStart(), line.contentEnd() - MAX_BYLINE_CHARS),
                line.contentEnd());
        int words = wordCount(content, line);
        if (words > MAX_HEADLINE_WORDS || end.endsWith(":") || SENTENCE_END.matcher(end).find()
                || (words > MAX_HEADLINE_WORDS_WITH_STOP && FINAL_MARK.matcher(end).find())) {
            return false;
        }
        int following = first + 1;
        if (following >= lines.size() || lines.get(following).isBlank()) {
            return true;
        }
        return byline(content, lines, following).isPresent()
                || datelines.find(content, lines.get(following).contentStart()).isPresent();
    }

    /** The byline starting at line {@code index}, and the index of the first line after it and its credit lines. */
    private Optional<Byline> byline(String content, List<Line> lines, int index) {
        if (index < 0 || index >= lines.size() || lines.get(index).length() > MAX_BYLINE_CHARS) {
            return Optional.empty();
        }
        String text = lines.get(index).trimmed(content);
        Optional<Byline> found = Optional.empty();
        Matcher byName = BY_NAME.matcher(text);
        if (BY_ALONE.matcher(text).matches()) {
            int nameLine = nextNonBlank(lines, index + 1);
            if (nameLine >= 0 && lines.get(nameLine).length() <= MAX_BYLINE_CHARS
                    && isName(lines.get(nameLine).trimmed(content), MAX_NAME_WORDS)) {
                found = Optional.of(new Byline(lines.get(nameLine).trimmed(content), nameLine + 1));
            }
        } else if (byName.matches() && isName(byName.group("name").strip(), MAX_NAME_WORDS)) {
            found = Optional.of(new Byline(byName.group("name").strip(), index + 1));
        }
        return found.map(b -> new Byline(b.name(), skipCredits(content, lines, b.nextLine())));
    }

    private int skipCredits(String content, List<Line> lines, int index) {
        int i = index;
        while (i < lines.size() && !lines.get(i).isBlank() && lines.get(i).length() <= MAX_BYLINE_CHARS
                && isName(lines.get(i).trimmed(content), MAX_CREDIT_WORDS)
                && datelines.find(content, lines.get(i).contentStart()).isEmpty()) {
            i++;
        }
        return i;
    }

    private static boolean isName(String text, int maxWords) {
        if (text.isEmpty() || "!?:;".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        String[] words = text.split("[ \\t]+");
        if (words.length > maxWords || !NAME_WORD.matcher(words[0]).matches()) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches() && !NAME_LINKS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words of the line, counting no further than one past {@link #MAX_HEADLINE_WORDS}. */
    private static int wordCount(String content, Line line) {
        int words = 0;
        boolean inWord = false;
        for (int i = line.contentStart(); i < line.contentEnd() && words <= MAX_HEADLINE_WORDS; i++) {
            boolean space = isSpace(content.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private record Byline(String name, int nextLine) {
    }

    /**
     * One line of the text.
     *
     * @param start        offset of its first char
     * @param end          offset after its last char, line terminator excluded
     * @param contentStart offset of its first non-blank char ({@code end} when the line is blank)
     * @param contentEnd   offset after its last non-blank char ({@code end} when the line is blank)
     */
    private record Line(int start, int end, int contentStart, int contentEnd) {

        static List<Line> split(String text) {
            List<Line> lines = new ArrayList<>();
            int start = 0;
            int n = text.length();
            while (start <= n) {
                int end = start;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                lines.add(of(text, start, end));
                if (end >= n) {
                    break;
                }
                start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
            }
            return lines;
        }

        private static Line of(String text, int start, int end) {
            int from = start;
            while (from < end && isSpace(text.charAt(from))) {
                from++;
            }
            if (from == end) {
                return new Line(start, end, end, end);
            }
            int to = end;
            while (to > from && isSpace(text.charAt(to - 1))) {
                to--;
            }
            return new Line(start, end, from, to);
        }

        boolean isBlank() {
            return contentStart == end;
        }

        int length() {
            return contentEnd - contentStart;
        }

        String trimmed(String text) {
            return text.substring(contentStart, contentEnd);
        }
    }
}
