package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dyad.document.Article;

/**
 * Fuzz target (issue 11): the plain-text article reader on any text. Every input ends as an article whose text is
 * the input unchanged and whose body lies inside it, or as a parse failure with a message; nothing is thrown.
 *
 * <p>By default (regression mode) this runs on the empty input and the seeds in
 * {@code PlainTextArticleParserFuzzTestInputs}; with {@code JAZZER_FUZZ=1} Jazzer fuzzes it (see the README,
 * "Robustness").
 */
class PlainTextArticleParserFuzzTest {
    private static final PlainTextArticleParser PARSER = new PlainTextArticleParser();

    @FuzzTest(maxDuration = "30s")
    void readsOrExplains(byte[] input) {
        String content = new String(input, StandardCharsets.UTF_8);
        ReadResult result = PARSER.parse(content, "fuzz.txt", "fuzz.txt");
        if (result instanceof ReadResult.Read read) {
            Article article = read.article();
            assertThat(article.text()).isEqualTo(content);
            assertThat(article.body().end()).isLessThanOrEqualTo(content.length());
            assertThat(content.substring(article.body().start(), article.body().end())).isNotBlank();
        } else {
            ReadResult.Unreadable unreadable = (ReadResult.Unreadable) result;
            assertThat(unreadable.failure().message()).isNotBlank();
            assertThat(unreadable.origin()).isEqualTo("fuzz.txt");
        }
    }
}
