package org.dyad.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.document.SpanAssertions.assertSpans;

import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class TokenizeStagesTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()));

    @Test
    void splitsParagraphsAndSentencesInsideTheBody() {
        String text = "Headline here\n\nNAIROBI: Kenya hosted talks. Uganda sent envoys.\n\nThe talks ended.";
        Article a = new Article("a", text, new Span(24, text.length()), Optional.of("Headline here"), Optional.empty(),
                Optional.of("NAIROBI"), Optional.empty(), Optional.empty(), Optional.empty(), "a");
        Document d = PIPELINE.process(a);
        assertSpans(d, d.sentences(), "Kenya hosted talks.@24-43", "Uganda sent envoys.@44-63", "The talks ended.@65-81");
    }

    @Test
    void aTitleLineOverAnotherLineIsASentenceOfItsOwn() {
        // regression: a one-line headline with no blank line after it was glued to the first sentence
        Document d = PIPELINE.process(Article.ofText("t", "Kenya attacks Uganda\nEgypt praised Sudan on Monday.", null));
        assertSpans(d, d.sentences(), "Kenya attacks Uganda@0-20", "Egypt praised Sudan on Monday.@21-51");
        // hard-wrapped prose keeps its lines in one sentence
        Document wrapped = PIPELINE.process(Article.ofText("w",
                "Kenya and Uganda agreed on Monday to open talks on the border in\nNairobi next week.", null));
        assertThat(wrapped.sentences()).hasSize(1);
    }

    @Test
    void controlAndFormatCharactersAreNeverPartOfAToken() {
        // a fresh-clone trial found "Kenya\u0001\u0002" read as one unknown word, and the event lost
        Document d = PIPELINE.process(Article.ofText("c", "Kenya\u0001\u0002 met \u202EUganda.", null));
        assertSpans(d, d.tokens(), "Kenya@0-5", "met@8-11", "Uganda@13-19", ".@19-20");
    }

    @Test
    void splitsPossessivesLikeTheTreebanks() {
        Document d = PIPELINE.process(Article.ofText("b", "NATO's chief met Kenya’s envoy.", null));
        assertSpans(d, d.tokens(), "NATO@0-4", "'s@4-6", "chief@7-12", "met@13-16", "Kenya@17-22", "’s@22-24",
                "envoy@25-30", ".@30-31");
    }

    @Test
    void tagsWithUniversalDependenciesTags() {
        Document d = PIPELINE.process(Article.ofText("c", "Rebels attacked the town.", null));
        assertThat(d.tokens().stream().map(t -> t.tag()).toList()).containsExactly("NOUN", "VERB", "DET", "NOUN", "PUNCT");
    }

    @Test
    void cutsRunOnSentencesSoOneLineCannotStallTheTagger() {
        String text = "word ".repeat(2_000);
        Document d = PIPELINE.process(Article.ofText("d", text, null));
        assertThat(d.sentences()).hasSizeGreaterThan(4);
        assertThat(d.sentences()).allMatch(s -> s.span().length() <= SentenceSplitter.MAX_SENTENCE_CHARS);
    }
}
