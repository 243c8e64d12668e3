package org.dyad.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
    private final Document doc = Document.of(Article.ofText("t", "Kenya hosts talks.", null));

    @Test
    void missingLayerNamesTheStageThatProducesIt() {
        assertThatThrownBy(doc::sentences)
                .isInstanceOf(MissingLayerException.class)
                .hasMessageContaining("SENTENCES").hasMessageContaining("add SentenceSplitter");
    }

    @Test
    void layersAreAddedNotReplaced() {
        Document withSentences = doc.withSentences(List.of(new Sentence(new Span(0, 18), 0)));
        assertThat(withSentences.sentences()).hasSize(1);
        assertThat(doc.has(Layer.SENTENCES)).isFalse();
        assertThatThrownBy(() -> withSentences.withSentences(List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never replaced");
    }

    @Test
    void spansPastTheTextAreRejected() {
        assertThatThrownBy(() -> doc.withSentences(List.of(new Sentence(new Span(0, 19), 0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs past the text");
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void layersThatNeverOverlapMustComeInTextOrder() {
        assertThatThrownBy(() -> doc.withSentences(List.of(new Sentence(new Span(6, 18), 0), new Sentence(new Span(0, 5), 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text order");
        assertThatThrownBy(() -> doc.withSentences(List.of(new Sentence(new Span(0, 10), 0), new Sentence(new Span(5, 18), 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never overlap");
    }

    @Test
    void tokensInASentenceAreAView() {
        Document d = doc.withSentences(List.of(new Sentence(new Span(0, 18), 0)))
                .withTokens(List.of(new Token(new Span(0, 5), "Kenya", ""), new Token(new Span(6, 11), "hosts", ""),
                        new Token(new Span(12, 17), "talks", ""), new Token(new Span(17, 18), ".", "")));
        SpanAssertions.assertSpans(d, d.tokensIn(d.sentences().get(0)), "Kenya@0-5", "hosts@6-11", "talks@12-17", ".@17-18");
    }

    @Test
    void withinGivesTheItemsInsideARangeInLayerOrder() {
        List<Sentence> layer = List.of(new Sentence(new Span(0, 5), 0), new Sentence(new Span(6, 10), 1),
                new Sentence(new Span(8, 14), 2), new Sentence(new Span(15, 18), 3));
        assertThat(Document.within(layer, new Span(6, 14))).extracting(Sentence::index).containsExactly(1, 2);
        assertThat(Document.within(layer, new Span(6, 12))).extracting(Sentence::index).containsExactly(1);
        assertThat(Document.within(layer, new Span(1, 5))).isEmpty();
        assertThat(Document.within(layer, new Span(0, 18))).hasSize(4);
        assertThat(Document.within(List.<Sentence>of(), new Span(0, 18))).isEmpty();
    }
}
