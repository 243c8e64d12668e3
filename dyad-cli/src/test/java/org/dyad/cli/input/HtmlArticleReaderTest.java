package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.document.Article;
import org.dyad.ingest.ReadResult;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest {

    @Test
    void withoutArticleOrMainTheBlockWithMostParagraphTextIsTheBody() {
        String html = "<html><head><title>Wire | Floods</title><meta name=\"date\" content=\"2024-04-02\"></head><body>"
                + "<div class=\"menu\"><p>Home</p></div>"
                + "<div class=\"story\"><p>Floods forced thousands from their homes.</p><p>Aid agencies sent boats.</p></div>"
                + "<div class=\"side\"><p>Most read</p></div></body></html>";

        Article a = ((ReadResult.Read) HtmlArticleReader.read(html, "floods.html", "floods.html")).article();

        assertThat(a.headline()).contains("Wire | Floods");
        assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-04-02"));
        assertThat(a.text()).isEqualTo("Wire | Floods\n\nFloods forced thousands from their homes.\n\n"
                + "Aid agencies sent boats.");
        assertThat(a.body().start()).isEqualTo("Wire | Floods\n\n".length());
    }

    @Test
    void aPageWithoutParagraphsIsUnreadable() {
        ReadResult r = HtmlArticleReader.read("<html><body><div>just a div</div></body></html>", "x.html", "x.html");

        assertThat(r).isInstanceOf(ReadResult.Unreadable.class);
        assertThat(((ReadResult.Unreadable) r).failure().message()).contains("no article text");
    }

    @Test
    void rssAndIsoDatesAreRead() {
        assertThat(HtmlArticleReader.isoDate("Wed, 06 Mar 2024 23:30:00 GMT")).hasValueSatisfying(
                d -> assertThat(d).hasToString("2024-03-06"));
        assertThat(HtmlArticleReader.isoDate("2024-03-06T23:30:00-05:00")).hasValueSatisfying(
                d -> assertThat(d).hasToString("2024-03-06"));
        assertThat(HtmlArticleReader.isoDate("yesterday")).isEmpty();
    }
}
