package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.document.Span;
import org.dyad.pipeline.Failure;
import org.junit.jupiter.api.Test;

class PlainTextArticleParserTest {

    private final PlainTextArticleParser parser = new PlainTextArticleParser();

    private Article read(String text) {
        ReadResult result = parser.parse(text, "story.txt", "in/story.txt");
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).article();
    }

    private Failure fail(String text) {
        ReadResult result = parser.parse(text, "story.txt", "in/story.txt");
        assertThat(result).isInstanceOf(ReadResult.Unreadable.class);
        return ((ReadResult.Unreadable) result).failure();
    }

    private static String body(Article a) {
        return a.text().substring(a.body().start(), a.body().end());
    }

    @Test
    void headlineBylineAndReutersDatelineAreMetadata() {
        String text = "Kenya and Uganda agree to talks\n\nBy Amina Odhiambo\n\n"
                + "NAIROBI, Sept 20 (Reuters) - The two governments agreed on Friday to meet.\n";
        Article a = read(text);
        assertThat(a.headline()).contains("Kenya and Uganda agree to talks");
        assertThat(a.byline()).contains("Amina Odhiambo");
        assertThat(a.dateline()).contains("NAIROBI, Sept 20");
        assertThat(a.source()).contains("Reuters");
        assertThat(a.body()).isEqualTo(new Span(81, text.length()));
        assertThat(body(a)).startsWith("The two governments");
        assertThat(a.text()).isSameAs(text);
        assertThat(a.id()).isEqualTo("story.txt");
        assertThat(a.origin()).isEqualTo("in/story.txt");
        assertThat(a.date()).isEmpty();
    }

    @Test
    void byAloneOnItsLineTakesTheNextLineAsName() {
        String text = "Bloc urges calm on border\nBy\nPeter Kamau\n\nBRUSSELS: Envoys met on Monday.";
        Article a = read(text);
        assertThat(a.headline()).contains("Bloc urges calm on border");
        assertThat(a.byline()).contains("Peter Kamau");
        assertThat(a.dateline()).contains("BRUSSELS");
        assertThat(a.body().start()).isEqualTo(text.indexOf("Envoys"));
    }

    @Test
    void creditLineUnderTheBylineIsSkipped() {
        String text = "Talks set for Friday\n\nBy JANE WANJIRU\nAssociated Press Writer\n\n"
                + "WASHINGTON (AP) -- Officials said talks would start.";
        Article a = read(text);
        assertThat(a.byline()).contains("JANE WANJIRU");
        assertThat(a.dateline()).contains("WASHINGTON");
        assertThat(a.source()).contains("AP");
        assertThat(body(a)).isEqualTo("Officials said talks would start.");
    }

    @Test
    void sentenceStartingWithByIsBodyNotByline() {
        String text = "Ceasefire holds\n\nBy Monday, the talks had collapsed.\n";
        Article a = read(text);
        assertThat(a.headline()).contains("Ceasefire holds");
        assertThat(a.byline()).isEmpty();
        assertThat(a.body()).isEqualTo(new Span(17, text.length()));
    }

    @Test
    void oneLineIsBodyNotHeadline() {
        String text = "The African Union urged Ethiopia and Sudan to resume talks.";
        Article a = read(text);
        assertThat(a.headline()).isEmpty();
        assertThat(a.body()).isEqualTo(new Span(0, 59));
    }

    @Test
    void oneLineKeepsItsDateline() {
        Article a = read("BRUSSELS: NATO urged restraint.");
        assertThat(a.headline()).isEmpty();
        assertThat(a.dateline()).contains("BRUSSELS");
        assertThat(a.body()).isEqualTo(new Span(10, 31));
    }

    @Test
    void hardWrappedParagraphHasNoHeadline() {
        String text = "Rebels shelled the town of Kadugli on\nTuesday, residents said.\n\nNo one was hurt.\n";
        Article a = read(text);
        assertThat(a.headline()).isEmpty();
        assertThat(a.body()).isEqualTo(new Span(0, text.length()));
    }

    @Test
    void firstLineEndingLikeASentenceIsBody() {
        String text = "The minister denied the report.\n\nHe spoke in Kampala.";
        Article a = read(text);
        assertThat(a.headline()).isEmpty();
        assertThat(a.body().start()).isZero();
    }

    @Test
    void firstLineEndingInAYearAndAStopIsBody() {
        assertThat(read("Exports rose by a fifth in 2023.\n\nImports fell.").headline()).isEmpty();
    }

    @Test
    void firstLineEndingInAColonIntroducesAListAndIsBody() {
        assertThat(read("Results of the regional elections on Sunday:\n\nNorth: 52 percent").headline()).isEmpty();
    }

    @Test
    void longFirstLineIsBodyWhateverItsEnd() {
        String line = "Envoys from " + "both sides and ".repeat(8) + "the bloc met in Addis Ababa";
        assertThat(read(line + "\n\nNo deal was reached.").headline()).isEmpty();
        assertThat(read("Envoys from both sides met in Addis Ababa, then left for home and their capitals!\n\nNo deal.")
                .headline()).isEmpty();
    }

    @Test
    void headlineEndingInAnAbbreviationIsStillAHeadline() {
        Article a = read("Talks resume, says U.S.\n\nEnvoys met on Monday.");
        assertThat(a.headline()).contains("Talks resume, says U.S.");
        assertThat(a.body().start()).isEqualTo(25);
    }

    @Test
    void firstLineThatStartsWithADatelineIsBody() {
        String text = "KAMPALA, March 3 (AFP) - Police arrested two men.\nThey were charged on Tuesday.";
        Article a = read(text);
        assertThat(a.headline()).isEmpty();
        assertThat(a.dateline()).contains("KAMPALA, March 3");
        assertThat(a.source()).contains("AFP");
        assertThat(a.body().start()).isEqualTo(25);
    }

    @Test
    void headlineDirectlyAboveTheDatelineLine() {
        String text = "Border talks stall\nADDIS ABABA — Negotiators left without a deal.";
        Article a = read(text);
        assertThat(a.headline()).contains("Border talks stall");
        assertThat(a.dateline()).contains("ADDIS ABABA");
        assertThat(body(a)).isEqualTo("Negotiators left without a deal.");
    }

    @Test
    void crLfLineEndsKeepOffsetsIntoTheOriginal() {
        String text = "Envoys meet\r\n\r\nBy Ruth Achieng\r\n\r\nLONDON, March 3 (AFP) - They met.\r\n";
        Article a = read(text);
        assertThat(a.headline()).contains("Envoys meet");
        assertThat(a.byline()).contains("Ruth Achieng");
        assertThat(a.dateline()).contains("LONDON, March 3");
        assertThat(a.body()).isEqualTo(new Span(58, 69));
        assertThat(text).hasSize(69);
        assertThat(body(a)).isEqualTo("They met.\r\n");
    }

    @Test
    void titleCasePlaceWithoutDateOrAgencyIsNotADateline() {
        Article a = read("Pakistan: a country of many voices\n\nPakistan: a country that votes in May.");
        assertThat(a.headline()).contains("Pakistan: a country of many voices");
        assertThat(a.dateline()).isEmpty();
        assertThat(a.body().start()).isEqualTo(36);
    }

    @Test
    void bylineFirstMeansNoHeadline() {
        Article a = read("By Sara Haile\n\nGOMA, Democratic Republic of Congo (Reuters) - Fighting resumed.");
        assertThat(a.headline()).isEmpty();
        assertThat(a.byline()).contains("Sara Haile");
        assertThat(a.dateline()).contains("GOMA, Democratic Republic of Congo");
        assertThat(body(a)).isEqualTo("Fighting resumed.");
    }

    @Test
    void emptyAndWhitespaceOnlyAreUnreadable() {
        assertThat(fail("")).isEqualTo(new Failure("in/story.txt", "parse",
                "the input is empty; an article needs some text"));
        assertThat(fail(" \n\t\r\n\u00A0").message()).contains("only whitespace");
    }

    @Test
    void headlineAndBylineWithoutBodyIsUnreadable() {
        assertThat(fail("Envoys meet\nBy Ruth Achieng\n").message()).startsWith("no body");
    }

    @Test
    void hugeSingleLineIsBodyQuickly() {
        String text = "NAIROBI: " + "word ".repeat(2_000_000);
        Article a = read(text);
        assertThat(a.body()).isEqualTo(new Span(9, text.length()));
        assertThat(a.dateline()).isEqualTo(Optional.of("NAIROBI"));
    }
}
