package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Article ARTICLE = new Article("a1", "Envoys met.", new Span(0, 11),
            java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.of(LocalDate.of(2024, 1, 2)), java.util.Optional.empty(), java.util.Optional.empty(),
            "in/a1.txt");

    /** Splits nothing: the body is one sentence. */
    private static final class OneSentence implements Stage {
        @Override
        public Document apply(Document doc) {
            return doc.withSentences(List.of(new Sentence(doc.article().body(), 0)));
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Layer produces() {
            return Layer.SENTENCES;
        }
    }

    private static final class Exploding implements Stage {
        private final RuntimeException error;

        Exploding(RuntimeException error) {
            this.error = error;
        }

        @Override
        public Document apply(Document doc) {
            throw error;
        }

        @Override
        public Set<Layer> requires() {
            return Set.of(Layer.SENTENCES);
        }

        @Override
        public Layer produces() {
            return Layer.TOKENS;
        }
    }

    @Test
    void attemptGivesTheDocument() {
        Outcome outcome = Pipeline.of(new OneSentence()).attempt(ARTICLE);
        assertThat(outcome).isInstanceOf(Outcome.Coded.class);
        assertThat(((Outcome.Coded) outcome).document().sentences()).hasSize(1);
    }

    @Test
    void attemptNamesTheStageThatThrew() {
        Outcome outcome = Pipeline.of(new OneSentence(), new Exploding(new IllegalStateException("no tokens")))
                .attempt(ARTICLE);
        assertThat(outcome).isEqualTo(new Outcome.Failed(
                new Failure("in/a1.txt", "Exploding", "no tokens (IllegalStateException)")));
        Outcome bare = Pipeline.of(new OneSentence(), new Exploding(new NullPointerException())).attempt(ARTICLE);
        assertThat(((Outcome.Failed) bare).failure().message()).isEqualTo("NullPointerException");
    }
}
