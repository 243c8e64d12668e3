package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GUM document rebuilt as plain text, with its gold entity mentions.
 *
 * @param id       GUM's document id ("GUM_news_korea")
 * @param text     the text: tokens joined by one blank unless SpaceAfter=No, sentences on their own lines,
 *                 paragraphs ({@code # newpar}) separated by a blank line
 * @param date     the document creation time ({@code # meta::dateCreated}), if given
 * @param entities the gold mentions in the order they close
 */
public record GumDocument(String id, String text, Optional<LocalDate> date, List<GoldEntity> entities) {
    public GumDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        entities = List.copyOf(entities);
    }
}
