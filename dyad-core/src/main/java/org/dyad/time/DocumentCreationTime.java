package org.dyad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.document.Article;

/**
 * The document creation time (DCT) that relative time expressions are resolved against, and where it came from.
 *
 * @param date   the DCT as an ISO date
 * @param origin where it came from
 */
public record DocumentCreationTime(LocalDate date, Origin origin) {

    /** Where the DCT was found, in the order they are tried. */
    public enum Origin {
        /** The article's own date: input metadata (JSON Lines {@code date}), else {@code --date}. */
        METADATA,
        /** The date in the dateline ("NAIROBI, Sept 20"), its year inferred from the text. */
        DATELINE
    }

    /**
     * The DCT of an article: its {@link Article#date()} (input metadata, or {@code --date} when the input had none),
     * else the month and day of its dateline with the year inferred: the year the body mentions most often as a
     * four-digit number from 1900 to 2099 (the latest on a tie), since a wire story's dateline omits the year of the
     * story it heads. Empty when neither gives a full date; relative expressions then stay unresolved.
     */
    public static Optional<DocumentCreationTime> of(Article article) {
        if (article.date().isPresent()) {
            return Optional.of(new DocumentCreationTime(article.date().get(), Origin.METADATA));
        }
        if (article.dateline().isEmpty()) {
            return Optional.empty();
        }
        String dateline = article.dateline().get();
        for (TimexRecognizer.Found f : TimexRecognizer.find(dateline, 0, dateline.length())) {
            Expr e = f.expr();
            if (e.form() == Expr.Form.CALENDAR && e.month() > 0 && e.day() > 0) {
                Optional<Integer> year = e.year() > 0 ? Optional.of(e.year())
                        : mostMentionedYear(article.text().substring(article.body().start(), article.body().end()));
                if (year.isPresent()) {
                    try {
                        return Optional.of(new DocumentCreationTime(LocalDate.of(year.get(), e.month(), e.day()),
                                Origin.DATELINE));
                    } catch (DateTimeException badDay) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The four-digit year (1900–2099) the text mentions most, the latest on a tie; empty when none. */
    static Optional<Integer> mostMentionedYear(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TimexRecognizer.Found f : TimexRecognizer.find(text, 0, text.length())) {
            int y = f.expr().year();
            if (y >= 1900 && y <= 2099 && f.expr().form() != Expr.Form.DECADE) {
                counts.merge(y, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey);
    }
}
