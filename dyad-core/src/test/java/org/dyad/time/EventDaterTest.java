package org.dyad.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: an event's date is the time expression of its clause, else that of its reporting clause, else the
 * document date. The events are built by hand on real sentences, tokens and tags (the coder is not under test).
 */
class EventDaterTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final Pipeline ANALYSIS = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()));
    private static final String TEXT = "The minister said on Thursday that rebels attacked the town. "
            + "Rebels shelled the port on Tuesday, the minister said. The army retreated. "
            + "On Sunday, gunmen attacked a convoy.";

    private static Event event(String id, String text, String verb, int sentence, int sentenceStart) {
        int s = TEXT.indexOf(text, sentenceStart);
        int v = TEXT.indexOf(verb, s);
        return new Event(id, "d", sentence, new Span(s, s + text.length()), new Span(v, v + verb.length()),
                Optional.empty(), Optional.empty(), new CameoCode("190"), -10.0, Optional.empty(), Optional.empty(),
                "p", List.of());
    }

    private static List<EventTime> dated(LocalDate dct) {
        Document doc = ANALYSIS.process(Article.ofText("d", TEXT, dct));
        String first = "The minister said on Thursday that rebels attacked the town.";
        String second = "Rebels shelled the port on Tuesday, the minister said.";
        List<Event> events = List.of(event("said", first, "said", 0, 0), event("attack", first, "attacked", 0, 0),
                event("shell", second, "shelled", 1, 0), event("retreat", "The army retreated.", "retreated", 2, 0),
                event("ambush", "On Sunday, gunmen attacked a convoy.", "attacked", 3, 0));
        doc = new TimexFinder().apply(doc.withEvents(events));
        return new EventDater().apply(doc).eventTimes();
    }

    @Test
    void clauseThenReportingClauseThenDocumentDate() {
        List<EventTime> times = dated(LocalDate.of(2017, 11, 10));
        assertThat(times).extracting(EventTime::eventId).containsExactly("said", "attack", "shell", "retreat", "ambush");
        // "said on Thursday": the reporting verb's own clause
        assertThat(times.get(0).value()).contains("2017-11-09");
        assertThat(times.get(0).source()).isEqualTo(EventTime.Source.CLAUSE);
        // "that rebels attacked the town": no time in its clause, so the reporting clause's Thursday
        assertThat(times.get(1).value()).contains("2017-11-09");
        assertThat(times.get(1).source()).isEqualTo(EventTime.Source.REPORTING);
        assertThat(times.get(1).timex().map(t -> TEXT.substring(t.start(), t.end()))).contains("Thursday");
        // "shelled the port on Tuesday": its own clause
        assertThat(times.get(2).value()).contains("2017-11-07");
        assertThat(times.get(2).source()).isEqualTo(EventTime.Source.CLAUSE);
        assertThat(times.get(2).granularity()).isEqualTo(Granularity.DAY);
        // nothing in the sentence: the document date
        assertThat(times.get(3).value()).contains("2017-11-10");
        assertThat(times.get(3).source()).isEqualTo(EventTime.Source.DOCUMENT);
        assertThat(times.get(3).timex()).isEmpty();
        // "On Sunday," opens the sentence and scopes over its main clause
        assertThat(times.get(4).value()).contains("2017-11-05");
        assertThat(times.get(4).source()).isEqualTo(EventTime.Source.CLAUSE);
    }

    @Test
    void withoutADocumentDateAnUndatedEventHasNoDate() {
        List<EventTime> times = dated(null);
        // "Thursday" cannot be resolved without a document date, so it dates nothing
        assertThat(times).extracting(EventTime::source).containsOnly(EventTime.Source.NONE);
        assertThat(times).extracting(EventTime::value).containsOnly(Optional.empty());
    }
}
