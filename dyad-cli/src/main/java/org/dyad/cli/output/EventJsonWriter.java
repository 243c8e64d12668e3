package org.dyad.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.event.Event;
import org.dyad.event.OutputCodes;
import org.dyad.event.Participant;
import org.dyad.event.Plover;
import org.dyad.geo.EventPlace;
import org.dyad.quote.Claim;
import org.dyad.quote.Cue;
import org.dyad.quote.Quote;
import org.dyad.time.EventTime;
import org.dyad.time.Timex;

/**
 * Writes events as JSON Lines: one JSON object per event, one line each, fields in a fixed order, the first one
 * {@code "record":"event"}; quotes and claims go beside them as {@code "record":"quote"} and {@code "record":"claim"}
 * lines. The fields, their
 * types and units are documented in {@code docs/output-schema.md}; offsets are UTF-16 char offsets into the article
 * text, end exclusive, as everywhere in Dyad. Absent values ({@code source}, {@code target}, {@code date}, an
 * empty PLOVER mode or context, the timex offsets of a document date) are JSON {@code null}. The date fields come
 * from the document's {@code EVENT_TIMES} layer ({@code EventDater}).
 */
public final class EventJsonWriter implements EventWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;
    private final JsonGenerator json;
    private final OutputCodes codes;

    /**
     * @param out where the lines go; flushed by {@link #flush()}, never closed by this writer
     * @throws IOException when the generator cannot be created on {@code out}
     */
    public EventJsonWriter(Writer out) throws IOException {
        this(out, OutputCodes.bundled());
    }

    /**
     * @param out   where the lines go; flushed by {@link #flush()}, never closed by this writer
     * @param codes the check every event and speaker code passes before anything of its record is written
     * @throws IOException when the generator cannot be created on {@code out}
     */
    public EventJsonWriter(Writer out, OutputCodes codes) throws IOException {
        this.codes = codes;
        this.out = out;
        this.json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
    }

    @Override
    public void write(Document doc, Event event) throws IOException {
        codes.check(event);
        json.writeStartObject();
        json.writeStringField("record", "event");
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
        EventTime time = EventDates.of(doc, event);
        stringOrNull("date", time.value().orElse(""));
        stringOrNull("date_granularity", time.source() == EventTime.Source.NONE ? "" : time.granularity().label());
        json.writeStringField("date_source", time.source().label());
        intOrNull("date_start", time.timex().map(Timex::start));
        intOrNull("date_end", time.timex().map(Timex::end));
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

    /**
     * One quote line: {@code record} "quote", ids, content offsets and text, {@code direct}, the cue and the speaker
     * (as objects, or null) and the utterance date (a TIMEX value, or null).
     */
    @Override
    public void writeQuote(Document doc, Quote quote) throws IOException {
        codes.checkActor("quote " + quote.id(), quote.actor().map(m -> m.actor().code()));
        json.writeStartObject();
        json.writeStringField("record", "quote");
        json.writeStringField("quote_id", quote.id());
        json.writeStringField("doc_id", doc.article().id());
        json.writeNumberField("sentence_index", quote.sentenceIndex());
        json.writeNumberField("start", quote.span().start());
        json.writeNumberField("end", quote.span().end());
        json.writeStringField("text", doc.text(quote.span()));
        json.writeBooleanField("direct", quote.direct());
        json.writeFieldName("cue");
        if (quote.cue().isPresent()) {
            Cue cue = quote.cue().get();
            json.writeStartObject();
            json.writeStringField("text", doc.text(cue.span()));
            json.writeStringField("lemma", cue.lemma());
            json.writeNumberField("start", cue.span().start());
            json.writeNumberField("end", cue.span().end());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        speaker(doc, quote.speaker(), quote.actor());
        stringOrNull("date", quote.date().orElse(""));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /**
     * One claim line: {@code record} "claim", ids, offsets and text of the statement, the claimant, the stance and
     * the id of the claim it contradicts (or null).
     */
    @Override
    public void writeClaim(Document doc, Claim claim) throws IOException {
        json.writeStartObject();
        json.writeStringField("record", "claim");
        json.writeStringField("claim_id", claim.id());
        json.writeStringField("quote_id", claim.quoteId());
        json.writeStringField("doc_id", doc.article().id());
        json.writeNumberField("sentence_index", claim.sentenceIndex());
        json.writeNumberField("start", claim.span().start());
        json.writeNumberField("end", claim.span().end());
        json.writeStringField("text", doc.text(claim.span()));
        json.writeFieldName("speaker");
        if (claim.speaker().isPresent()) {
            Mention m = claim.speaker().get();
            json.writeStartObject();
            json.writeStringField("text", doc.text(m.span()));
            json.writeStringField("code", m.actor().code());
            json.writeStringField("name", m.actor().name());
            json.writeEndObject();
        } else {
            json.writeNull();
        }
        json.writeStringField("stance", claim.stance().label());
        stringOrNull("contradicts", claim.contradicts().orElse(""));
        stringOrNull("date", claim.date().orElse(""));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void speaker(Document doc, Optional<Span> words, Optional<Mention> actor) throws IOException {
        json.writeFieldName("speaker");
        if (words.isEmpty()) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("text", doc.text(words.get()));
        json.writeNumberField("start", words.get().start());
        json.writeNumberField("end", words.get().end());
        stringOrNull("code", actor.map(m -> m.actor().code()).orElse(""));
        stringOrNull("name", actor.map(m -> m.actor().name()).orElse(""));
        json.writeEndObject();
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
        if (p.place().inGeoNames()) {
            json.writeNumberField("geonames_id", p.place().geonameId());
        } else {
            json.writeNullField("geonames_id");     // one of Dyad's own regions or seas
        }
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
        stringOrNull("role", p.actor().role());
        json.writeStringField("resolved_by", p.actor().resolution().label());
        json.writeNumberField("start", p.span().start());
        json.writeNumberField("end", p.span().end());
        json.writeEndObject();
    }

    private void intOrNull(String field, Optional<Integer> value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value.get());
        }
    }

    private void stringOrNull(String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
