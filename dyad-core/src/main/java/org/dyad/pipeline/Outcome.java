package org.dyad.pipeline;

import java.util.Objects;
import org.dyad.document.Document;

/**
 * What {@link Pipeline#attempt} made of one article: the finished document ({@link Coded}) or the failure of the
 * stage that threw ({@link Failed}). Front ends branch with {@code instanceof} and go on with the next article.
 */
public sealed interface Outcome permits Outcome.Coded, Outcome.Failed {

    /**
     * Every stage ran.
     *
     * @param document the document with every layer the pipeline produces
     */
    record Coded(Document document) implements Outcome {
        public Coded {
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * A stage threw on this article.
     *
     * @param failure the article's origin, the simple class name of the stage, and the exception's message
     */
    record Failed(Failure failure) implements Outcome {
        public Failed {
            Objects.requireNonNull(failure, "failure");
        }
    }
}
