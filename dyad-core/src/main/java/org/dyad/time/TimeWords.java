package org.dyad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of text into the words the time grammar reads, independently of the tokenizer, so that
 * "two-year", "a.m.", "Oct.", "4:30", "2017-03-13" and "Tuesday's" are cut the same way whatever the tokenizer model
 * does with them. One pass over the characters; pure and stateless.
 *
 * <p>A word is a run of letters and digits (with a dot inside a run of one- or two-letter pieces, "a.m", "U.S",
 * a colon between digits, "4:30", and a comma before three digits, "13,000"), plus a trailing dot for such dotted
 * runs and for month and weekday abbreviations ("Sept."); an apostrophe followed by letters or digits ("'s",
 * "'90s"); or any other single non-space character.
 */
final class TimeWords {
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    /**
     * One word.
     *
     * @param start  offset of its first char in the document text
     * @param end    offset just after it
     * @param low    the word in lower case
     * @param capital whether its first char is an upper-case letter
     * @param number its value when it is all digits (at most 9), else -1
     */
    record Word(int start, int end, String low, boolean capital, int number) {
        boolean is(String s) {
            return low.equals(s);
        }

        boolean digitStart() {
            return !low.isEmpty() && low.charAt(0) >= '0' && low.charAt(0) <= '9';
        }
    }

    private TimeWords() {
    }

    /** The words of {@code text[from, to)}, in order. */
    static List<Word> split(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                boolean dotted = false;
                int piece = 0;
                boolean allDigits = true;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        allDigits &= d >= '0' && d <= '9';
                        piece++;
                        i++;
                    } else if (d == '.' && piece >= 1 && piece <= 2 && !allDigits && i + 1 < to
                            && Character.isLetter(text.charAt(i + 1))) {
                        dotted = true;
                        piece = 0;
                        i++;
                    } else if (d == ':' && allDigits && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                        i++;
                    } else if (d == ',' && allDigits && i + 3 < to && Character.isDigit(text.charAt(i + 1))
                            && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                            && (i + 4 >= to || !Character.isDigit(text.charAt(i + 4)))) {
                        i++;
                    } else {
                        break;
                    }
                }
                String low = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (i < to && text.charAt(i) == '.' && (dotted || ABBREVIATIONS.contains(low))) {
                    i++;
                    low = low + ".";
                }
                out.add(new Word(start, i, low, Character.isUpperCase(c), number(low)));
            } else if ((c == '\'' || c == '\u2019') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
                while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                out.add(new Word(start, i, "'" + text.substring(start + 1, i).toLowerCase(Locale.ROOT), false, -1));
            } else {
                i++;
                out.add(new Word(start, i, String.valueOf(c == '\u2013' || c == '\u2014' ? '-' : c), false, -1));
            }
        }
        return out;
    }

    private static int number(String low) {
        if (low.isEmpty() || low.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int k = 0; k < low.length(); k++) {
            char d = low.charAt(k);
            if (d < '0' || d > '9') {
                return -1;
            }
            v = v * 10 + (d - '0');
        }
        return v;
    }
}
