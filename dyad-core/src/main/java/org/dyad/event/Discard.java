package org.dyad.event;

import java.util.Objects;

/**
 * One phrase of the discard list: text whose presence means a sentence (or a whole story) is not coded, such as
 * sports reports and historical chronologies ("PETRARCH Dictionary Formats", Discard List).
 *
 * @param phrase     the phrase, upper-case, words separated by one blank, without the '+' and '_' marks
 * @param wholeStory true when the line started with '+': the whole story is not coded
 * @param wholeWord  true when the line ended with '_': the match must end at a blank, punctuation or the end of
 *                   the text; false: the phrase's last word is a stem ("BASEBALL" also matches "BASEBALLS")
 * @param origin     where the phrase was read, "FILE:LINE"
 */
public record Discard(String phrase, boolean wholeStory, boolean wholeWord, String origin) {
    public Discard {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(origin, "origin");
        if (phrase.isEmpty()) {
            throw new IllegalArgumentException("empty discard phrase at " + origin);
        }
    }
}
