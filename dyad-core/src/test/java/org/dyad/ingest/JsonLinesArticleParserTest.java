package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import org.dyad.document.Article;
import org.dyad.document.Span;
import org.dyad.pipeline.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesArticleParserTest {

    private final JsonLinesArticleParser parser = new JsonLinesArticleParser();

    private Article read(String line) {
        ReadResult result = parser.parse(line, "feed.jsonl", 7);
        assertThat(result).isInstanceOf(ReadResult.Read.class);
        return ((ReadResult.Read) result).article();
    }

    private Failure fail(String line) {
        ReadResult result = parser.parse(line, "feed.jsonl", 7);
        assertThat(result).isInstanceOf(ReadResult.Unreadable.class);
        Failure failure = ((ReadResult.Unreadable) result).failure();
        assertThat(failure.origin()).isEqualTo("feed.jsonl:7");
        assertThat(failure.stage()).isEqualTo("parse");
        return failure;
    }

    @Test
    void readsEveryField() {
        Article a = read("{\"id\": \"ke-1\", \"source\": \"Daily Wire\", \"date\": \"2024-09-20\", \"dateline\": \"NAIROBI\","
                + " \"headline\": \"Bloc urges talks\", \"url\": \"https://example.org/1\", \"text\": \"Envoys met.\","
                + " \"extra\": [1, 2]}");
        assertThat(a.id()).isEqualTo("ke-1");
        assertThat(a.text()).isEqualTo("Envoys met.");
        assertThat(a.body()).isEqualTo(new Span(0, 11));
        assertThat(a.date()).contains(LocalDate.of(2024, 9, 20));
        assertThat(a.dateline()).contains("NAIROBI");
        assertThat(a.headline()).contains("Bloc urges talks");
        assertThat(a.url()).contains("https://example.org/1");
        assertThat(a.source()).contains("Daily Wire");
        assertThat(a.byline()).isEmpty();
        assertThat(a.origin()).isEqualTo("feed.jsonl:7");
    }

    @Test
    void onlyTextIsRequired() {
        Article a = read("{\"text\": \"  Envoys met.\", \"date\": null, \"headline\": \"\"}");
        assertThat(a.id()).isEqualTo("feed.jsonl:7");
        assertThat(a.date()).isEmpty();
        assertThat(a.headline()).isEmpty();
        assertThat(a.body()).isEqualTo(new Span(2, 13));
    }

    @Test
    void integerIdIsText() {
        assertThat(read("{\"id\": 42, \"text\": \"Envoys met.\"}").id()).isEqualTo("42");
    }

    @Test
    void givenDatelineAtTheStartOfTheTextIsSkipped() {
        Article a = read("{\"id\": \"x\", \"dateline\": \"ARUSHA\", \"text\": \"ARUSHA, Nov. 4 (Xinhua)-- Envoys met.\"}");
        assertThat(a.dateline()).contains("ARUSHA");
        assertThat(a.source()).contains("Xinhua");
        assertThat(a.body()).isEqualTo(new Span(26, 37));
    }

    @Test
    void givenDatelineWithItsSeparatorIsSkippedToo() {
        Article a = read("{\"id\": \"x\", \"dateline\": \"ARUSHA, Nov. 4 (Wire) -\", "
                + "\"text\": \"ARUSHA, Nov. 4 (Wire) - Envoys met.\"}");
        assertThat(a.dateline()).contains("ARUSHA, Nov. 4 (Wire)");
        assertThat(a.body()).isEqualTo(new Span(24, 35));
    }

    @Test
    void givenDatelineNotAtTheStartLeavesTheTextWhole() {
        Article a = read("{\"id\": \"x\", \"dateline\": \"ARUSHA\", \"text\": \"Arusha hosted the envoys.\"}");
        assertThat(a.dateline()).contains("ARUSHA");
        assertThat(a.body()).isEqualTo(new Span(0, 25));
    }

    @Test
    void datelineInTheTextIsFoundWhenNoneIsGiven() {
        Article a = read("{\"id\": \"x\", \"source\": \"Wire\", \"text\": \"KIGALI (AP) — Envoys met.\"}");
        assertThat(a.dateline()).contains("KIGALI");
        assertThat(a.source()).contains("Wire");
        assertThat(a.body().start()).isEqualTo(14);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05                 | 2024-03-05",
        "20240305                   | 2024-03-05",
        "2024-03-05T14:00:00Z       | 2024-03-05",
        "2024-03-05T23:30:00-05:00  | 2024-03-05",
        "2024-03-05T23:30:00.123+0100 | 2024-03-05",
        "2024-03-05 08:15           | 2024-03-05",
    })
    void dateForms(String given, LocalDate expected) {
        assertThat(read("{\"text\": \"Envoys met.\", \"date\": \"" + given + "\"}").date()).contains(expected);
    }

    @Test
    void badDates() {
        assertThat(fail("{\"text\": \"Envoys met.\", \"date\": \"2024-02-30\"}").message())
                .isEqualTo("field \"date\" is not a real date: \"2024-02-30\"");
        assertThat(fail("{\"text\": \"Envoys met.\", \"date\": \"yesterday\"}").message())
                .startsWith("field \"date\" has an unknown form: \"yesterday\"; use YYYY-MM-DD");
        assertThat(fail("{\"text\": \"Envoys met.\", \"date\": 20240305}").message())
                .isEqualTo("field \"date\" must be a string, found a number");
    }

    @Test
    void badJson() {
        assertThat(fail("{\"id\": \"x\", \"text\": \"Envoys met.\"").message()).startsWith("not valid JSON");
        assertThat(fail("{id: 1}").message()).startsWith("not valid JSON at column 2:");
        assertThat(fail("{\"text\": \"a\"} {\"text\": \"b\"}").message()).startsWith("not valid JSON");
        assertThat(fail("{\"text\": \"a\", \"text\": \"b\"}").message()).contains("Duplicate field 'text'");
    }

    @Test
    void notAnObject() {
        assertThat(fail("[\"Envoys met.\"]").message())
                .isEqualTo("expected a JSON object {\"id\": …, \"text\": …}, found an array");
        assertThat(fail("\"Envoys met.\"").message()).endsWith("found a string");
        assertThat(fail("   ").message()).startsWith("the line is empty");
    }

    @Test
    void missingEmptyOrWrongText() {
        assertThat(fail("{\"id\": \"x\"}").message())
                .isEqualTo("missing field \"text\": every record needs the article text");
        assertThat(fail("{\"id\": \"x\", \"text\": null}").message()).startsWith("missing field \"text\"");
        assertThat(fail("{\"id\": \"x\", \"text\": \" \\n \"}").message())
                .isEqualTo("field \"text\" is empty; an article needs some text");
        assertThat(fail("{\"id\": \"x\", \"text\": 12}").message())
                .isEqualTo("field \"text\" must be a string, found a number");
    }

    @Test
    void wrongTypes() {
        assertThat(fail("{\"id\": {\"a\": 1}, \"text\": \"t\"}").message())
                .isEqualTo("field \"id\" must be a string or an integer, found an object");
        assertThat(fail("{\"id\": \"\", \"text\": \"t\"}").message()).startsWith("field \"id\" is empty");
        assertThat(fail("{\"headline\": true, \"text\": \"t\"}").message())
                .isEqualTo("field \"headline\" must be a string, found a boolean");
        assertThat(fail("{\"url\": [\"u\"], \"text\": \"t\"}").message())
                .isEqualTo("field \"url\" must be a string, found an array");
    }

    /**
     * The AFP/APW corpus in ../shared must read without a single failure, and only real datelines may be cut off
     * (this test first caught "A NATO-led…" and "The African Union (AU) on…" being taken for datelines).
     * Skipped where the shared data is absent.
     */
    @Test
    void readsTheWireCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"),
                "corpora", "afp-apw-world-news-2452.jsonl.gz");
        assumeTrue(Files.isRegularFile(corpus), "no shared corpus at " + corpus);
        int read = 0;
        int skippedPrefix = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                ReadResult result = parser.parse(line, corpus.getFileName().toString(), ++number);
                assertThat(result).as("line %d", number).isInstanceOf(ReadResult.Read.class);
                Article a = ((ReadResult.Read) result).article();
                assertThat(a.date()).as("line %d", number).isPresent();
                read++;
                if (a.body().start() > 0) {
                    skippedPrefix++;
                }
            }
        }
        assertThat(read).isEqualTo(2452);
        // Five Xinhua stories open with "BEIJING, Nov. 14 (Xinhua)-- " or the like; no other text has a dateline.
        assertThat(skippedPrefix).isEqualTo(5);
    }
}
