package org.dyad.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.event.Participant;
import org.dyad.event.Plover;
import org.dyad.time.Anchor;
import org.dyad.time.EventTime;
import org.dyad.time.Granularity;
import org.dyad.time.Timex;
import org.dyad.time.TimexType;
import org.junit.jupiter.api.Test;

class EventJsonWriterTest {

    static final String TEXT = "Kenya urged Somalia to talk. Gunmen attacked a post.";

    static Document document() {
        return Document.of(Article.ofText("d1", TEXT, LocalDate.of(2024, 3, 5)));
    }

    static Event appeal() {
        return new Event("e1", "d1", 0, new Span(0, 28), new Span(6, 11),
                Optional.of(new Participant(new Span(0, 5), "Kenya", new Actor("KEN", "KENYA", Actor.Resolution.DICTIONARY, "test"))),
                Optional.of(new Participant(new Span(12, 19), "Somalia", new Actor("SOM", "SOMALIA", Actor.Resolution.DICTIONARY, "test"))),
                new CameoCode("020"), 3.0, Optional.of(new Plover("REQUEST", "", "")), Optional.of(LocalDate.of(2024, 3, 5)),
                "test.txt:1 - * TO TALK [020]", List.of("PEACE_TALKS"));
    }

    static Event attack() {
        return new Event("e2", "d1", 1, new Span(29, 52), new Span(36, 44), Optional.empty(),
                Optional.of(new Participant(new Span(45, 51), "a post", new Actor("COP", "POLICE", Actor.Resolution.DICTIONARY, "test"))),
                new CameoCode("190"), -10.0, Optional.of(new Plover("ASSAULT", "", "military")), Optional.empty(), "test.txt:2", List.of());
    }

    @Test
    void writesOneLinePerEventWithFixedFieldsAndNullsForAbsence() throws IOException {
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        Document doc = document().withEvents(List.of(appeal(), attack()));
        writer.write(doc, appeal());
        writer.write(doc, attack());
        writer.flush();
        assertThat(out.toString()).isEqualTo(
                "{\"record\":\"event\",\"event_id\":\"e1\",\"doc_id\":\"d1\",\"sentence_index\":0,\"start\":0,\"end\":28,"
                + "\"verb_start\":6,\"verb_end\":11,"
                + "\"source\":{\"text\":\"Kenya\",\"code\":\"KEN\",\"name\":\"KENYA\",\"role\":null,\"resolved_by\":\"dictionary\",\"start\":0,\"end\":5},"
                + "\"target\":{\"text\":\"Somalia\",\"code\":\"SOM\",\"name\":\"SOMALIA\",\"role\":null,\"resolved_by\":\"dictionary\",\"start\":12,\"end\":19},"
                + "\"cameo_code\":\"020\",\"root_code\":\"02\",\"goldstein\":3.0,\"quad_class\":1,"
                + "\"plover_type\":\"REQUEST\",\"plover_mode\":null,\"plover_context\":null,\"date\":\"2024-03-05\","
                + "\"date_granularity\":\"day\",\"date_source\":\"document\",\"date_start\":null,\"date_end\":null,"
                + "\"sentence\":\"Kenya urged Somalia to talk.\",\"pattern\":\"test.txt:1 - * TO TALK [020]\",\"issues\":[\"PEACE_TALKS\"],"
                + "\"place_name\":null,\"geonames_id\":null,\"country_code\":null,\"admin1\":null,\"lat\":null,\"lon\":null,\"place_role\":null}\n"
                + "{\"record\":\"event\",\"event_id\":\"e2\",\"doc_id\":\"d1\",\"sentence_index\":1,\"start\":29,\"end\":52,"
                + "\"verb_start\":36,\"verb_end\":44,\"source\":null,"
                + "\"target\":{\"text\":\"a post\",\"code\":\"COP\",\"name\":\"POLICE\",\"role\":null,\"resolved_by\":\"dictionary\",\"start\":45,\"end\":51},"
                + "\"cameo_code\":\"190\",\"root_code\":\"19\",\"goldstein\":-10.0,\"quad_class\":4,"
                + "\"plover_type\":\"ASSAULT\",\"plover_mode\":null,\"plover_context\":\"military\",\"date\":null,"
                + "\"date_granularity\":null,\"date_source\":\"none\",\"date_start\":null,\"date_end\":null,"
                + "\"sentence\":\"Gunmen attacked a post.\",\"pattern\":\"test.txt:2\",\"issues\":[],"
                + "\"place_name\":null,\"geonames_id\":null,\"country_code\":null,\"admin1\":null,\"lat\":null,\"lon\":null,\"place_role\":null}\n");
    }

    @Test
    void writesTheEventPlaceFromTheEventPlacesLayer() throws IOException {
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        org.dyad.geo.Place nairobi = new org.dyad.geo.Place(184745, "Nairobi", "KE", "05", "", -1.28333, 36.81667,
                "P", "PPLC", 2750547);
        Document doc = document().withEvents(List.of(appeal(), attack())).withEventPlaces(List.of(
                new org.dyad.geo.EventPlace(new Span(0, 28), "e1", nairobi, org.dyad.geo.EventPlace.DATELINE,
                        new Span(0, 5))));
        writer.write(doc, appeal());
        writer.write(doc, attack());
        writer.flush();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).endsWith("\"place_name\":\"Nairobi\",\"geonames_id\":184745,\"country_code\":\"KE\","
                + "\"admin1\":\"05\",\"lat\":-1.28333,\"lon\":36.81667,\"place_role\":\"dateline\"}");
        assertThat(lines[1]).endsWith("\"place_name\":null,\"geonames_id\":null,\"country_code\":null,\"admin1\":null,\"lat\":null,\"lon\":null,\"place_role\":null}");
    }

    @Test
    void aRegionOfDyadsOwnHasNoGeoNamesId() throws IOException {
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        org.dyad.geo.Place gulf = new org.dyad.geo.Place(-7, "Gulf of Aden", "", "", "", 12.0, 48.0, "H", "GULF", 0);
        Document doc = document().withEvents(List.of(appeal())).withEventPlaces(List.of(
                new org.dyad.geo.EventPlace(new Span(0, 28), "e1", gulf, org.dyad.geo.EventPlace.CLAUSE,
                        new Span(0, 5))));
        writer.write(doc, appeal());
        writer.flush();
        assertThat(out.toString()).contains("\"place_name\":\"Gulf of Aden\",\"geonames_id\":null,")
                .contains("\"lat\":12.0,\"lon\":48.0");
    }

    @Test
    void writesTheEventDateFromTheEventTimesLayer() throws IOException {
        Timex tuesday = new Timex(new Span(45, 51), TimexType.DATE, "2024-03-05", Granularity.DAY, Anchor.DOCUMENT_TIME);
        Document doc = document().withEvents(List.of(appeal(), attack())).withEventTimes(List.of(
                new EventTime(new Span(0, 28), "e1", Optional.of("2024-03-05"), Granularity.DAY, Optional.empty(),
                        EventTime.Source.DOCUMENT),
                new EventTime(new Span(29, 52), "e2", Optional.of("2024-03-05"), Granularity.DAY,
                        Optional.of(tuesday), EventTime.Source.CLAUSE)));
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        writer.write(doc, attack());
        writer.flush();
        assertThat(out.toString()).contains("\"date\":\"2024-03-05\",\"date_granularity\":\"day\","
                + "\"date_source\":\"clause\",\"date_start\":45,\"date_end\":51,");
    }

    @Test
    void escapesQuotesAndNewlinesInsideTheSentence() throws IOException {
        String text = "\"Talk now,\" he said.\nThen he left.";
        Document doc = Document.of(Article.ofText("q", text, LocalDate.of(2024, 3, 5)));
        Event event = new Event("e", "q", 0, new Span(0, text.length()), new Span(11, 13), Optional.empty(),
                Optional.empty(), new CameoCode("010"), 0.0, Optional.of(new Plover("AGREE", "", "")), Optional.empty(), "p", List.of());
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        writer.write(doc, event);
        writer.flush();
        assertThat(out.toString()).contains("\"sentence\":\"\\\"Talk now,\\\" he said.\\nThen he left.\"")
                .endsWith("}\n").hasLineCount(1);
    }
}
