package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.dyad.document.Article;
import org.dyad.ingest.JsonLinesArticleParser;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DocumentRows;
import org.dyad.store.StoreTable;
import org.dyad.store.StoredError;
import scala.Tuple2;

/**
 * Codes the input records of one partition with the executor's {@link ExecutorPipeline}, lazily (one article's rows
 * in memory at a time), and gives each output row tagged with its table's name: the rows {@link DocumentRows} maps
 * for {@link #TABLES}, and one {@link StoreSchema#ERRORS} row per record that could not be read, parsed or coded.
 * A bad article never fails the task: it is counted ({@link Counters#failed}) and becomes an error row, as in
 * {@code dyad ingest}'s errors table.
 */
final class PartitionCoder implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The store tables the job writes. */
    static final List<StoreTable> TABLES = List.of(StoreTable.EVENTS, StoreTable.QUOTES, StoreTable.CLAIMS,
            StoreTable.PLACES);

    /** The job's accumulators: Spark sums them over tasks (a retried task may count twice). */
    record Counters(LongAccumulator coded, LongAccumulator failed, LongAccumulator duplicates,
                    LongAccumulator events) implements Serializable {
    }

    private final StoreSchema schema;
    private final LocalDate defaultDate;
    private final Counters counters;

    /**
     * @param schema      the store's tables as Spark schemas
     * @param defaultDate document creation time of articles that carry none ({@code --date}), or null
     * @param counters    the job's accumulators
     */
    PartitionCoder(StoreSchema schema, LocalDate defaultDate, Counters counters) {
        this.schema = schema;
        this.defaultDate = defaultDate;
        this.counters = counters;
    }

    /**
     * The article a record holds, with the default date applied as {@code dyad ingest} applies {@code --date}; or
     * the failure of its line (stage {@code parse}).
     */
    static ReadResult article(InputRecord record, LocalDate defaultDate) {
        Optional<Failure> failure = record.failure();
        if (failure.isPresent()) {
            return new ReadResult.Unreadable(failure.get());
        }
        ReadResult result = Parser.INSTANCE.parse(record.json(), record.file(), record.line());
        if (result instanceof ReadResult.Read read && read.article().date().isEmpty() && defaultDate != null) {
            return new ReadResult.Read(read.article().withDate(defaultDate));
        }
        return result;
    }

    /** The partition's output rows, tagged with their table's name. */
    Iterator<Tuple2<String, Row>> code(Iterator<InputRecord> records) {
        Pipeline pipeline = ExecutorPipeline.get();
        return new Iterator<>() {
            private final Deque<Tuple2<String, Row>> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && records.hasNext()) {
                    codeOne(pipeline, records.next(), pending);
                }
                return !pending.isEmpty();
            }

            @Override
            public Tuple2<String, Row> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.removeFirst();
            }
        };
    }

    private void codeOne(Pipeline pipeline, InputRecord record, Deque<Tuple2<String, Row>> out) {
        ReadResult read = article(record, defaultDate);
        if (read instanceof ReadResult.Unreadable unreadable) {
            fail(unreadable.failure(), out);
            return;
        }
        Article article = ((ReadResult.Read) read).article();
        Outcome outcome = pipeline.attempt(article);
        if (outcome instanceof Outcome.Failed failed) {
            fail(failed.failure(), out);
            return;
        }
        DocumentRows rows;
        try {
            rows = DocumentRows.of(((Outcome.Coded) outcome).document());
        } catch (RuntimeException e) {
            // as dyad ingest: a document the store cannot map is an error of stage "store"
            fail(new Failure(article.origin(), "store",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), out);
            return;
        }
        for (StoreTable table : TABLES) {
            for (Object[] values : rows.rows(table)) {
                out.addLast(new Tuple2<>(table.sqlName(), schema.row(table, values)));
            }
        }
        counters.coded().add(1);
        counters.events().add(rows.eventCount());
    }

    private void fail(Failure failure, Deque<Tuple2<String, Row>> out) {
        counters.failed().add(1);
        out.addLast(new Tuple2<>(StoreSchema.ERRORS, schema.errorRow(StoredError.of(failure))));
    }

    /** One parser per JVM: it is stateless and thread-safe. */
    private static final class Parser {
        static final JsonLinesArticleParser INSTANCE = new JsonLinesArticleParser();
    }
}
