package org.dyad.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.store.DuckDbEventStore;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Latency of {@code GET /api/events} over a large store: fills a DuckDB store with synthetic rows (articles of ten
 * sentences, one event per sentence; actors, CAMEO codes and places drawn from fixed lists by a hash of the row
 * number, so every run builds the same store; ten years of dates written in date order, as a chronological ingest
 * of a news feed writes them), serves it with {@link WebServer} on 127.0.0.1, and times
 * requests from one client, one at a time, over a mix of filters and pages (HTTP round trip included, JSON parsed by
 * nobody). Prints p50, p90, p99 and max per request kind and over all, in milliseconds.
 *
 * <p>{@code java -cp bench/target/dyad-bench.jar org.dyad.bench.ApiLatency [--events N] [--requests N] [--store FILE]}
 */
@Command(name = "api-latency", mixinStandardHelpOptions = true,
        description = "Time GET /api/events over a store of synthetic events.")
public final class ApiLatency implements Callable<Integer> {
    /** The request mix: a name and the query string. */
    static final Map<String, String> MIX = new LinkedHashMap<>();

    static {
        MIX.put("first page, no filter", "");
        MIX.put("one month", "from=2020-03-01&to=2020-03-31");
        MIX.put("actor PAK", "actor=PAK");
        MIX.put("dyad USA>CHN", "source=USA&target=CHN");
        MIX.put("CAMEO 19x", "cameo=19");
        MIX.put("root 04, QuadClass 1", "root=04&quad=1");
        MIX.put("PLOVER ASSAULT, country AF", "plover=ASSAULT&country=AF");
        MIX.put("place Kabul, a year", "place=kabul&from=2019-01-01&to=2019-12-31");
        MIX.put("page 21 (offset 1000)", "offset=1000");
        MIX.put("nothing matches", "actor=" + URLEncoder.encode("x' OR '1'='1", StandardCharsets.UTF_8));
    }

    @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events (default ${DEFAULT-VALUE}).")
    long events = 1_000_000;

    @Option(names = "--requests", defaultValue = "3000", description = "Timed requests (default ${DEFAULT-VALUE}).")
    int requests = 3000;

    @Option(names = "--warmup", defaultValue = "300", description = "Untimed requests first (default ${DEFAULT-VALUE}).")
    int warmup = 300;

    @Option(names = "--store", description = "Store file to build (default: a temporary file, deleted after).")
    Path storeFile;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ApiLatency()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path file = storeFile != null ? storeFile : Files.createTempDirectory("dyad-api-latency").resolve("s.duckdb");
        Files.deleteIfExists(file);
        long t0 = System.nanoTime();
        fill(file, events);
        System.err.printf(Locale.ROOT, "store: %,d events in %s, built in %.1f s (%,d bytes)%n", events, file,
                (System.nanoTime() - t0) / 1e9, Files.size(file));
        Dictionaries dictionaries = Dictionaries.bundled(new DictionaryReport());
        try (WebServer server = WebServer.start(new WebServer.Settings(file, "127.0.0.1", 0,
                StandardPipeline.create(dictionaries, OpenNlpModels.load()), dictionaries.cameo(),
                WebServer.DEFAULT_MAX_BODY), System.err)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://127.0.0.1:" + server.port() + "/api/events";
            List<String> names = new ArrayList<>(MIX.keySet());
            Map<String, List<Long>> times = new LinkedHashMap<>();
            names.forEach(n -> times.put(n, new ArrayList<>()));
            for (int i = 0; i < warmup + requests; i++) {
                String name = names.get(i % names.size());
                String query = MIX.get(name);
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + (query.isEmpty() ? "" : "?" + query)))
                        .build();
                long start = System.nanoTime();
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long nanos = System.nanoTime() - start;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " "
                            + new String(r.body(), StandardCharsets.UTF_8));
                }
                if (i >= warmup) {
                    times.get(name).add(nanos);
                }
            }
            PrintRow.header();
            List<Long> all = new ArrayList<>();
            for (Map.Entry<String, List<Long>> e : times.entrySet()) {
                PrintRow.print(e.getKey(), e.getValue());
                all.addAll(e.getValue());
            }
            PrintRow.print("all", all);
        } finally {
            if (storeFile == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + ".wal"));
                Files.deleteIfExists(file.getParent());
            }
        }
        return 0;
    }

    /** Percentile lines. */
    private static final class PrintRow {
        static void header() {
            System.out.printf(Locale.ROOT, "%-30s %7s %8s %8s %8s %8s%n", "GET /api/events", "n", "p50 ms", "p90 ms",
                    "p99 ms", "max ms");
        }

        static void print(String name, List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-30s %7d %8.2f %8.2f %8.2f %8.2f%n", name, sorted.length,
                    pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        /** Nearest-rank percentile, in ms. */
        static double pct(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }
    }

    /**
     * Creates the store's schema and fills it in DuckDB itself ({@code range()}), without coding anything: articles
     * of ten sentences and one event per sentence.
     */
    static void fill(Path file, long events) throws SQLException, IOException {
        long articles = (events + 9) / 10;
        String codes = "['USA','PAK','AFG','IGOWSTNAT','CHN','RUS','IND','IRN','ISR','PSE','PAKMIL','USAGOV','AFGGOV',"
                + "'TUR','FRA','DEU','GBR','UKR','SYR','IRQ']";
        String names = "['UNITED STATES','PAKISTAN','AFGHANISTAN','NATO','CHINA','RUSSIA','INDIA','IRAN','ISRAEL',"
                + "'PALESTINE','PAKISTAN','UNITED STATES','AFGHANISTAN','TURKEY','FRANCE','GERMANY','UNITED KINGDOM',"
                + "'UKRAINE','SYRIA','IRAQ']";
        String cameo = "['010','020','036','040','042','043','046','051','057','061','071','080','111','112','120',"
                + "'130','138','141','173','190','193','0233','1823','020']";
        String goldstein = "[0.0,3.0,4.0,1.0,1.9,2.8,7.0,3.4,8.0,6.4,7.4,5.0,-2.0,-2.0,-4.0,-4.4,-7.0,-6.5,-5.0,"
                + "-10.0,-10.0,7.4,-9.5,3.0]";
        String plover = "[NULL,NULL,'CONSULT','CONSULT','CONSULT','CONSULT','CONSULT','AGREE','AGREE','COOPERATE',"
                + "'AID','CONCEDE','ACCUSE','ACCUSE','REJECT','THREATEN','THREATEN','PROTEST','COERCE','ASSAULT',"
                + "'ASSAULT','AID','ASSAULT','REQUEST']";
        String places = "['Kabul','Islamabad','Brussels','Washington','Beijing','Moscow','New Delhi','Tehran',"
                + "'Jerusalem','Gaza','Kandahar','Ankara','Paris','Berlin','London','Kyiv','Damascus','Baghdad']";
        String countries = "['AF','PK','BE','US','CN','RU','IN','IR','IL','PS','AF','TR','FR','DE','GB','UA','SY','IQ']";
        String lats = "[34.53,33.72,50.85,38.90,39.91,55.75,28.61,35.69,31.77,31.50,31.61,39.92,48.85,52.52,51.51,50.45,"
                + "33.51,33.34]";
        String lons = "[69.17,73.04,4.35,-77.04,116.40,37.62,77.21,51.42,35.22,34.47,65.71,32.85,2.35,13.41,-0.13,30.52,"
                + "36.29,44.40]";
        try (DuckDbEventStore store = DuckDbEventStore.open(file);
             Statement st = store.connection().createStatement()) {
            st.execute("INSERT INTO articles (article_id, doc_id, origin, source, headline, doc_date, body_start, "
                    + "body_end, text, sentence_count, event_count, minhash) SELECT printf('%016x', a), 'syn-' || a, "
                    + "'synthetic', 'SYN', 'Synthetic story ' || a, DATE '2015-01-01' + CAST(a * 3650 // " + articles + " AS INTEGER), 0, "
                    + "60, 'Synthetic article ' || a, 10, 10, []::BIGINT[] FROM range(" + articles + ") t(a)");
            st.execute("INSERT INTO sentences SELECT printf('%016x', i // 10), CAST(i % 10 AS INTEGER), 0, 60, "
                    + "'Synthetic sentence ' || i || ' of a story about the actors named in its event.' "
                    + "FROM range(" + events + ") t(i)");
            st.execute("INSERT INTO events (article_id, event_id, event_number, doc_id, sentence_index, sentence_start,"
                    + " sentence_end, verb_start, verb_end, source_text, source_code, source_name, target_text,"
                    + " target_code, target_name, cameo_code, base_code, root_code, goldstein, quad_class, plover_type,"
                    + " event_date, pattern, issues, date_granularity, date_source, place_name, geonames_id,"
                    + " country_code, lat, lon, place_role) "
                    + "SELECT printf('%016x', i // 10), printf('%016x', hash(i) % 1000000007), CAST(hash(i) >> 4 AS BIGINT), "
                    + "'syn-' || (i // 10), CAST(i % 10 AS INTEGER), 0, 60, 10, 16, s, s, sn, t, t, tn, c, "
                    + "left(c, 3), left(c, 2), g, CASE WHEN left(c, 2) <= '05' THEN 1 WHEN left(c, 2) <= '08' THEN 2 "
                    + "WHEN left(c, 2) <= '13' THEN 3 ELSE 4 END, p, DATE '2015-01-01' + CAST((i // 10) * 3650 // " + articles
                    + " AS INTEGER), 'synthetic:1', []::VARCHAR[], 'day', 'document', pl, CASE WHEN pl IS NULL THEN NULL "
                    + "ELSE 1000 + pi END, cc, la, lo, CASE WHEN pl IS NULL THEN NULL ELSE 'clause' END "
                    + "FROM (SELECT i, " + codes + "[1 + CAST(hash(i, 1) % 20 AS INTEGER)] AS s, " + names + "[1 + CAST(hash(i, 1) % 20 AS INTEGER)] AS sn, "
                    + codes + "[1 + CAST(hash(i, 2) % 20 AS INTEGER)] AS t, " + names + "[1 + CAST(hash(i, 2) % 20 AS INTEGER)] AS tn, "
                    + cameo + "[1 + CAST(hash(i, 3) % 24 AS INTEGER)] AS c, " + goldstein + "[1 + CAST(hash(i, 3) % 24 AS INTEGER)] AS g, "
                    + plover + "[1 + CAST(hash(i, 3) % 24 AS INTEGER)] AS p, CAST(hash(i, 4) % 30 AS INTEGER) AS pi, "
                    + "CASE WHEN pi < 18 THEN " + places + "[1 + pi] END AS pl, CASE WHEN pi < 18 THEN " + countries
                    + "[1 + pi] END AS cc, CASE WHEN pi < 18 THEN " + lats + "[1 + pi] END AS la, CASE WHEN pi < 18 THEN "
                    + lons + "[1 + pi] END AS lo FROM range(" + events + ") t(i))");
            st.execute("CHECKPOINT");
        }
    }

    /** For tests: the request mix's query strings. */
    static List<String> queries() {
        return Arrays.asList(MIX.values().toArray(new String[0]));
    }
}
