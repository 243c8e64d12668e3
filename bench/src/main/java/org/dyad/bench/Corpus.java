package org.dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.cli.input.ArticleSource;
import org.dyad.document.Article;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;

/**
 * A benchmark corpus held in memory, so that reading and JSON parsing stay out of the timed passes. Read with
 * {@link ArticleSource}, the reader of {@code dyad code}: {@code .jsonl} or {@code .jsonl.gz}, one article a line.
 *
 * @param path       the file read
 * @param articles   the readable articles, in file order
 * @param unreadable the lines that were not articles (bad JSON, no text), in file order
 */
public record Corpus(Path path, List<Article> articles, List<Failure> unreadable) {

    public Corpus {
        articles = List.copyOf(articles);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * Reads the first {@code limit} articles of a file.
     *
     * @param limit most articles to keep; reading stops there
     * @throws IllegalArgumentException when the file does not exist, naming it
     */
    public static Corpus read(Path path, int limit) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no corpus at " + path.toAbsolutePath().normalize()
                    + "; give a .jsonl or .jsonl.gz file (the default is ../shared/corpora/, read from the repository root)");
        }
        List<Article> articles = new ArrayList<>();
        List<Failure> unreadable = new ArrayList<>();
        try (Stream<ReadResult> results = new ArticleSource(List.of(path), Optional.empty()).read()) {
            var it = results.iterator();
            while (articles.size() < limit && it.hasNext()) {
                ReadResult result = it.next();
                if (result instanceof ReadResult.Read read) {
                    articles.add(read.article());
                } else if (result instanceof ReadResult.Unreadable bad) {
                    unreadable.add(bad.failure());
                }
            }
        }
        return new Corpus(path, articles, unreadable);
    }

    /** The first {@code count} articles (all of them when there are fewer). */
    public List<Article> first(int count) {
        return articles.subList(0, Math.min(count, articles.size()));
    }

    /**
     * {@code count} articles spread evenly over the corpus (indices {@code i * size / count}), so that a small fixed
     * set mixes its sources and years the way the whole file does.
     */
    public List<Article> evenlySpaced(int count) {
        int size = articles.size();
        if (count >= size) {
            return articles;
        }
        List<Article> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(articles.get((int) ((long) i * size / count)));
        }
        return picked;
    }

    /** Characters of text over all articles. */
    public long characters() {
        return articles.stream().mapToLong(a -> a.text().length()).sum();
    }
}
