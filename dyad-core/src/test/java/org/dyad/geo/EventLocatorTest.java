package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.StandardPipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where events happen (issue 5), through the standard pipeline on sentences written for the test. */
class EventLocatorTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = StandardPipeline.create(Dictionaries.bundled(new DictionaryReport()), OpenNlpModels.load(),
                Gazetteer.load());
    }

    @Test
    void theMostPreciseLocativePlaceOfTheClauseLocatesTheEvent() {
        Document doc = pipeline.process(Article.ofText("a",
                "Somali militants attacked Kenyan troops in Garissa, in eastern Kenya, on Monday.",
                LocalDate.of(2024, 3, 5)));
        assertThat(doc.events()).isNotEmpty();
        EventPlace place = doc.eventPlaces().get(0);
        assertThat(place.eventId()).isEqualTo(doc.events().get(0).id());
        assertThat(place.place().name()).isEqualTo("Garissa");
        assertThat(place.role()).isEqualTo(EventPlace.CLAUSE);
        assertThat(doc.text(place.toponym())).isEqualTo("Garissa");
    }

    @Test
    void aStatementWithNoPlaceInItsClauseIsPlacedAtTheDateline() {
        String text = "NAIROBI: Kenya urged Somalia to resume talks on their border.";
        Article article = new Article("d", text, new Span(9, text.length()), Optional.empty(), Optional.empty(),
                Optional.of("NAIROBI"), Optional.of(LocalDate.of(2024, 3, 5)), Optional.empty(), Optional.empty(), "d");
        Document doc = pipeline.process(article);
        assertThat(doc.events()).isNotEmpty();
        List<EventPlace> places = doc.eventPlaces();
        assertThat(places).hasSize(doc.events().size());
        assertThat(places.get(0).place().geonameId()).isEqualTo(184745);
        assertThat(places.get(0).role()).isEqualTo(EventPlace.DATELINE);
    }

    @Test
    void aPlaceThatIsTheRecipientDoesNotLocateTheEvent() {
        Document doc = pipeline.process(Article.ofText("r", "Kenya praised Uganda.", LocalDate.of(2024, 3, 5)));
        assertThat(doc.events()).isNotEmpty();
        assertThat(doc.eventPlaces()).isEmpty();
    }

    @Test
    void theLocativeWordIsThePrepositionBeforeThePlaceOrItsArticle() {
        assertThat(EventLocator.afterLocative("talks in Kabul", 9)).isTrue();
        assertThat(EventLocator.afterLocative("fighting in the Bekaa", 16)).isTrue();
        assertThat(EventLocator.afterLocative("Kabul said", 0)).isFalse();
        assertThat(EventLocator.afterLocative("praised Kabul", 8)).isFalse();
    }
}
