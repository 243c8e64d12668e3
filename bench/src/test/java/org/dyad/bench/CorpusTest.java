package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.dyad.document.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    @TempDir
    Path dir;

    private Path gzipOfTen() throws Exception {
        Path file = dir.resolve("ten.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 10; i++) {
                out.write(("{\"id\": \"n" + i + "\", \"text\": \"Sentence " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    @Test
    void readsAGzipCorpusUpToTheLimit() throws Exception {
        Corpus corpus = Corpus.read(gzipOfTen(), 4);

        assertThat(corpus.articles()).extracting(Article::id).containsExactly("n0", "n1", "n2", "n3");
        assertThat(corpus.first(2)).extracting(Article::id).containsExactly("n0", "n1");
        assertThat(corpus.first(99)).hasSize(4);
    }

    @Test
    void evenlySpacedPicksAcrossTheWholeFile() throws Exception {
        Corpus corpus = Corpus.read(gzipOfTen(), Integer.MAX_VALUE);

        assertThat(corpus.evenlySpaced(4)).extracting(Article::id).containsExactly("n0", "n2", "n5", "n7");
        assertThat(corpus.evenlySpaced(20)).hasSize(10);
    }
}
