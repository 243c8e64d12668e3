package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.dyad.store.StoreTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 acceptance: on the 2,452 AFP/APW stories of {@code ../shared/corpora}, the Spark job run with
 * {@code local[2]} writes the same events (same event ids, every column) as {@code dyad ingest} stores, and the same
 * quotes, claims and places. The reference is {@code dyad ingest}'s own code path ({@link CliReference}: its reader,
 * pipeline factory and row mapping) without the DuckDB writer, which would double the test's time; that the rows
 * reach DuckDB with the same values and types is {@code CodingJobTest}'s check against a real store.
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
        SparkSession spark = SparkSession.builder().master("local[2]").appName("dyad-acceptance")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            CodingJob.Summary summary = CodingJob.run(spark, new CodingJob.Options(List.of(CORPUS.toString()),
                    out.toString(), Optional.empty(), 0));
            assertThat(summary.coded()).isEqualTo(2452);
            assertThat(summary.failed()).isZero();
            assertThat(summary.duplicates()).isZero();
            assertThat(spark.read().parquet(out.resolve("errors").toString()).count()).isZero();

            Map<StoreTable, Map<List<Object>, Integer>> cli = CliReference.rows(List.of(CORPUS), 2);
            for (StoreTable table : PartitionCoder.TABLES) {
                Map<List<Object>, Integer> job = CliReference.multiset(
                        spark.read().parquet(out.resolve(table.sqlName()).toString()).collectAsList());
                Map<List<Object>, Integer> expected = cli.get(table);
                assertThat(CliReference.missing(expected, job, 5)).as(table.sqlName() + " rows only in dyad ingest's")
                        .isEmpty();
                assertThat(CliReference.missing(job, expected, 5)).as(table.sqlName() + " rows only in the job's")
                        .isEmpty();
            }
            long events = cli.get(StoreTable.EVENTS).values().stream().mapToLong(Integer::longValue).sum();
            // thousands of events, not two empty tables that agree: the README's run found about 30 per 100
            // sentences on this corpus
            assertThat(events).isEqualTo(summary.events()).isGreaterThan(5000);
        } finally {
            spark.stop();
        }
    }
}
