package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The bundled dictionaries decide by the document date: the same person changes code with it. Dates checked against
 * the public record (Stoltenberg: Norway's prime minister 2005-2013, NATO secretary general from 1 October 2014).
 */
class BundledActorDatesTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()),
            new ActorMatcher(Dictionaries.bundledActors(new DictionaryReport()),
                    Dictionaries.bundledAgents(new DictionaryReport())));

    private static Actor firstActor(String text, LocalDate date) {
        Document d = PIPELINE.process(Article.ofText("t", text, date));
        return d.mentions().get(0).actor();
    }

    @Test
    void stoltenbergIsNorwegianGovernmentIn2005AndNatoIn2017() {
        String text = "Jens Stoltenberg met reporters in the capital.";
        assertThat(firstActor(text, LocalDate.of(2005, 11, 3)).code()).isEqualTo("NORGOV");
        assertThat(firstActor(text, LocalDate.of(2017, 11, 9)).code()).isEqualTo("IGOWSTNAT");
    }

    @Test
    void theTitleInA2017TextGivesNatoWhateverTheDictionary() {
        Actor a = firstActor("NATO Secretary General Jens Stoltenberg met reporters.", LocalDate.of(2017, 11, 9));
        assertThat(a.code()).isEqualTo("IGOWSTNAT");
        assertThat(a.name()).isEqualTo("Jens Stoltenberg");
        assertThat(a.role()).isEqualTo("Secretary General");
    }

    @Test
    void aNorwegianTitleIn2005GivesTheNorwegianGovernment() {
        Actor a = firstActor("Norwegian Prime Minister Jens Stoltenberg met reporters.", LocalDate.of(2005, 11, 3));
        assertThat(a.code()).startsWith("NORGOV");
        assertThat(a.role()).isEqualTo("Prime Minister");
    }
}
