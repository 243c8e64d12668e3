package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dyad.ingest.ReadResult;

/**
 * Fuzz target (issue 11): an HTML file from its bytes, as {@link ArticleSource} reads one: decoded by
 * {@link TextDecoder} (which may refuse binary or undecodable bytes with a message), then reduced to its article by
 * {@link HtmlArticleReader}. Either step may refuse the input, with a message; neither throws anything else.
 */
class HtmlArticleReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readsOrExplains(byte[] input) {
        String html;
        try {
            html = TextDecoder.decode(input, "fuzz.html");
        } catch (UnreadableInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        ReadResult result = HtmlArticleReader.read(html, "fuzz.html", "fuzz.html");
        if (result instanceof ReadResult.Read read) {
            assertThat(read.article().body().end()).isLessThanOrEqualTo(read.article().text().length());
        } else {
            assertThat(((ReadResult.Unreadable) result).failure().message()).isNotBlank();
        }
    }
}
