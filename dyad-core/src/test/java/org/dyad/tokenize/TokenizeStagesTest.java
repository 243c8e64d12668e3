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
    void aTitleAbbreviationBeforeANameNeverEndsASentence() {
        // issue 6: the model ended sentences after "Gov." and "Sen.", cutting a speaker from its cue
        Document d = PIPELINE.process(Article.ofText("t",
                "The mayor, who had backed former Ohio Gov. Ada Ross in March, said the plan would fail.", null));
        assertThat(d.sentences()).hasSize(1);
        Document two = PIPELINE.process(Article.ofText("u",
                "The bill was backed by Sen. Ada Ross and Rep. Tom Hale. Support came from Lt. Gen. Arturo Velez.",
                null));
        assertSpans(two, two.sentences(), "The bill was backed by Sen. Ada Ross and Rep. Tom Hale.@0-55",
                "Support came from Lt. Gen. Arturo Velez.@56-96");
    }

    @Test
    void controlAndFormatCharactersAreNeverPartOfAToken() {
        // a fresh-clone trial found "Kenya\u0001\u0002" read as one unknown word, and the event lost
        Document d = PIPELINE.process(Article.ofText("c", "Kenya\u0001\u0002 met \u202EUganda.", null));
        assertSpans(d, d.tokens(), "Kenya@0-5", "met@8-11", "Uganda@13-19", ".@19-20");
    }

    @Test
    void remembersChunksWithoutChangingWhatOpenNlpGives() {
        // the stage decides each whitespace-delimited chunk once and then looks it up; the tokens must be exactly
        // OpenNLP's for the whole sentence, on the first pass (decided) and on the second (remembered)
        String[] sentences = {
            "The U.S.-led coalition said (on Monday) that 1,200 troops, 3.5% of them from Kenya, left Mogadishu.",
            "\"We will not accept this,\" the minister told reporters in Addis Ababa; talks resume Jan. 4.",
            "Rebels -- armed with AK-47s -- stormed the town at 5:30 a.m., officials said: \u201cit is over.\u201d",
            "See www.example.org/news?id=7 or e-mail info@example.org for the co-operation pact's text!"};
        opennlp.tools.tokenize.TokenizerME reference = new opennlp.tools.tokenize.TokenizerME(MODELS.tokens());
        Tokenizer stage = new Tokenizer(MODELS.tokens());
        for (int pass = 0; pass < 2; pass++) {
            for (String sentence : sentences) {
                java.util.List<String> expected = new java.util.ArrayList<>();
                for (opennlp.tools.util.Span t : reference.tokenizePos(sentence)) {
                    expected.add(t.getCoveredText(sentence) + "@" + t.getStart() + "-" + t.getEnd());
                }
                java.util.List<org.dyad.document.Token> tokens = new java.util.ArrayList<>();
                stage.find(sentence, new Span(0, sentence.length()), tokens);
                java.util.List<String> got = new java.util.ArrayList<>();
                for (org.dyad.document.Token t : tokens) {
                    // the stage's own treebank splits ('s) are undone for the comparison
                    String key = t.text() + "@" + t.span().start() + "-" + t.span().end();
                    if (t.text().equals("'s") && !got.isEmpty()) {
                        String prev = got.remove(got.size() - 1);
                        key = prev.substring(0, prev.indexOf('@')) + "'s@" + prev.substring(prev.indexOf('@') + 1,
                                prev.lastIndexOf('-')) + "-" + t.span().end();
                    }
                    got.add(key);
                }
                assertThat(got).as("pass %d: %s", pass, sentence).isEqualTo(expected);
            }
        }
    }

    @Test
    void greedyTaggerGivesOpenNlpsTags() {
        // GreedyTagger skips the probabilities; the tags must be POSTaggerME's (beam 3, as shipped)
        opennlp.tools.postag.POSTaggerME reference = new opennlp.tools.postag.POSTaggerME(MODELS.pos());
        GreedyTagger greedy = new GreedyTagger(MODELS.pos());
        String[][] sentences = {
            {"The", "minister", "said", "on", "Monday", "that", "talks", "would", "resume", "."},
            {"Rebels", "fired", "mortars", "at", "the", "base", ",", "killing", "three", "soldiers", "."},
            {"Police", "said", "protesters", "had", "burned", "tyres", "outside", "the", "embassy", "."},
            {"Will", "Kenya", "back", "the", "bid", "?"},
            {"He", "does", "n't", "know", "."},
            {},
            {"Talks"}};
        assertThat(greedy.scoresByParts()).as("the UD model's features split into word, neighbour, position, history")
                .isTrue();
        for (int pass = 0; pass < 2; pass++) { // the second pass scores from the remembered parts
            for (String[] words : sentences) {
                assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(reference.tag(words));
            }
        }
    }

    @Test
    void greedyTaggerSplitsOnlyTheFeatureGeneratorsItKnows() {
        String known = "<featureGenerators cache=\"true\" name=\"posTagger\">"
                + "<generator class=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
                + "<generator class=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
                + "</featureGenerators>";
        String other = known.replace("SuffixFeatureGeneratorFactory", "BrownClusterTokenFeatureGeneratorFactory");
        assertThat(GreedyTagger.decomposableDescriptor(known.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(GreedyTagger.decomposableDescriptor(other.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(GreedyTagger.decomposableDescriptor("<featureGenerators".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).isFalse();
        assertThat(GreedyTagger.decomposableDescriptor(null)).isFalse();
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

    @Test
    void separatorAndFormatCharactersAfterAFullStopEndTheSentence() {
        for (String gap : new String[] {"\u2028", "\u2029", "\u0085", "\u202C", "\u202C "}) {
            String text = "Talks ended on Friday." + gap + "Rebels attacked the town.";
            Document d = PIPELINE.process(Article.ofText("sep", text, null));
            assertThat(d.sentences()).as("gap U+%04X", (int) gap.charAt(0)).hasSize(2);
            assertThat(d.sentences().get(0).span().end()).isEqualTo(text.indexOf('.') + 1);
        }
    }
}
