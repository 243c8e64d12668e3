package org.dyad.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.dyad.cli.DictionaryOptions;
import org.dyad.cli.PipelineFactory;
import org.dyad.cli.input.ArticleSource;
import org.dyad.document.Article;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.ContentHash;
import org.dyad.store.DocumentRows;
import org.dyad.store.StoreTable;

/**
 * The rows {@code dyad ingest} stores for some inputs, computed by its own code path without the DuckDB writer:
 * {@link ArticleSource} reads, an article whose id was read before is skipped, {@link PipelineFactory}'s pipeline
 * (no dictionary options) codes on {@code threads} threads, and {@link DocumentRows} maps. Rows are compared as
 * lists of plain values ({@link #values}) counted as multisets.
 */
final class CliReference {

    private CliReference() {
    }

    /** Each table's rows as value lists, with how often each occurs. */
    static Map<StoreTable, Map<List<Object>, Integer>> rows(List<Path> inputs, int threads) throws Exception {
        Pipeline pipeline = new PipelineFactory().create(new DictionaryOptions());
        List<Article> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (Stream<ReadResult> results = new ArticleSource(inputs, Optional.empty()).read()) {
            results.forEach(r -> {
                if (r instanceof ReadResult.Read read && seen.add(ContentHash.articleId(read.article()))) {
                    articles.add(read.article());
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Optional<DocumentRows>>> coded = new ArrayList<>();
        try {
            for (Article a : articles) {
                coded.add(pool.submit(() -> pipeline.attempt(a) instanceof Outcome.Coded c
                        ? Optional.of(DocumentRows.of(c.document())) : Optional.<DocumentRows>empty()));
            }
            Map<StoreTable, Map<List<Object>, Integer>> tables = new EnumMap<>(StoreTable.class);
            for (StoreTable t : PartitionCoder.TABLES) {
                tables.put(t, new HashMap<>());
            }
            for (Future<Optional<DocumentRows>> f : coded) {
                Optional<DocumentRows> rows = f.get();
                if (rows.isEmpty()) {
                    continue;
                }
                for (StoreTable t : PartitionCoder.TABLES) {
                    for (Object[] row : rows.get().rows(t)) {
                        tables.get(t).merge(values(Arrays.asList(row)), 1, Integer::sum);
                    }
                }
            }
            return tables;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A Spark row's values, made comparable with {@link #values}. */
    static List<Object> values(Row row) {
        List<Object> raw = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            raw.add(row.get(i));
        }
        return values(raw);
    }

    /** Plain values: integers as Long, arrays and Scala sequences as lists; strings, doubles, booleans, dates as is. */
    static List<Object> values(List<Object> raw) {
        List<Object> out = new ArrayList<>(raw.size());
        for (Object v : raw) {
            if (v instanceof Byte || v instanceof Short || v instanceof Integer || v instanceof Long) {
                out.add(((Number) v).longValue());
            } else if (v instanceof Object[] array) {
                out.add(Arrays.asList(array));
            } else if (v instanceof scala.collection.Seq<?> seq) {
                out.add(new ArrayList<Object>(scala.jdk.javaapi.CollectionConverters.asJava(seq)));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    /** Counts value lists. */
    static Map<List<Object>, Integer> multiset(List<Row> rows) {
        Map<List<Object>, Integer> out = new HashMap<>();
        rows.forEach(r -> out.merge(values(r), 1, Integer::sum));
        return out;
    }

    /** Up to {@code limit} rows of {@code a} (with their surplus count) that {@code b} lacks. */
    static List<String> missing(Map<List<Object>, Integer> a, Map<List<Object>, Integer> b, int limit) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<List<Object>, Integer> e : a.entrySet()) {
            int surplus = e.getValue() - b.getOrDefault(e.getKey(), 0);
            if (surplus > 0 && out.size() < limit) {
                out.add(surplus + " × " + e.getKey());
            }
        }
        return out;
    }
}
