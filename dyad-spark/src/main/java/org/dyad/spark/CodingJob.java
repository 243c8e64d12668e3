package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dyad.ingest.ReadResult;
import org.dyad.store.ContentHash;
import org.dyad.store.StoreTable;
import scala.Tuple2;

/**
 * The Spark job: reads articles from JSON Lines ({@code .jsonl}, {@code .jsonl.gz}) and Parquet files, codes them with
 * the {@code dyad-core} pipeline per partition ({@link ExecutorPipeline}: dictionaries and gazetteer loaded once per
 * executor), and writes the store's {@code events}, {@code quotes}, {@code claims} and {@code places} tables as
 * Parquet, with the columns and types of {@code dyad ingest}'s DuckDB store ({@link StoreSchema}), plus an
 * {@code errors} table for the inputs that could not be read or coded.
 *
 * <p>Steps: the driver lists the input files ({@link InputListing}); each JSON Lines file is read by one task
 * ({@link JsonLinesFile}) and Parquet by Spark's reader (each row turned into the JSON Lines record shape, so one
 * parser, {@code JsonLinesArticleParser}, reads both); records are keyed by their article id
 * ({@link ContentHash#articleId}) and shuffled into {@code partitions} partitions, keeping one record per article
 * id, the first in input order, as {@code dyad ingest} codes an article once; each partition is coded
 * ({@link PartitionCoder}); the coded rows are kept ({@code MEMORY_AND_DISK}) while the five tables are written, so
 * every article is coded once.
 *
 * <p>Output: {@code OUT/events}, {@code OUT/quotes}, {@code OUT/claims}, {@code OUT/places}, {@code OUT/errors}, each
 * a Parquet directory. The job refuses to start when one of them exists.
 */
public final class CodingJob {

    /** The article fields read from Parquet input: the JSON Lines record's fields. */
    static final List<String> ARTICLE_FIELDS = List.of("id", "text", "date", "dateline", "headline", "url", "source");

    /**
     * What to run.
     *
     * @param inputs     files and directories (local paths or Hadoop URIs), in order
     * @param out        the output directory
     * @param date       document creation time for articles that carry none
     * @param partitions partitions to code in; 0 for four per core of the cluster ({@code defaultParallelism})
     */
    public record Options(List<String> inputs, String out, Optional<LocalDate> date, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(date, "date");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 (automatic) or more");
            }
        }
    }

    /**
     * What the job did. Counts come from accumulators; a task that Spark retries after a lost executor may be
     * counted twice, the tables never hold a row twice.
     *
     * @param coded      articles coded and written
     * @param failed     inputs that could not be read, parsed or coded: the rows of {@code errors}
     * @param duplicates records left out because an earlier record has the same article id
     * @param events     events written
     * @param partitions the partitions coded in
     */
    public record Summary(long coded, long failed, long duplicates, long events, int partitions) {
    }

    private CodingJob() {
    }

    /**
     * Runs the job on the session's cluster.
     *
     * @throws IllegalArgumentException when an output table exists already
     * @throws UncheckedIOException     when the output directory cannot be checked
     */
    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<String> tables = new ArrayList<>();
        PartitionCoder.TABLES.forEach(t -> tables.add(t.sqlName()));
        tables.add(StoreSchema.ERRORS);
        checkOutput(options.out(), tables, hadoop);

        InputListing.Result listing = InputListing.list(options.inputs(), hadoop);
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * jsc.defaultParallelism();
        LocalDate defaultDate = options.date().orElse(null);
        PartitionCoder.Counters counters = new PartitionCoder.Counters(
                spark.sparkContext().longAccumulator("dyad articles coded"),
                spark.sparkContext().longAccumulator("dyad inputs failed"),
                spark.sparkContext().longAccumulator("dyad duplicate articles"),
                spark.sparkContext().longAccumulator("dyad events"));
        PartitionCoder coder = new PartitionCoder(StoreSchema.load(), defaultDate, counters);

        JavaRDD<InputRecord> records = read(spark, jsc, listing);
        JavaPairRDD<String, InputRecord> keyed = records.mapToPair(r -> key(r, defaultDate));
        JavaRDD<Tuple2<String, Row>> coded = keyed
                .reduceByKey((a, b) -> {
                    counters.duplicates().add(1);
                    return a.before(b) ? a : b;
                }, partitions)
                .values()
                .mapPartitions(coder::code)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            StoreSchema schema = StoreSchema.load();
            for (String table : tables) {
                JavaRDD<Row> rows = coded.filter(t -> t._1().equals(table)).map(Tuple2::_2);
                spark.createDataFrame(rows, schema.table(table)).write().parquet(options.out() + "/" + table);
            }
        } finally {
            coded.unpersist(false);
        }
        return new Summary(counters.coded().value(), counters.failed().value(), counters.duplicates().value(),
                counters.events().value(), partitions);
    }

    /**
     * The shuffle key of a record: its article id, so that records of the same article meet in one partition; a
     * failure, or a record that does not parse, keeps a key of its own (and becomes a failure here, so it is not
     * parsed again).
     */
    static Tuple2<String, InputRecord> key(InputRecord record, LocalDate defaultDate) {
        ReadResult read = PartitionCoder.article(record, defaultDate);
        if (read instanceof ReadResult.Read r) {
            return new Tuple2<>(ContentHash.articleId(r.article()), record);
        }
        InputRecord failed = record.failure().isPresent() ? record
                : InputRecord.failed(record.fileOrder(), record.file(), record.line(),
                        ((ReadResult.Unreadable) read).failure().stage(),
                        ((ReadResult.Unreadable) read).failure().message());
        return new Tuple2<>("!" + record.fileOrder() + ":" + record.line() + ":" + record.file(), failed);
    }

    /** All input records: JSON Lines lines, Parquet rows, and a failure for each file of another kind. */
    private static JavaRDD<InputRecord> read(SparkSession spark, JavaSparkContext jsc, InputListing.Result listing) {
        List<InputFile> jsonLines = new ArrayList<>();
        List<InputFile> parquet = new ArrayList<>();
        List<InputRecord> failures = new ArrayList<>(listing.failures());
        for (InputFile f : listing.files()) {
            switch (f.format()) {
                case JSON_LINES -> jsonLines.add(f);
                case PARQUET -> parquet.add(f);
                default -> failures.add(InputRecord.failed(f.order(), f.origin(), 0, ReadResult.READ_STAGE,
                        "not an input of the Spark job, which reads JSON Lines (.jsonl, .jsonl.gz) and Parquet "
                                + "(.parquet); code other files with dyad ingest"));
            }
        }
        HashMap<String, String> conf = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        JavaRDD<InputRecord> all = jsc.parallelize(failures, 1);
        if (!jsonLines.isEmpty()) {
            all = all.union(jsc.parallelize(jsonLines, jsonLines.size())
                    .flatMap(f -> new JsonLinesFile(f, configuration(conf), JsonLinesFile.MAX_LINE_BYTES)));
        }
        if (!parquet.isEmpty()) {
            all = all.union(parquet(spark, parquet));
        }
        return all;
    }

    /**
     * Parquet rows as JSON Lines records: the article fields the file has, written as one JSON object by Spark
     * ({@code to_json}: DATE as {@code YYYY-MM-DD}, TIMESTAMP as ISO date-time in the session time zone, null fields
     * left out), each named by the file and its 1-based row number.
     */
    private static JavaRDD<InputRecord> parquet(SparkSession spark, List<InputFile> files) {
        Dataset<Row> table = spark.read().parquet(files.stream().map(InputFile::uri).toArray(String[]::new));
        List<String> present = Arrays.asList(table.columns());
        Column[] fields = ARTICLE_FIELDS.stream().filter(present::contains).map(c -> col("`" + c + "`"))
                .toArray(Column[]::new);
        Column json = fields.length == 0 ? lit("{}") : to_json(struct(fields));
        Map<String, InputFile> byUri = new HashMap<>();
        files.forEach(f -> byUri.put(f.uri(), f));
        int last = files.get(files.size() - 1).order();
        return table.select(json.as("json"), col("_metadata.file_path").as("file"),
                        col("_metadata.row_index").as("row"))
                .toJavaRDD()
                .map(row -> {
                    InputFile f = byUri.get(row.getString(1));
                    return InputRecord.of(f == null ? last : f.order(), f == null ? row.getString(1) : f.origin(),
                            row.getLong(2) + 1, row.getString(0));
                });
    }

    private static Configuration configuration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }

    private static void checkOutput(String out, List<String> tables, Configuration hadoop) {
        try {
            Path dir = new Path(out);
            FileSystem fs = dir.getFileSystem(hadoop);
            for (String t : tables) {
                if (fs.exists(new Path(dir, t))) {
                    throw new IllegalArgumentException("the output " + new Path(dir, t) + " exists already; choose "
                            + "another output directory or remove it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output directory " + out + ": " + e.getMessage(), e);
        }
    }
}
