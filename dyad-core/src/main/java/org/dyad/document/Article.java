package org.dyad.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as it arrived, before any analysis.
 *
 * <p>{@code text} is the whole input unchanged; {@code body} marks the part that is coded (after the headline,
 * byline and dateline prefix, which are metadata and never sentence text).
 *
 * @param id        stable identifier: the JSON Lines {@code id}, or the file name for plain text
 * @param text      the original text, never rewritten
 * @param body      offsets of the codable body inside {@code text}
 * @param headline  first non-empty line of a plain-text article, or the JSON {@code headline}
 * @param byline    author line ("By NAME"), never treated as an actor
 * @param dateline  place (and date) prefix such as "BRUSSELS" or "NAIROBI, Sept 20"
 * @param date      document creation time (ISO date) from metadata or {@code --date}; empty when unknown
 * @param url       where the article came from, if known
 * @param source    the outlet, if known
 * @param origin    where it was read, for error reports: "file.jsonl:17" or "file.txt"
 */
public record Article(String id, String text, Span body, Optional<String> headline, Optional<String> byline,
                      Optional<String> dateline, Optional<LocalDate> date, Optional<String> url,
                      Optional<String> source, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(dateline, "dateline");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        if (body.end() > text.length()) {
            throw new IllegalArgumentException("body " + body + " runs past the text (length " + text.length() + ")");
        }
    }

    /** An article whose whole text is the body and which has no metadata; handy for tests and single sentences. */
    public static Article ofText(String id, String text, LocalDate date) {
        return new Article(id, text, new Span(0, text.length()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(date), Optional.empty(), Optional.empty(), id);
    }

    /** The same article with a document date, used when the input had none and {@code --date} gives one. */
    public Article withDate(LocalDate newDate) {
        return new Article(id, text, body, headline, byline, dateline, Optional.of(newDate), url, source, origin);
    }
}
