package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dyad.store.DuckDbEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 acceptance: an ingest killed with SIGKILL part-way and run again ends with exactly the contents of an
 * uninterrupted run; running an ingest again adds nothing. Uses the first {@value #ARTICLES} stories of the AFP/APW
 * corpus in ../shared and the production pipeline.
 */
class IngestCrashTest {
    static final int ARTICLES = 150;
    private static final Pattern STORED = Pattern.compile("dyad: stored (\\d+)");
    private static final List<String> TABLES = List.of("articles", "sentences", "events", "actor_mentions", "places",
            "times", "quotes", "claims", "errors");

    @TempDir
    static Path dir;

    static Path subset;

    @BeforeAll
    static void writeSubset() throws IOException {
        String shared = System.getProperty("dyad.shared", "");
        assumeTrue(!shared.isBlank(), "system property dyad.shared not set");
        Path corpus = Path.of(shared, "corpora", "afp-apw-world-news-2452.jsonl.gz");
        assumeTrue(Files.isRegularFile(corpus), corpus + " absent");
        subset = dir.resolve("afp-subset.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(subset, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                out.write(in.readLine());
                out.write('\n');
            }
        }
    }

    /** Starts {@code dyad ingest} in a child JVM with this test's class path. */
    private static Process child(Path db, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), DyadCommand.class.getName(), "ingest",
                "--db", db.toString(), "--progress", "lines", "--threads", "2"));
        command.addAll(List.of(extra));
        command.add(subset.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Per table: row count and a digest of every row's full contents (order-independent). */
    private static Map<String, String> contents(Path db) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db);
             Statement st = store.connection().createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(md5(string_agg(CAST(t AS VARCHAR), "
                        + "chr(10) ORDER BY CAST(t AS VARCHAR))), '') FROM " + table + " t")) {
                    rs.next();
                    out.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<String> ids(Path db, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db);
             Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** One test, so that the uninterrupted run serves both checks (each run codes {@value #ARTICLES} articles). */
    @Test
    void ingestingAgainAddsNothingAndARunKilledWithSigkillThenRunAgainEqualsAnUninterruptedRun() throws Exception {
        Path clean = dir.resolve("clean.duckdb");
        Process uninterrupted = child(clean);
        String cleanLog = new String(uninterrupted.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(uninterrupted.waitFor()).as(cleanLog).isZero();
        Map<String, String> before = contents(clean);
        assertThat(before.get("articles")).startsWith(ARTICLES + " rows");

        IngestCommandTest.Run again = IngestCommandTest.run(null, new IngestCommand(), "--db", clean.toString(),
                "--progress", "none", subset.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.err()).contains("0 articles stored (" + ARTICLES + " already there), 0 sentences, 0 events");
        assertThat(contents(clean)).isEqualTo(before);

        Path crashed = dir.resolve("crashed.duckdb");
        Process victim = child(crashed, "--commit-pause-ms", "40");
        long storedWhenKilled = 0;
        StringBuilder log = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(victim.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.append(line).append('\n');
                Matcher m = STORED.matcher(line);
                if (m.matches() && Long.parseLong(m.group(1)) >= 20) {
                    storedWhenKilled = Long.parseLong(m.group(1));
                    Process kill = new ProcessBuilder("kill", "-9", Long.toString(victim.pid())).start();
                    assertThat(kill.waitFor()).isZero();
                    break;
                }
            }
        }
        assertThat(victim.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(victim.exitValue()).as(log.toString()).isEqualTo(128 + 9);
        long afterKill = ids(crashed, "SELECT count(*) FROM articles").stream().mapToLong(Long::parseLong).sum();
        assertThat(afterKill).as("articles committed before the kill").isBetween(storedWhenKilled, ARTICLES - 1L);

        Process rerun = child(crashed);
        String rerunLog = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(rerun.waitFor()).as(rerunLog).isZero();
        assertThat(rerunLog).contains((ARTICLES - afterKill) + " articles stored (" + afterKill + " already there)");

        assertThat(contents(crashed)).isEqualTo(contents(clean));
        assertThat(ids(crashed, "SELECT article_id FROM articles ORDER BY 1"))
                .hasSize(ARTICLES).isEqualTo(ids(clean, "SELECT article_id FROM articles ORDER BY 1"));
        assertThat(ids(crashed, "SELECT article_id || '/' || event_id FROM events ORDER BY 1"))
                .isEqualTo(ids(clean, "SELECT article_id || '/' || event_id FROM events ORDER BY 1"));
    }
}
