package org.dyad.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.geo.EventPlace;
import org.dyad.event.Event;
import org.dyad.event.Plover;
import org.dyad.event.Participant;

/**
 * Writes events as JSON Lines: one JSON object per event, one line each, fields in a fixed order. The fields, their
 * types and units are documented in {@code docs/output-schema.md}; offsets are UTF-16 char offsets into the article
 * text, end exclusive, as everywhere in Dyad. Absent values ({@code source}, {@code target}, {@code date}, an
 * empty PLOVER mode or context) are JSON {@code null}.
 */
public final class EventJsonWriter implements EventWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;
    private final JsonGenerator json;

    /**
     * @param out where the lines go; flushed by {@link #flush()}, never closed by this writer
     * @throws IOException when the generator cannot be created on {@code out}
     */
    public EventJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    @Override
    public void write(Document doc, Event event) throws IOException {
        json.writeStartObject();
        json.writeStringField("event_id", event.id());
        json.writeStringField("doc_id", event.docId());
        json.writeNumberField("sentence_index", event.sentenceIndex());
        json.writeNumberField("start", event.span().start());
        json.writeNumberField("end", event.span().end());
        json.writeNumberField("verb_start", event.verb().start());
        json.writeNumberField("verb_end", event.verb().end());
        participant("source", event.source());
        participant("target", event.target());
        json.writeStringField("cameo_code", event.code().value());
        json.writeStringField("root_code", event.rootCode());
        json.writeNumberField("goldstein", event.goldstein());
        json.writeNumberField("quad_class", event.quadClass().number());
        stringOrNull("plover_type", event.plover().map(Plover::type).orElse(""));
        stringOrNull("plover_mode", event.plover().map(Plover::mode).orElse(""));
        stringOrNull("plover_context", event.plover().map(Plover::context).orElse(""));
        json.writeFieldName("date");
        if (event.date().isPresent()) {
            json.writeString(event.date().get().toString());
        } else {
            json.writeNull();
        }
        json.writeStringField("sentence", doc.text(event.span()));
        json.writeStringField("pattern", event.pattern());
        json.writeArrayFieldStart("issues");
        for (String issue : event.issues()) {
            json.writeString(issue);
        }
        json.writeEndArray();
        place(doc, event);
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    /** The event's place from the {@link Layer#EVENT_PLACES} layer; every field null when it has none. */
    private void place(Document doc, Event event) throws IOException {
        Optional<EventPlace> found = Optional.empty();
        if (doc.has(Layer.EVENT_PLACES)) {
            found = doc.eventPlaces().stream().filter(p -> p.eventId().equals(event.id())).findFirst();
        }
        if (found.isEmpty()) {
            for (String field : new String[] {"place_name", "geonames_id", "country_code", "admin1", "lat", "lon",
                    "place_role"}) {
                json.writeNullField(field);
            }
            return;
        }
        EventPlace p = found.get();
        json.writeStringField("place_name", p.place().name());
        json.writeNumberField("geonames_id", p.place().geonameId());
        stringOrNull("country_code", p.place().countryCode());
        stringOrNull("admin1", p.place().admin1());
        json.writeNumberField("lat", p.place().lat());
        json.writeNumberField("lon", p.place().lon());
        json.writeStringField("place_role", p.role());
    }

    private void participant(String field, Optional<Participant> participant) throws IOException {
        json.writeFieldName(field);
        if (participant.isEmpty()) {
            json.writeNull();
            return;
        }
        Participant p = participant.get();
        json.writeStartObject();
        json.writeStringField("text", p.text());
        json.writeStringField("code", p.code());
        json.writeStringField("name", p.name());
        json.writeNumberField("start", p.span().start());
        json.writeNumberField("end", p.span().end());
        json.writeEndObject();
    }

    private void stringOrNull(String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
