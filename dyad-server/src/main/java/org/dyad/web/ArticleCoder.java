package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.ingest.PlainTextArticleParser;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DocumentRows;
import org.dyad.store.StoreTable;

/**
 * Codes a pasted article at once with the pipeline the server was started with (the production
 * {@link org.dyad.pipeline.StandardPipeline}, dictionaries loaded once) and returns it in the article view's JSON
 * shape: the rows {@link DocumentRows} would store, table by table, without writing anything. The text is read as
 * {@code dyad code} reads a plain-text file (headline, byline and dateline found by
 * {@link PlainTextArticleParser}).
 *
 * <p>Thread-safe: the pipeline's stages are stateless.
 */
final class ArticleCoder {
    /** Longest article accepted, in characters (the request body limit is checked first). */
    static final int MAX_CHARS = 200_000;

    private final Pipeline pipeline;
    private final StoreQueries names;

    /**
     * @param pipeline the coding pipeline, whose last stages produce events, quotes and claims
     * @param names    gives events their CAMEO names
     */
    ArticleCoder(Pipeline pipeline, StoreQueries names) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.names = names;
    }

    /**
     * @param text the article as pasted
     * @param date the document creation time, when known (event dates are resolved against it)
     * @return {@code {article: {…}, sentences, actor_mentions, events, places, times, quotes, claims}}
     * @throws ApiException 400 when there is no text, 413 when it is longer than {@link #MAX_CHARS}, 422 when a
     *                      stage fails on it (the stage and its message)
     */
    ObjectNode code(String text, Optional<LocalDate> date) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("text: the article is empty; paste some text");
        }
        if (text.length() > MAX_CHARS) {
            throw new ApiException(413, "text: the article is " + text.length() + " characters long; at most "
                    + MAX_CHARS + " are coded at once (use dyad ingest for long inputs)");
        }
        ReadResult read = new PlainTextArticleParser().parse(text, "pasted", "pasted");
        if (read instanceof ReadResult.Unreadable bad) {
            throw new ApiException(422, bad.failure().message());
        }
        Article article = ((ReadResult.Read) read).article();
        if (date.isPresent()) {
            article = article.withDate(date.get());
        }
        Outcome outcome = pipeline.attempt(article);
        if (outcome instanceof Outcome.Failed failed) {
            throw new ApiException(422, "the " + failed.failure().stage() + " stage failed on this text: "
                    + failed.failure().message());
        }
        DocumentRows rows = DocumentRows.of(((Outcome.Coded) outcome).document());
        ObjectNode out = RowsJson.NODES.objectNode();
        out.set("article", rows(rows, StoreTable.ARTICLES).get(0));
        for (String table : StoreQueries.articleTables()) {
            StoreTable t = tableNamed(table);
            out.set(table, rows(rows, t));
        }
        names.nameEvents((ArrayNode) out.get("events"));
        return out;
    }

    private static StoreTable tableNamed(String sqlName) {
        for (StoreTable t : StoreTable.values()) {
            if (t.sqlName().equals(sqlName)) {
                return t;
            }
        }
        throw new IllegalStateException("no store table " + sqlName);
    }

    private static ArrayNode rows(DocumentRows rows, StoreTable table) {
        ArrayNode out = RowsJson.NODES.arrayNode();
        List<String> columns = table.columns();
        for (Object[] row : rows.rows(table)) {
            out.add(RowsJson.row(columns, row));
        }
        return out;
    }
}
