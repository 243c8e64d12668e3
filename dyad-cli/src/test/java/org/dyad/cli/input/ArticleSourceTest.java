package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dyad.document.Article;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourceTest {

    private static final String STORY = "Herders clash near the border\n\nBy Achieng Otieno\n\n"
            + "LODWAR, June 2 (Horn Wire) - Elders from both sides met on Tuesday to calm tensions.\n";

    @TempDir
    Path dir;

    private static List<ReadResult> readAll(Optional<LocalDate> date, Path... paths) {
        try (Stream<ReadResult> results = new ArticleSource(List.of(paths), date).read()) {
            return results.toList();
        }
    }

    private static List<ReadResult> readAll(Path... paths) {
        return readAll(Optional.empty(), paths);
    }

    private static List<Article> articles(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Read.class::isInstance)
                .map(r -> ((ReadResult.Read) r).article()).toList();
    }

    private static List<Failure> failures(List<ReadResult> results) {
        return results.stream().filter(ReadResult.Unreadable.class::isInstance)
                .map(r -> ((ReadResult.Unreadable) r).failure()).toList();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void readsGoodFilesAndGivesOneFailurePerBadOne() throws IOException {
        Path corpus = dir.resolve("corpus");
        write("corpus/a-good.txt", STORY);
        write("corpus/b-empty.txt", new byte[0]);
        write("corpus/c-blank.txt", "  \n\t\n");
        write("corpus/d-binary.dat", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("corpus/e-latin1.txt", concat("Talks\n\nThe envoys met in Mogadishu.\nThe caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, " was shut.\n".getBytes(StandardCharsets.UTF_8)));
        write("corpus/f-utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Envoys meet in Djibouti.".getBytes(StandardCharsets.UTF_16LE)));
        write("corpus/g-feed.jsonl", "{\"id\": \"g1\", \"text\": \"Envoys met.\", \"date\": \"2024-06-01\"}\n"
                + "{\"id\": \"g2\", \"text\": \n"
                + "\n"
                + "{\"id\": \"g4\", \"text\": \"Talks ended.\"}\n");
        write("corpus/nested/deeper/h-nested.txt", "Police arrested two suspects.");
        write("corpus/.hidden.txt", "Never read.");
        write("corpus/README.md", "Notes on this corpus: never read as an article.");
        write("corpus/LICENSE", "Never read either.");
        write("corpus/i-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Ministers met.".getBytes(StandardCharsets.UTF_8)));
        Path missing = dir.resolve("no-such-file.txt");

        List<ReadResult> results = readAll(Optional.of(LocalDate.of(2024, 6, 2)), corpus, missing);

        assertThat(results).extracting(ReadResult::origin).containsExactly(
                corpus.resolve("a-good.txt").toString(),
                corpus.resolve("b-empty.txt").toString(),
                corpus.resolve("c-blank.txt").toString(),
                corpus.resolve("d-binary.dat").toString(),
                corpus.resolve("e-latin1.txt") + ":4",
                corpus.resolve("f-utf16.txt").toString(),
                corpus.resolve("g-feed.jsonl") + ":1",
                corpus.resolve("g-feed.jsonl") + ":2",
                corpus.resolve("g-feed.jsonl") + ":4",
                corpus.resolve("i-bom.txt").toString(),
                corpus.resolve("nested/deeper/h-nested.txt").toString(),
                missing.toString());

        assertThat(articles(results)).extracting(Article::id).containsExactly(
                "a-good.txt", "f-utf16.txt", "g1", "g4", "i-bom.txt", "nested/deeper/h-nested.txt");
        List<Failure> failures = failures(results);
        assertThat(failures).extracting(Failure::message).satisfiesExactly(
                m -> assertThat(m).isEqualTo("the input is empty; an article needs some text"),
                m -> assertThat(m).contains("only whitespace"),
                m -> assertThat(m).startsWith("binary file (a NUL byte at offset 4)"),
                m -> assertThat(m).isEqualTo("not valid UTF-8: byte 0xE9 at byte offset 43 of the file; save it as UTF-8"),
                m -> assertThat(m).startsWith("not valid JSON"),
                m -> assertThat(m).isEqualTo("no such file or directory"));
    }

    @Test
    void decodesByteOrderMarksAndKeepsOffsetsIntoTheDecodedText() throws IOException {
        Path utf16 = write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Kenya urged calm.".getBytes(StandardCharsets.UTF_16BE)));
        Path utf8 = write("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "BRUSSELS: NATO met.".getBytes(StandardCharsets.UTF_8)));
        List<Article> read = articles(readAll(utf16, utf8));
        assertThat(read).hasSize(2);
        assertThat(read.get(0).text()).isEqualTo("Kenya urged calm.");
        assertThat(read.get(1).text()).isEqualTo("BRUSSELS: NATO met.");
        assertThat(read.get(1).dateline()).contains("BRUSSELS");
        assertThat(read.get(1).body().start()).isEqualTo(10);
    }

    @Test
    void dateOptionFillsOnlyMissingDates() throws IOException {
        Path feed = write("feed.jsonl", "{\"id\": \"a\", \"text\": \"t\", \"date\": \"2020-01-01\"}\n{\"id\": \"b\", \"text\": \"t\"}\n");
        List<Article> read = articles(readAll(Optional.of(LocalDate.of(2024, 6, 2)), feed));
        assertThat(read).extracting(Article::date).containsExactly(
                Optional.of(LocalDate.of(2020, 1, 1)), Optional.of(LocalDate.of(2024, 6, 2)));
        assertThat(articles(readAll(feed)).get(1).date()).isEmpty();
    }

    @Test
    void mostlyControlCharactersIsBinary() throws IOException {
        byte[] noise = new byte[400];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThat(failures(readAll(write("noise.txt", noise)))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("binary file (200 control characters"));
    }

    @Test
    void twentyMegabyteLineFailsClearlyWithoutBeingLoaded() throws IOException {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        Path text = write("huge.txt", huge);
        byte[] record = concat("{\"id\": \"big\", \"text\": \"".getBytes(StandardCharsets.UTF_8), huge,
                "\"}".getBytes(StandardCharsets.UTF_8));
        Path feed = write("huge.jsonl", concat("{\"id\": \"before\", \"text\": \"Envoys met.\"}\n".getBytes(StandardCharsets.UTF_8),
                record, "\n{\"id\": \"after\", \"text\": \"Talks ended.\"}\n".getBytes(StandardCharsets.UTF_8)));

        List<ReadResult> results = readAll(text, feed);

        assertThat(articles(results)).extracting(Article::id).containsExactly("before", "after");
        assertThat(failures(results)).satisfiesExactly(
                f -> {
                    assertThat(f.origin()).isEqualTo(text.toString());
                    assertThat(f.message()).isEqualTo("the file is 20,971,520 bytes, over the limit of 10,485,760 "
                            + "bytes (10 MiB) for one plain-text article; split it, or give one article a line in "
                            + "a .jsonl file");
                },
                f -> {
                    assertThat(f.origin()).isEqualTo(feed + ":2");
                    assertThat(f.message()).isEqualTo("the record is 20,971,545 bytes, over the limit of 10,485,760 "
                            + "bytes (10 MiB) for one JSON line; split the text");
                });
    }

    @Test
    void longLineUnderTheLimitIsRead() throws IOException {
        String words = "word ".repeat(600_000);
        Path feed = write("long.jsonl", "{\"id\": \"long\", \"text\": \"" + words + "\"}\n");
        assertThat(articles(readAll(feed))).singleElement()
                .satisfies(a -> assertThat(a.text()).hasSize(3_000_000));
    }

    @Test
    void gzipJsonLinesAreStreamed() throws IOException {
        Path gz = dir.resolve("feed.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 1; i <= 3; i++) {
                out.write(("{\"id\": \"n" + i + "\", \"text\": \"Envoys met again.\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        assertThat(articles(readAll(gz))).extracting(Article::id).containsExactly("n1", "n2", "n3");
    }

    @Test
    void brokenGzipGivesOneFailure() throws IOException {
        Path notGzip = write("plain.jsonl.gz", "{\"id\": \"x\", \"text\": \"t\"}\n");
        Path gz = dir.resolve("cut.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 1; i <= 2000; i++) {
                out.write(("{\"id\": \"n" + i + "\", \"text\": \"Envoys met " + i + " times.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(whole, whole.length / 2));

        assertThat(failures(readAll(notGzip))).singleElement().isEqualTo(new Failure(notGzip.toString(), "read",
                "not a gzip file, although its name ends in .gz"));
        List<ReadResult> cut = readAll(gz);
        assertThat(articles(cut)).isNotEmpty();
        assertThat(failures(cut)).singleElement().satisfies(f -> {
            assertThat(f.origin()).startsWith(gz + ":");
            assertThat(f.message()).startsWith("reading stopped: ");
        });
    }

    @Test
    void jsonLinesFileProblems() throws IOException {
        Path empty = write("empty.jsonl", "\n\n");
        Path utf16 = write("utf16.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "{\"text\": \"t\"}\n".getBytes(StandardCharsets.UTF_16LE)));
        Path badByte = write("bad.jsonl", concat("{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"x\", \"text\": \"caf"
                .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9}, "\"}\r\n".getBytes(StandardCharsets.UTF_8)));
        Path bom = write("bom.jsonl", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"id\": \"b\", \"text\": \"t\"}\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(failures(readAll(empty))).singleElement().isEqualTo(new Failure(empty.toString(), "read",
                "no records: the file holds no JSON line"));
        assertThat(failures(readAll(utf16))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("must be UTF-8"));
        List<ReadResult> bad = readAll(badByte);
        assertThat(articles(bad)).extracting(Article::id).containsExactly("ok");
        assertThat(failures(bad)).singleElement().isEqualTo(new Failure(badByte + ":2", "read",
                "not valid UTF-8: byte 0xE9 at byte 24 of the line; JSON Lines files must be UTF-8"));
        assertThat(articles(readAll(bom))).extracting(Article::id).containsExactly("b");
    }

    @Test
    void singleFileIdIsItsName() throws IOException {
        Path file = write("sub/one.txt", STORY);
        Article a = articles(readAll(file)).get(0);
        assertThat(a.id()).isEqualTo("one.txt");
        assertThat(a.origin()).isEqualTo(file.toString());
        assertThat(a.headline()).contains("Herders clash near the border");
        assertThat(a.byline()).contains("Achieng Otieno");
        assertThat(a.dateline()).contains("LODWAR, June 2");
    }

    private static List<ReadResult> readStandardInput(byte[] input, Path... alsoPaths) {
        List<Path> paths = new java.util.ArrayList<>(List.of(Path.of(ArticleSource.STANDARD_INPUT)));
        paths.addAll(List.of(alsoPaths));
        try (Stream<ReadResult> results = new ArticleSource(paths, Optional.empty(),
                () -> new java.io.ByteArrayInputStream(input)).read()) {
            return results.toList();
        }
    }

    @Test
    void dashReadsStandardInputAsOneArticleThenTheOtherPaths() throws IOException {
        Path other = write("other.txt", "Envoys met again on Friday.\n");
        List<ReadResult> results = readStandardInput(STORY.getBytes(StandardCharsets.UTF_8), other);
        assertThat(articles(results)).extracting(Article::id).containsExactly("stdin", "other.txt");
        Article a = articles(results).get(0);
        assertThat(a.origin()).isEqualTo("stdin");
        assertThat(a.dateline()).contains("LODWAR, June 2");
        assertThat(a.text()).isEqualTo(STORY);
    }

    @Test
    void standardInputStartingWithABraceIsJsonLinesPlainOrGzipped() throws IOException {
        String lines = "\n  {\"id\": \"s1\", \"text\": \"Envoys met.\"}\nnot json\n{\"id\": \"s3\", \"text\": \"Talks ended.\"}\n";
        List<ReadResult> plain = readStandardInput(lines.getBytes(StandardCharsets.UTF_8));
        assertThat(articles(plain)).extracting(Article::id).containsExactly("s1", "s3");
        assertThat(failures(plain)).singleElement().satisfies(f -> assertThat(f.origin()).isEqualTo("stdin:3"));

        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(articles(readStandardInput(gz.toByteArray()))).extracting(Article::id).containsExactly("s1", "s3");
    }

    @Test
    void standardInputNamedTwiceIsReadOnce() {
        List<Path> twice = List.of(Path.of("-"), Path.of("-"));
        try (Stream<ReadResult> results = new ArticleSource(twice, Optional.empty(),
                () -> new java.io.ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8))).read()) {
            List<ReadResult> all = results.toList();
            assertThat(articles(all)).extracting(Article::id).containsExactly("stdin");
            assertThat(failures(all)).singleElement().isEqualTo(new Failure("stdin", "read",
                    "standard input was named twice and is read once"));
        }
    }

    @Test
    void binaryOrEmptyStandardInputGivesOneClearFailure() {
        assertThat(failures(readStandardInput(new byte[] {0, 1, 2, 0, 0, 3, 0, 0}))).singleElement()
                .satisfies(f -> assertThat(f.origin()).isEqualTo("stdin"));
        assertThat(failures(readStandardInput(new byte[0]))).singleElement()
                .satisfies(f -> assertThat(f.origin()).isEqualTo("stdin"));
    }

    /** The AFP/APW corpus in ../shared streams through without a failure; skipped where shared data is absent. */
    @Test
    void readsTheWireCorpusFile() {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"),
                "corpora", "afp-apw-world-news-2452.jsonl.gz");
        assumeTrue(Files.isRegularFile(corpus), "no shared corpus at " + corpus);
        List<ReadResult> results = readAll(corpus);
        assertThat(failures(results)).isEmpty();
        assertThat(results).hasSize(2452);
    }
}
