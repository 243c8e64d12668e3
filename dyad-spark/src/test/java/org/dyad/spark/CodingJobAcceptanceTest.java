package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.dyad.cli.DyadCommand;
import org.dyad.store.StoreTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 9 acceptance: on the 2,452 AFP/APW stories of {@code ../shared/corpora}, the Spark job run with
 * {@code local[2]} writes the same events (same event ids, every column) as {@code dyad ingest} stores, and the same
 * quotes, claims and places.
 */
class CodingJobAcceptanceTest {
    private static final Path CORPUS = Path.of(System.getProperty("dyad.shared", "../shared"),
            "corpora", "afp-apw-world-news-2452.jsonl.gz");

    @TempDir
    Path dir;

    @Test
    void theJobWritesWhatDyadIngestStores() throws Exception {
        assertThat(CORPUS).as("the AFP/APW corpus in ../shared (system property dyad.shared)").isRegularFile();
        Path out = dir.resolve("out");
        CodingJob.Summary summary;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("dyad-acceptance")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            summary = CodingJob.run(spark, new CodingJob.Options(java.util.List.of(CORPUS.toString()),
                    out.toString(), Optional.empty(), 0));
        } finally {
            spark.stop();
        }
        assertThat(summary.coded()).isEqualTo(2452);
        assertThat(summary.failed()).isZero();
        assertThat(summary.duplicates()).isZero();

        Path db = dir.resolve("cli.duckdb");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new DyadCommand());
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("ingest", "--db", db.toString(), "--progress", "none", "--threads", "2",
                CORPUS.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("2,452 articles stored").contains("0 errors");

        for (StoreTable table : PartitionCoder.TABLES) {
            StoreComparison.Result r = StoreComparison.compare(db, table, out.resolve(table.sqlName()));
            assertThat(r.onlyStore()).as(table.sqlName() + " rows only in dyad ingest's store").isEmpty();
            assertThat(r.onlySpark()).as(table.sqlName() + " rows only in the Spark job's output").isEmpty();
            assertThat(r.sparkRows()).as(table.sqlName()).isEqualTo(r.storeRows());
        }
        StoreComparison.Result events = StoreComparison.compare(db, StoreTable.EVENTS, out.resolve("events"));
        // thousands of events, not two empty tables that agree: the README's run found about 30 per 100 sentences
        assertThat(events.sparkRows()).isEqualTo(summary.events()).isGreaterThan(5000);
        assertThat(Files.list(out.resolve("errors")).filter(p -> p.toString().endsWith(".parquet"))).isNotEmpty();
    }
}
