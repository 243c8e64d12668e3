package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFileTest {
    @TempDir
    Path dir;

    private List<InputRecord> read(String name, byte[] content, int maxLineBytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return JsonLinesFile.readAll(new InputFile(3, file.toUri().toString(), "in/" + name,
                InputFile.Format.JSON_LINES), new Configuration(), maxLineBytes);
    }

    private static String describe(InputRecord r) {
        return r.origin() + " " + (r.json() != null ? r.json() : r.stage() + ": " + r.reason());
    }

    @Test
    void eachNonBlankLineIsARecordNamedByFileAndLine() throws IOException {
        List<InputRecord> records = read("a.jsonl", "{\"a\":1}\r\n\n  \n{\"b\":2}".getBytes(StandardCharsets.UTF_8),
                1000);
        assertThat(records).extracting(JsonLinesFileTest::describe)
                .containsExactly("in/a.jsonl:1 {\"a\":1}", "in/a.jsonl:4 {\"b\":2}");
        assertThat(records).allMatch(r -> r.fileOrder() == 3);
    }

    @Test
    void aBadLineIsAFailureAndReadingGoesOn() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("\uFEFF{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)); // a UTF-8 byte-order mark is dropped
        bytes.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});             // 0xC3 starts a character that never ends
        bytes.write(("{\"long\":\"" + "x".repeat(40) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"b\":2}\n".getBytes(StandardCharsets.UTF_8));
        List<InputRecord> records = read("b.jsonl", bytes.toByteArray(), 30);
        assertThat(records).extracting(JsonLinesFileTest::describe).containsExactly(
                "in/b.jsonl:1 {\"a\":1}",
                "in/b.jsonl:2 read: not valid UTF-8; JSON Lines files must be UTF-8",
                "in/b.jsonl:3 read: the record is 51 bytes, over the limit of 30 bytes (0 MiB) for one JSON line; "
                        + "split the text",
                "in/b.jsonl:4 {\"b\":2}");
    }

    @Test
    void gzipIsReadAndATruncatedStreamNamesTheLineWhereReadingStopped() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 1; i <= 200; i++) {
                out.write(("{\"n\":" + i + ",\"pad\":\"" + "abcdefghij".repeat(i % 7) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        assertThat(read("c.jsonl.gz", whole, 1000)).hasSize(200).last()
                .satisfies(r -> assertThat(r.json()).startsWith("{\"n\":200,"));
        List<InputRecord> cut = read("d.jsonl.gz", Arrays.copyOf(whole, whole.length / 2), 1000);
        InputRecord last = cut.get(cut.size() - 1);
        assertThat(last.stage()).isEqualTo("read");
        assertThat(last.reason()).startsWith("reading stopped:");
        assertThat(last.line()).isEqualTo(cut.size());
    }

    @Test
    void wholeFileFailures() throws IOException {
        assertThat(read("e.jsonl", new byte[0], 1000)).extracting(JsonLinesFileTest::describe)
                .containsExactly("in/e.jsonl read: no records: the file holds no JSON line");
        assertThat(read("f.jsonl.gz", "{\"a\":1}\n".getBytes(StandardCharsets.UTF_8), 1000))
                .extracting(JsonLinesFileTest::describe)
                .containsExactly("in/f.jsonl.gz read: not a gzip file, although its name ends in .gz");
        assertThat(read("g.jsonl", new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0}, 1000)).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("UTF-16 or UTF-32 byte-order mark"));
        assertThat(read("h.jsonl", new byte[] {'{', 0, '}', '\n', '{', '}'}, 1000)).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("binary file"));
    }
}
