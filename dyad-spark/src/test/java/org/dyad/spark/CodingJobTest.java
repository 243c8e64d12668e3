package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.document.Article;
import org.dyad.ingest.JsonLinesArticleParser;
import org.dyad.ingest.ReadResult;
import org.dyad.store.DocumentRows;
import org.dyad.store.StoreTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a few hand-made articles, with {@code local[1]}: what it codes, leaves out and records as errors. */
class CodingJobTest {
    private static SparkSession spark;

    private static final String KENYA = "{\"id\": \"t-1\", \"date\": \"2024-03-05\", \"source\": \"Test Wire\", "
            + "\"text\": \"Kenyan police arrested dozens of protesters in Nairobi on Monday. The interior minister "
            + "said the government would meet opposition leaders next week.\"}";
    private static final String ETHIOPIA = "{\"id\": \"t-2\", \"date\": \"2024-03-06\", \"text\": \"Ethiopia "
            + "accused Eritrea of sending troops across the border, the foreign ministry said on Tuesday.\"}";

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("dyad-test").config("spark.ui.enabled", "false")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Row> table(Path out, String name) {
        return spark.read().parquet(out.resolve(name).toString()).collectAsList();
    }

    /** The events the CLI's code path gives for one JSON line: the same parser, pipeline and row mapping. */
    private static List<Object[]> cliEvents(String line, String file, long number) {
        Article article = ((ReadResult.Read) new JsonLinesArticleParser().parse(line, file, number)).article();
        return DocumentRows.of(ExecutorPipeline.get().process(article)).rows(StoreTable.EVENTS);
    }

    @Test
    void codesEachArticleOnceAndRecordsBadInputWithoutFailing() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String copy = KENYA.replace("\"t-1\"", "\"t-1-copy\""); // same text and source data: the same article
        Files.writeString(in.resolve("a.jsonl"), String.join("\n", KENYA, ETHIOPIA, copy,
                "{\"id\": \"t-3\", \"text\": 42}", "not json at all") + "\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.txt"), "a plain-text file the job does not read");
        Files.writeString(in.resolve("README.md"), "notes about the folder, skipped");
        Path out = dir.resolve("out");

        CodingJob.Summary summary = CodingJob.run(spark, new CodingJob.Options(List.of(in.toString()),
                out.toString(), Optional.empty(), 3));

        assertThat(summary.coded()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(3);
        assertThat(summary.partitions()).isEqualTo(3);
        List<String> errors = new ArrayList<>();
        for (Row r : table(out, "errors")) {
            errors.add(r.getString(1) + ":" + (r.isNullAt(2) ? "-" : r.getLong(2)) + " " + r.getString(3) + " "
                    + r.getString(4));
        }
        errors.sort(Comparator.naturalOrder());
        assertThat(errors).containsExactly(
                in + "/a.jsonl:4 parse field \"text\" must be a string, found a number",
                in + "/a.jsonl:5 parse not valid JSON at column 1: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                in + "/notes.txt:- read not an input of the Spark job, which reads JSON Lines (.jsonl, .jsonl.gz) "
                        + "and Parquet (.parquet); code other files with dyad ingest");

        List<Row> events = table(out, "events");
        List<Object[]> expected = new ArrayList<>(cliEvents(KENYA, in + "/a.jsonl", 1));
        expected.addAll(cliEvents(ETHIOPIA, in + "/a.jsonl", 2));
        assertThat(events).extracting(r -> r.getString(1))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(e -> (String) e[1]).toList());
        // the first record of the article is kept: its doc id, not the copy's
        assertThat(events).extracting(r -> r.getString(3)).containsOnly("t-1", "t-2");
        // hand-checked: "Kenyan police arrested dozens of protesters" is CAMEO 173 (arrest, detain) by Kenyan police
        assertThat(events).anySatisfy(r -> {
            assertThat(r.getString(3)).isEqualTo("t-1");
            assertThat(r.getString(23)).isEqualTo("173");
            assertThat(r.getString(10)).isEqualTo("KENCOP");
            assertThat(r.getByte(27)).isEqualTo((byte) 4);
            assertThat(r.getDate(31)).isEqualTo(Date.valueOf("2024-03-04"));
        });
        assertThat(table(out, "places")).extracting(r -> r.getString(4)).contains("Nairobi");
        assertThat(table(out, "quotes")).isNotEmpty();

        assertThatThrownBy(() -> CodingJob.run(spark, new CodingJob.Options(List.of(in.toString()),
                out.toString(), Optional.empty(), 0))).hasMessageContaining("exists already");
    }

    @Test
    void theTablesEqualWhatDyadIngestStoresInDuckDb() throws Exception {
        Path in = dir.resolve("b.jsonl");
        Files.writeString(in, KENYA + "\n" + ETHIOPIA + "\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out-store");
        CodingJob.run(spark, new CodingJob.Options(List.of(in.toString()), out.toString(), Optional.empty(), 0));
        Path db = dir.resolve("cli.duckdb");
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new org.dyad.cli.DyadCommand());
        cli.setErr(new java.io.PrintWriter(err));
        assertThat(cli.execute("ingest", "--db", db.toString(), "--progress", "none", in.toString()))
                .as(err.toString()).isZero();
        for (StoreTable table : PartitionCoder.TABLES) {
            StoreComparison.Result r = StoreComparison.compare(db, table, out.resolve(table.sqlName()));
            assertThat(r.onlyStore()).as(table.sqlName() + " rows only in the store").isEmpty();
            assertThat(r.onlySpark()).as(table.sqlName() + " rows only in the Spark job's output").isEmpty();
            assertThat(r.sparkRows()).as(table.sqlName()).isEqualTo(r.storeRows());
        }
        // the two articles give events, quotes and places: the comparison is not between empty tables
        assertThat(StoreComparison.compare(db, StoreTable.EVENTS, out.resolve("events")).storeRows()).isPositive();
        assertThat(StoreComparison.compare(db, StoreTable.QUOTES, out.resolve("quotes")).storeRows()).isPositive();
        assertThat(StoreComparison.compare(db, StoreTable.PLACES, out.resolve("places")).storeRows()).isPositive();
    }

    @Test
    void readsParquetRowsAsItReadsJsonLines() throws Exception {
        StructType articles = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("date", DataTypes.DateType, true),
                DataTypes.createStructField("text", DataTypes.StringType, true),
                DataTypes.createStructField("words", DataTypes.IntegerType, true)));
        Path parquet = dir.resolve("articles");
        spark.createDataFrame(List.of(
                        RowFactory.create("t-2", Date.valueOf("2024-03-06"), "Ethiopia accused Eritrea of sending "
                                + "troops across the border, the foreign ministry said on Tuesday.", 15),
                        RowFactory.create("t-4", null, null, 0)), articles)
                .coalesce(1).write().parquet(parquet.toString());
        Path out = dir.resolve("out-parquet");

        CodingJob.Summary summary = CodingJob.run(spark, new CodingJob.Options(List.of(parquet.toString()),
                out.toString(), Optional.empty(), 0));

        assertThat(summary.coded()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        List<Row> errors = table(out, "errors");
        assertThat(errors).singleElement().satisfies(r -> {
            // a directory's file is named as the directory given joined with its name, as dyad ingest names it
            assertThat(r.getString(1)).startsWith(parquet + "/part-").endsWith(".parquet");
            assertThat(r.getLong(2)).isEqualTo(2L);
            assertThat(r.getString(4)).isEqualTo("missing field \"text\": every record needs the article text");
        });
        // the same article as the JSON line: the same events, whatever the file it came from
        assertThat(table(out, "events")).extracting(r -> r.getString(1)).containsExactlyInAnyOrderElementsOf(
                cliEvents(ETHIOPIA, "elsewhere.jsonl", 9).stream().map(e -> (String) e[1]).toList());
    }
}
