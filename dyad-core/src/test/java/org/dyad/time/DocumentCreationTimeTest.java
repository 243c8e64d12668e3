package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.document.Span;
import org.junit.jupiter.api.Test;

/** Issue 4: the document creation time comes from metadata or --date, else the dateline with its year inferred. */
class DocumentCreationTimeTest {

    private static Article withDateline(String text, String dateline, LocalDate date) {
        return new Article("a", text, new Span(0, text.length()), Optional.empty(), Optional.empty(),
                Optional.of(dateline), Optional.ofNullable(date), Optional.empty(), Optional.empty(), "a");
    }

    @Test
    void metadataComesFirst() {
        assertThat(DocumentCreationTime.of(withDateline("Talks resumed in 2016.", "NAIROBI, Sept 20",
                LocalDate.of(2017, 9, 21))))
                .contains(new DocumentCreationTime(LocalDate.of(2017, 9, 21), DocumentCreationTime.Origin.METADATA));
    }

    @Test
    void datelineDateTakesTheYearTheBodyMentionsMost() {
        String body = "The 2017 budget was cut. Spending in 2017 fell, after a rise in 2016.";
        assertThat(DocumentCreationTime.of(withDateline(body, "NAIROBI, Sept 20", null)))
                .contains(new DocumentCreationTime(LocalDate.of(2017, 9, 20), DocumentCreationTime.Origin.DATELINE));
    }

    @Test
    void noDateAnywhereGivesNone() {
        assertThat(DocumentCreationTime.of(withDateline("No year here.", "NAIROBI, Sept 20", null))).isEmpty();
        assertThat(DocumentCreationTime.of(withDateline("Talks in 2017.", "BRUSSELS", null))).isEmpty();
        assertThat(DocumentCreationTime.of(Article.ofText("a", "Talks in 2017.", null))).isEmpty();
    }
}
