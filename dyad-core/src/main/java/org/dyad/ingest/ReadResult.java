package org.dyad.ingest;

import java.util.Objects;
import org.dyad.document.Article;
import org.dyad.pipeline.Failure;

/**
 * What reading one input gave: either an {@link Article} ready for the pipeline ({@link Read}) or the reason it could
 * not be read ({@link Unreadable}). Readers return one result per article (a plain-text file, a JSON Lines record);
 * bad input is a value here, never an exception, so a batch always goes on.
 *
 * <p>Callers branch with {@code instanceof}: {@code if (result instanceof ReadResult.Read read) ...}.
 */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unreadable {

    /** {@link Failure#stage()} for input that could not be read or decoded (missing file, bad bytes, too large). */
    String READ_STAGE = "read";

    /** {@link Failure#stage()} for input that was read but is not a usable article (bad JSON, no text). */
    String PARSE_STAGE = "parse";

    /** Where the input came from, for error reports: "dir/a.txt" or "feed.jsonl:17". */
    String origin();

    /**
     * An article that was read.
     *
     * @param article the article, with its body span and metadata
     */
    record Read(Article article) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /**
     * An input that could not be read as an article.
     *
     * @param failure where, at which step ({@link #READ_STAGE} or {@link #PARSE_STAGE}) and why
     */
    record Unreadable(Failure failure) implements ReadResult {
        public Unreadable {
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public String origin() {
            return failure.origin();
        }
    }

    /** A result holding the article. */
    static ReadResult read(Article article) {
        return new Read(article);
    }

    /**
     * A result holding a failure.
     *
     * @param origin  "file" or "file:line"
     * @param stage   {@link #READ_STAGE} or {@link #PARSE_STAGE}
     * @param message what was wrong, in words a user can act on
     */
    static ReadResult unreadable(String origin, String stage, String message) {
        return new Unreadable(new Failure(origin, stage, message));
    }
}
