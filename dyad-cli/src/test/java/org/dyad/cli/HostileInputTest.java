package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11: hostile input through {@code dyad code} with the production pipeline. Every case ends with output or
 * with one clear error line naming the file (and line), and the batch goes on. The small cases are files under
 * {@code src/test/resources/org/dyad/cli/hostile}; the big ones (a 20 MB line, 10,000 sentences, JSON nested 100,000
 * deep, a 1 MB line with no sentence end) are written here at run time. Memory is bounded by running this class in
 * its own JVM with {@code -Xmx512m} (the surefire execution {@code hostile-input}); the {@link Timeout}s only catch a
 * hang, they are no speed requirement.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadOnce() {
        pipeline = StandardPipeline.create(Dictionaries.bundled(new DictionaryReport()), OpenNlpModels.load());
    }

    /** Exit status, output records (each line parsed: a malformed line fails the test), standard error. */
    private record Run(int status, List<JsonNode> records, String err) {
        long events() {
            return records.stream().filter(r -> r.path("record").asText().equals("event")).count();
        }
    }

    private Run code(Path file) throws IOException {
        CommandLine cli = ErrorPolicy.applyTo(new CommandLine(new CodeCommand(options -> pipeline)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(file.toString(), "--date", "2024-03-14");
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                records.add(JSON.readTree(line));
            }
        }
        return new Run(status, records, err.toString());
    }

    private Path resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = HostileInputTest.class.getResourceAsStream("hostile/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private void assertRefused(String name, String message) throws IOException {
        Path file = resource(name);
        Run r = code(file);
        assertThat(r.status()).as(name).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(r.records()).as(name).isEmpty();
        assertThat(r.err()).as(name).startsWith("dyad: " + file + message)
                .endsWith("dyad: 0 articles read, 0 coded, 1 failed, 0 events\n");
    }

    @Test
    void emptyWhitespaceBinaryAndInvalidUtf8AreClearErrors() throws IOException {
        assertRefused("empty.txt", ": the input is empty; an article needs some text");
        assertRefused("whitespace-only.txt", ": the input holds only whitespace; an article needs some text");
        assertRefused("binary.txt", ": binary file (a NUL byte at offset 8); only text files are read as articles");
        assertRefused("invalid-utf8.txt", ":1: not valid UTF-8: byte 0xC3 at byte offset 21 of the file; save it as "
                + "UTF-8");
    }

    @Test
    void utf16WithByteOrderMarkIsDecodedAndCoded() throws IOException {
        Run r = code(resource("utf16-bom.txt"));
        assertThat(r.status()).isEqualTo(ErrorPolicy.CODED);
        JsonNode event = r.records().get(0);
        // "Border row\n\n" is the headline: the body's first sentence starts at offset 12 of the decoded text
        assertThat(event.path("start").asInt()).isEqualTo(12);
        assertThat(event.path("source").path("code").asText()).isEqualTo("KEN");
        assertThat(event.path("target").path("code").asText()).isEqualTo("UGA");
        assertThat(event.path("cameo_code").asText()).startsWith("11");
    }

    @Test
    void controlCharactersAndRightToLeftTextAreCoded() throws IOException {
        Run controls = code(resource("control-characters.txt"));
        assertThat(controls.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(controls.records()).filteredOn(e -> e.path("record").asText().equals("event"))
                .extracting(e -> e.path("source").path("code").asText() + " " + e.path("target").path("code").asText())
                .containsExactly("KEN UGA", "TZA KEN");
        Run rtl = code(resource("right-to-left.txt"));
        assertThat(rtl.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(rtl.records()).filteredOn(e -> e.path("record").asText().equals("event"))
                .extracting(e -> e.path("source").path("code").asText() + " " + e.path("target").path("code").asText())
                .containsExactly("KEN UGA");
    }

    @Test
    void onlyNumbersOrOnlyQuotesGiveNoEvent() throws IOException {
        for (String name : List.of("only-numbers.txt", "only-quotes.txt")) {
            Run r = code(resource(name));
            assertThat(r.status()).as(name).isEqualTo(ErrorPolicy.CODED);
            assertThat(r.records()).as(name).isEmpty();
            assertThat(r.err()).as(name).isEqualTo("dyad: 1 article read, 1 coded, 0 failed, 0 events\n");
        }
    }

    @Test
    void truncatedJsonLinesAreErrorsAndTheOtherLinesAreCoded() throws IOException {
        Path file = resource("truncated.jsonl");
        Run r = code(file);
        assertThat(r.status()).isEqualTo(ErrorPolicy.CODED);
        for (int line = 2; line <= 5; line++) {
            assertThat(r.err()).contains("dyad: " + file + ":" + line + ": not valid JSON at column ");
        }
        assertThat(r.err()).endsWith("dyad: 2 articles read, 2 coded, 4 failed, 1 event\n");
    }

    @Test
    void aTwentyMegabyteSingleLineIsRefusedWithoutReadingIt() throws IOException {
        Path text = dir.resolve("twenty-mb.txt");
        try (BufferedWriter w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_100_000; i++) {
                w.write("Kenya urged Uganda ");    // 19 bytes, no full stop: one 20.9 MB line
            }
            w.write('\n');
        }
        Run r = code(text);
        assertThat(r.status()).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(r.err()).startsWith("dyad: " + text + ": the file is 20,900,001 bytes, over the limit of "
                + "10,485,760 bytes (10 MiB) for one plain-text article");

        Path jsonl = dir.resolve("twenty-mb.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"big\",\"text\":\"");
            for (int i = 0; i < 1_100_000; i++) {
                w.write("Kenya urged Uganda ");
            }
            w.write("\"}\n{\"id\":\"small\",\"text\":\"Kenya urged Uganda to reopen the border.\"}\n");
        }
        Run lines = code(jsonl);
        assertThat(lines.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(lines.err()).contains("dyad: " + jsonl + ":1: the record is 20,900,022 bytes, over the limit of "
                + "10,485,760 bytes (10 MiB) for one JSON line");
        assertThat(lines.records()).extracting(e -> e.path("doc_id").asText()).contains("small");
    }

    @Test
    void deeplyNestedJsonIsAnErrorAndTheNextLineIsCoded() throws IOException {
        Path jsonl = dir.resolve("nested.jsonl");
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Files.writeString(jsonl, "{\"id\":\"deep\",\"text\":\"Kenya urged Uganda.\",\"extra\":" + deep + "}\n"
                + "{\"id\":\"objects\",\"text\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "}\n"
                + "{\"id\":\"ok\",\"text\":\"Kenya urged Uganda to reopen the border.\"}\n");
        Run r = code(jsonl);
        assertThat(r.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(r.err()).contains("dyad: " + jsonl + ":1: not valid JSON: Document nesting depth (1001) exceeds")
                .contains("dyad: " + jsonl + ":2: not valid JSON: Document nesting depth (1001) exceeds")
                .endsWith("dyad: 1 article read, 1 coded, 2 failed, 1 event\n");
    }

    @Test
    void tenThousandSentencesInOneArticleAreCoded() throws IOException {
        String[] actors = {"Kenya", "Uganda", "Tanzania", "The Kenyan army", "Police in Kampala", "Rebels"};
        String[] verbs = {"accused", "urged", "attacked", "praised", "criticized", "thanked"};
        String[] ends = {"on Monday.", "of closing the border.", "to resume talks on Friday.", "in a statement."};
        Random random = new Random(11);    // the same article on every run
        StringBuilder sb = new StringBuilder("Border talks\n\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(actors[random.nextInt(actors.length)]).append(' ').append(verbs[random.nextInt(verbs.length)])
                    .append(' ').append(actors[random.nextInt(actors.length)]).append(' ')
                    .append(ends[random.nextInt(ends.length)]).append(i % 20 == 19 ? "\n\n" : " ");
        }
        Path file = dir.resolve("ten-thousand.txt");
        Files.writeString(file, sb);
        Run r = code(file);
        assertThat(r.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(r.err()).startsWith("dyad: 1 article read, 1 coded, 0 failed, ");
        assertThat(r.events()).isGreaterThan(5_000);
        assertThat(r.records()).filteredOn(e -> e.path("record").asText().equals("event"))
                .allMatch(e -> e.path("sentence_index").asInt() < 10_000);
    }

    @Test
    void aMegabyteLineWithoutSentenceEndIsCoded() throws IOException {
        String[] words = {"Kenya", "accused", "Uganda", "and", "the", "border", "talks", "said", "\"", "of"};
        Random random = new Random(12);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        Path file = dir.resolve("long-line.txt");
        Files.writeString(file, sb.append('\n'));
        Run r = code(file);
        assertThat(r.status()).isEqualTo(ErrorPolicy.CODED);
        assertThat(r.err()).startsWith("dyad: 1 article read, 1 coded, 0 failed, ");
    }
}
