package org.dyad.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.ingest.JsonLinesArticleParser;
import org.dyad.ingest.PlainTextArticleParser;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.store.DocumentRows;
import org.dyad.store.DuckDbEventStore;
import org.dyad.tokenize.OpenNlpModels;

/**
 * The store the web tests serve, built once per test JVM with the production pipeline: the seed article
 * ({@code ../shared/seeds/nato-pakistan-cooperation.txt}, document date 2017-11-10), the first
 * {@link #CORPUS_SAMPLE} stories of the AFP/APW corpus, and a hostile article of our own whose text holds HTML and a
 * script ({@link #XSS_HEADLINE}). One server on a free port serves it to every test class.
 */
final class StoreFixture {
    static final int CORPUS_SAMPLE = 100;
    static final String XSS_HEADLINE = "Border talks <script>window.dyadXss = 1;</script> resume";
    /** Our own hostile body: markup that must show as text. */
    static final String XSS_BODY = "Officials said on Monday that India <b>accused</b> Pakistan of shelling villages."
            + " <img src=x onerror=\"window.dyadXss = 2\"> The foreign ministry <script>window.dyadXss = 3;</script>"
            + " rejected the charge.";

    private static Path db;
    private static Pipeline pipeline;
    private static Dictionaries dictionaries;
    private static WebServer server;

    private StoreFixture() {
    }

    static Path shared() {
        return Path.of(System.getProperty("dyad.shared", "../../shared"));
    }

    static synchronized Dictionaries dictionaries() {
        if (dictionaries == null) {
            dictionaries = Dictionaries.bundled(new DictionaryReport());
        }
        return dictionaries;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.create(dictionaries(), OpenNlpModels.load());
        }
        return pipeline;
    }

    /** The store file, built on first use under target/. */
    static synchronized Path db() {
        if (db != null) {
            return db;
        }
        try {
            Path dir = Path.of("target", "web-test-store");
            Files.createDirectories(dir);
            Path file = dir.resolve("store.duckdb");
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("store.duckdb.wal"));
            List<Article> articles = new ArrayList<>();
            Path seed = shared().resolve("seeds").resolve("nato-pakistan-cooperation.txt");
            articles.add(read(new PlainTextArticleParser().parse(Files.readString(seed), "nato-pakistan-cooperation.txt",
                    seed.toString())).withDate(LocalDate.of(2017, 11, 10)));
            articles.add(read(new PlainTextArticleParser().parse(XSS_HEADLINE + "\n\n" + XSS_BODY, "xss.txt",
                    "xss.txt")).withDate(LocalDate.of(2024, 3, 11)));
            Path corpus = shared().resolve("corpora").resolve("afp-apw-world-news-2452.jsonl.gz");
            JsonLinesArticleParser parser = new JsonLinesArticleParser();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
                String line;
                long n = 0;
                while ((line = in.readLine()) != null && n < CORPUS_SAMPLE) {
                    n++;
                    articles.add(read(parser.parse(line, corpus.getFileName().toString(), n)));
                }
            }
            try (DuckDbEventStore store = DuckDbEventStore.open(file)) {
                List<DocumentRows> rows = new ArrayList<>();
                for (Article a : articles) {
                    Outcome outcome = pipeline().attempt(a);
                    if (outcome instanceof Outcome.Coded coded) {
                        rows.add(DocumentRows.of(coded.document()));
                    } else {
                        throw new IllegalStateException("coding failed: " + outcome);
                    }
                }
                store.write(rows);
                store.markNearDuplicates();
            }
            db = file;
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article read(ReadResult result) {
        if (result instanceof ReadResult.Read read) {
            return read.article();
        }
        throw new IllegalStateException("cannot read a test article: " + result);
    }

    /** The server over the store on a free port of 127.0.0.1, started once; stopped when the JVM exits. */
    static synchronized WebServer server() {
        if (server == null) {
            server = WebServer.start(new WebServer.Settings(db(), "127.0.0.1", 0, pipeline(),
                    dictionaries().cameo(), WebServer.DEFAULT_MAX_BODY), System.err);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The server's base URL, e.g. http://127.0.0.1:40123. */
    static String base() {
        return "http://127.0.0.1:" + server().port();
    }
}
