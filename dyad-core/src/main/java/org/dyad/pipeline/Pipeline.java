package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Layer;

/**
 * An ordered chain of stages. The chain is checked when it is built: each stage's required layers must be produced
 * by an earlier stage, so a wrong order fails at start-up, not at article 10,000.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * @throws IllegalArgumentException naming the stage and the missing layer when the order is wrong
     */
    public static Pipeline of(Stage... stages) {
        Set<Layer> available = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            for (Layer needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException(stage.getClass().getSimpleName() + " needs layer " + needed
                            + "; add " + needed.producer() + " before it");
                }
            }
            available.add(stage.produces());
        }
        return new Pipeline(List.of(stages));
    }

    /** Runs every stage on the article. */
    public Document process(Article article) {
        Document doc = Document.of(article);
        for (Stage stage : stages) {
            doc = stage.apply(doc);
        }
        return doc;
    }

    /**
     * Runs every stage on the article, like {@link #process}, but turns an exception thrown by a stage into a
     * {@link Failure} naming that stage, so a batch can record it and go on with the next article. A stack overflow
     * on pathological input counts too; other errors ({@code OutOfMemoryError}…) still propagate.
     *
     * @return {@link Outcome.Coded} with the document, or {@link Outcome.Failed} with
     *         {@code Failure(article.origin(), stage simple name, message)}
     */
    public Outcome attempt(Article article) {
        Document doc = Document.of(article);
        for (Stage stage : stages) {
            try {
                doc = stage.apply(doc);
            } catch (RuntimeException | StackOverflowError e) {
                return new Outcome.Failed(new Failure(article.origin(), stage.getClass().getSimpleName(), describe(e)));
            }
        }
        return new Outcome.Coded(doc);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : message + " (" + type + ")";
    }

    /** The stages in order. */
    public List<Stage> stages() {
        return new ArrayList<>(stages);
    }
}
