package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.dyad.document.Article;

/**
 * Fuzz target (issue 11): the JSON Lines article reader on any line. Every line ends as an article (body inside its
 * text, origin {@code file:line}) or as a parse failure with a message; nothing is thrown, whatever the nesting,
 * truncation or types of the JSON.
 */
class JsonLinesArticleParserFuzzTest {
    private static final JsonLinesArticleParser PARSER = new JsonLinesArticleParser();

    @FuzzTest(maxDuration = "30s")
    void readsOrExplains(byte[] input) {
        String line = new String(input, StandardCharsets.UTF_8);
        ReadResult result = PARSER.parse(line, "fuzz.jsonl", 7);
        assertThat(result.origin()).isEqualTo("fuzz.jsonl:7");
        if (result instanceof ReadResult.Read read) {
            Article article = read.article();
            assertThat(article.body().end()).isLessThanOrEqualTo(article.text().length());
        } else {
            assertThat(((ReadResult.Unreadable) result).failure().message()).isNotBlank();
        }
    }
}
