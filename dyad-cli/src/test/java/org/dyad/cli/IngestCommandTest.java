package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(Function<DictionaryOptions, Pipeline> pipelines, Object command, String... args) {
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(command));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Run ingest(String... args) {
        Function<DictionaryOptions, Pipeline> fake = options -> Pipeline.of(new CodeCommandTest.FakeEventCoder());
        return run(fake, new IngestCommand(fake), args);
    }

    private static List<String> column(Path db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db);
             Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String record(String id, String text) {
        return "{\"id\": \"" + id + "\", \"date\": \"2024-03-05\", \"source\": \"AFP\", \"text\": \"" + text + "\"}\n";
    }

    @Test
    void hostileInputsAreRecordedAsErrorsAndEverythingElseIsStored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 + 7);
        }
        Files.write(in.resolve("b-binary.dat"), binary);
        Files.write(in.resolve("c-latin1.txt"), "Le pr\u00e9sident a attacked the town.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("d-good.txt"), "Kenya urged Somalia to talk.\n");
        try (OutputStream out = Files.newOutputStream(in.resolve("e-batch.jsonl"))) {
            out.write(record("j1", "Ministers urged Ethiopia to reopen the border.").getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\": \"j2\", \"text\": \n".getBytes(StandardCharsets.UTF_8));
            out.write(record("j3", "Rebels attacked a convoy near the town.").getBytes(StandardCharsets.UTF_8));
            byte[] big = new byte[20 * 1024 * 1024];
            Arrays.fill(big, (byte) 'x');
            out.write("{\"id\": \"j4\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            out.write(big);
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
            out.write(record("j6", "Police urged calm after the march.").getBytes(StandardCharsets.UTF_8));
        }
        Path db = dir.resolve("store.duckdb");

        Run first = ingest("--db", db.toString(), "--progress", "none", in.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(column(db, "SELECT doc_id FROM articles ORDER BY doc_id"))
                .containsExactly("d-good.txt", "j1", "j3", "j6");
        assertThat(column(db, "SELECT file || coalesce(':' || line, '') || ' ' || stage FROM errors ORDER BY 1"))
                .containsExactly(
                        in.resolve("a-empty.txt") + " parse",
                        in.resolve("b-binary.dat") + " read",
                        in.resolve("c-latin1.txt") + ":1 read",
                        in.resolve("e-batch.jsonl") + ":2 parse",
                        in.resolve("e-batch.jsonl") + ":4 read",
                        in.resolve("e-batch.jsonl") + ":5 read");
        assertThat(column(db, "SELECT reason FROM errors WHERE line = 4").get(0)).contains("over the limit");
        assertThat(column(db, "SELECT cameo_code FROM events ORDER BY cameo_code")).containsExactly("020", "020",
                "020", "190");
        assertThat(first.err()).contains("4 articles stored (0 already there)").contains("6 errors");

        Run again = ingest("--db", db.toString(), "--progress", "none", in.toString());

        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("0 articles stored (4 already there)");
        assertThat(column(db, "SELECT count(*) FROM articles")).containsExactly("4");
        assertThat(column(db, "SELECT count(*) FROM errors")).containsExactly("6");
        assertThat(column(db, "SELECT count(*) FROM events")).containsExactly("4");
    }

    @Test
    void htmlPagesAndFeedItemsBecomeArticlesWithTheirDates() throws Exception {
        Path page = dir.resolve("story.html");
        Files.writeString(page, """
                <html><head><title>Site | Talks</title>
                <meta property="og:title" content="Kenya presses Somalia on talks">
                <meta property="article:published_time" content="2024-03-05T08:30:00Z">
                <link rel="canonical" href="https://news.example/kenya-talks"></head>
                <body><nav><p>Home</p><p>World</p></nav>
                <article><h1>Kenya presses Somalia on talks</h1>
                <p>Kenya urged Somalia to resume talks on Monday.</p>
                <aside><p>Read more: weather</p></aside>
                <p>Officials met in Nairobi.</p></article>
                <footer><p>Copyright</p></footer></body></html>
                """);
        Path feed = dir.resolve("feed.xml");
        Files.writeString(feed, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Wire</title>
                <item><title>Clashes in the north</title><link>https://wire.example/1</link>
                <guid>wire-1</guid><pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate>
                <description>&lt;p&gt;Rebels attacked a convoy near the town.&lt;/p&gt;</description></item>
                <item><title>Empty</title><link>https://wire.example/2</link></item>
                </channel></rss>
                """);
        Path db = dir.resolve("web.duckdb");

        Run run = ingest("--db", db.toString(), "--progress", "none", page.toString(), feed.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(column(db, "SELECT doc_id || '|' || coalesce(headline, '') || '|' || doc_date || '|' || url || '|' "
                + "|| coalesce(source, '') || '|' || substring(text, body_start + 1) FROM articles ORDER BY doc_id"))
                .containsExactly(
                        "story.html|Kenya presses Somalia on talks|2024-03-05|https://news.example/kenya-talks||"
                                + "Kenya urged Somalia to resume talks on Monday.\n\nOfficials met in Nairobi.",
                        "wire-1|Clashes in the north|2024-03-06|https://wire.example/1|Example Wire|"
                                + "Rebels attacked a convoy near the town.");
        assertThat(column(db, "SELECT file || ':' || line FROM errors")).containsExactly(feed + ":2");
    }

    @Test
    void exportAndQueryReadTheStore() throws IOException, SQLException {
        Path db = dir.resolve("q.duckdb");
        Path in = Files.writeString(dir.resolve("a.jsonl"), record("k1", "Kenya urged Somalia to talk."));
        assertThat(ingest("--db", db.toString(), "--progress", "none", in.toString()).status()).isZero();

        Run csv = run(null, new QueryCommand(), "--db", db.toString(), "--format", "csv",
                "SELECT doc_id, cameo_code, source_code, target_code, event_date FROM events");
        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("doc_id,cameo_code,source_code,target_code,event_date\n"
                + "k1,020,IGOEAFIGD,KEN,2024-03-05\n".replace("\n", System.lineSeparator()));
        Run table = run(null, new QueryCommand(), "--db", db.toString(), "SELECT cameo_code, count(*) AS n FROM events GROUP BY 1");
        assertThat(table.out().lines().toList()).containsExactly("cameo_code | n", "-----------+--", "020        | 1",
                "(1 row)");
        Run bad = run(null, new QueryCommand(), "--db", db.toString(), "SELEC nothing");
        assertThat(bad.status()).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(bad.err()).startsWith("dyad: the query failed:");

        Path gdelt = dir.resolve("out.tsv");
        Run export = run(null, new ExportCommand(), "--db", db.toString(), "--format", "gdelt", "--out", gdelt.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(Files.readAllLines(gdelt)).hasSize(1);
        assertThat(Files.readAllLines(gdelt).get(0).split("\t", -1)).hasSize(61);
        Run parquetNoDir = run(null, new ExportCommand(), "--db", db.toString(), "--format", "parquet");
        assertThat(parquetNoDir.status()).isEqualTo(ErrorPolicy.USAGE);
    }
}
