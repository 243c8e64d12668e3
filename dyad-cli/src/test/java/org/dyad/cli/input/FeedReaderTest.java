package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.document.Article;
import org.dyad.ingest.ReadResult;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    @Test
    void atomEntriesBecomeArticlesWithTheirAlternateLinkAndPublishedDate() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Border Monitor</title>
                <entry><title>Talks resume</title><id>urn:bm:1</id>
                <link rel="self" href="https://bm.example/api/1"/><link rel="alternate" href="https://bm.example/1"/>
                <published>2024-03-07T06:00:00+03:00</published><updated>2024-03-08T00:00:00Z</updated>
                <content type="html">&lt;p&gt;Envoys met in Djibouti.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</content>
                </entry></feed>
                """;
        assertThat(FeedReader.isFeed(atom)).isTrue();

        List<ReadResult> results = FeedReader.read(atom.getBytes(StandardCharsets.UTF_8), "bm.xml");

        assertThat(results).hasSize(1);
        Article a = ((ReadResult.Read) results.get(0)).article();
        assertThat(a.id()).isEqualTo("urn:bm:1");
        assertThat(a.origin()).isEqualTo("bm.xml:1");
        assertThat(a.url()).contains("https://bm.example/1");
        assertThat(a.date()).hasValueSatisfying(d -> assertThat(d).hasToString("2024-03-07"));
        assertThat(a.source()).contains("Border Monitor");
        assertThat(a.headline()).contains("Talks resume");
        assertThat(a.text().substring(a.body().start(), a.body().end()))
                .isEqualTo("Envoys met in Djibouti.\n\nThey agreed to meet again.");
    }

    @Test
    void brokenXmlIsOneFailureNamingTheItemReached() {
        String broken = "<rss><channel><title>T</title><item><title>A</title><description>x</description></item>"
                + "<item><title>B</title><description>y</descr";

        List<ReadResult> results = FeedReader.read(broken.getBytes(StandardCharsets.UTF_8), "f.rss");

        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Read.class);
        ReadResult.Unreadable bad = (ReadResult.Unreadable) results.get(1);
        assertThat(bad.failure().origin()).isEqualTo("f.rss:2");
        assertThat(bad.failure().message()).startsWith("not well-formed XML");
    }

    @Test
    void xmlThatIsNotAFeedIsNotTakenForOne() {
        assertThat(FeedReader.isFeed("<?xml version=\"1.0\"?>\n<!-- c -->\n<report><p>x</p></report>")).isFalse();
        assertThat(FeedReader.isFeed("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">")).isTrue();
    }

    /**
     * Regression for a fuzzing finding (issue 11): an RSS document cut inside an element name made the JDK's StAX
     * parser throw NullPointerException instead of XMLStreamException; it is one failure like any broken XML.
     */
    @Test
    void aDocumentCutInsideAnElementNameIsBrokenXmlNotACrash() {
        String cut = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks"
                + "</title><description>Kenya urged Uganda to reopen the border.</description><pubDate>Th/rss>";
        List<ReadResult> results = FeedReader.read(cut.getBytes(StandardCharsets.UTF_8), "cut.xml");
        assertThat(results).hasSize(1);
        ReadResult.Unreadable failure = (ReadResult.Unreadable) results.get(0);
        assertThat(failure.origin()).isEqualTo("cut.xml:1");
        assertThat(failure.failure().message()).startsWith("not well-formed XML: ");
    }
}
