package org.dyad.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.event.CameoEntry;
import org.dyad.event.CameoTable;
import org.dyad.event.Event;
import org.dyad.event.Participant;
import org.dyad.geo.EventPlace;
import org.dyad.quote.Quote;
import org.dyad.time.EventTime;

/**
 * Says why an event was coded as it was ({@code dyad explain}, issue 11): the sentence, the dictionary line that
 * gave the code, how each actor was resolved (with the dictionary lines its evidence names), the statement the event
 * is reported in and its speaker, the other actors of the sentence, and how the date and place were chosen (the
 * {@code EVENT_TIMES} and {@code EVENT_PLACES} layers). Output: plain text, one block per event, every offset a
 * character offset into the article text (end exclusive). Stateless; thread-safe when the line lookup is.
 */
public final class EventExplainer {
    /** A dictionary reference inside evidence: "Phoenix.Countries.actors.txt:35970". */
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z0-9_.\\-]+\\.(?:txt|verbs|actors|agents)):([0-9]+)");

    private final CameoTable cameo;
    private final BiFunction<String, Integer, Optional<String>> lines;

    /**
     * @param cameo the CAMEO code table, for the code's name
     * @param lines the text of a dictionary line by file name (as events and actors cite it) and 1-based line
     *              number; empty when the file or line is unknown
     */
    public EventExplainer(CameoTable cameo, BiFunction<String, Integer, Optional<String>> lines) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /**
     * The explanation of one event of {@code doc}.
     *
     * @return lines of text, the first naming the event; no trailing newline
     */
    public String explain(Document doc, Event event) {
        List<String> out = new ArrayList<>();
        out.add("event " + event.id() + ": " + event.source().map(Participant::code).orElse("-") + " "
                + event.code().value() + " " + event.target().map(Participant::code).orElse("-") + "  ("
                + event.docId() + ", sentence " + event.sentenceIndex() + ")");
        out.add("  sentence: " + quoted(doc, event.span()));
        out.add("  verb:     " + quoted(doc, event.verb()));
        String kind = dictionaryLine(event.pattern()).map(l -> l.strip().startsWith("-") ? "pattern" : "verb line")
                .orElse("entry");
        out.add("  code:     " + event.code().value() + " " + cameo.get(event.code().value()).map(CameoEntry::name)
                .orElse("(not in the CAMEO table)") + ", Goldstein " + event.goldstein() + ", QuadClass "
                + event.quadClass().number() + event.plover().map(p -> ", PLOVER " + p.type()).orElse(""));
        out.add("  " + pad(kind + ":") + event.pattern() + dictionaryLine(event.pattern()).map(l -> "   " + tidy(l))
                .orElse("") + (kind.equals("verb line") ? "   (no pattern matched: the verb's own code)" : ""));
        out.add("  source:   " + event.source().map(p -> actor(doc, p.span(), p.actor())).orElse("none"));
        out.add("  target:   " + event.target().map(p -> actor(doc, p.span(), p.actor())).orElse("none"));
        List<Span> shown = new ArrayList<>();
        event.source().ifPresent(p -> shown.add(p.span()));
        event.target().ifPresent(p -> shown.add(p.span()));
        if (doc.has(Layer.QUOTES)) {
            for (Quote q : doc.quotes()) {
                if (q.span().contains(event.verb()) && q.actor().isPresent()) {
                    Mention speaker = q.actor().get();
                    shown.add(speaker.span());
                    out.add("  reported by: " + actor(doc, speaker.span(), speaker.actor())
                            + q.cue().map(c -> ", cue " + quoted(doc, c.span())).orElse(""));
                }
            }
        }
        if (doc.has(Layer.MENTIONS)) {
            List<String> others = new ArrayList<>();
            for (Mention m : doc.mentions()) {
                if (!shown.contains(m.span()) && event.span().contains(m.span())) {
                    others.add("    " + actor(doc, m.span(), m.actor()));
                }
            }
            if (!others.isEmpty()) {
                out.add("  other actors in the sentence:");
                out.addAll(others);
            }
        }
        out.add("  date:     " + date(doc, event));
        out.add("  place:    " + place(doc, event));
        return String.join("\n", out);
    }

    private String actor(Document doc, Span span, Actor actor) {
        StringBuilder sb = new StringBuilder(quoted(doc, span)).append(" -> ").append(actor.code()).append(" (")
                .append(actor.name()).append(actor.role().isEmpty() ? "" : ", " + actor.role()).append(") by ")
                .append(actor.resolution().label()).append(": ").append(actor.evidence());
        Matcher m = REFERENCE.matcher(actor.evidence());
        while (m.find()) {
            String ref = m.group();
            dictionaryLine(ref).ifPresent(l -> sb.append("\n        ").append(ref).append("   ").append(tidy(l)));
        }
        return sb.toString();
    }

    private String date(Document doc, Event event) {
        EventTime t = EventDates.of(doc, event);
        return switch (t.source()) {
            case CLAUSE -> t.value().orElse("") + " (" + t.granularity().label() + "), from the time expression of "
                    + "its clause " + t.timex().map(x -> quoted(doc, x.span())).orElse("");
            case REPORTING -> t.value().orElse("") + " (" + t.granularity().label() + "), from the time expression "
                    + "of its reporting clause " + t.timex().map(x -> quoted(doc, x.span())).orElse("");
            case DOCUMENT -> t.value().orElse("") + " (" + t.granularity().label() + "), the document creation time:"
                    + " no time expression in its clause or reporting clause";
            case NONE -> "none: no time expression applies and the document has no creation time (give --date)";
        };
    }

    private static String place(Document doc, Event event) {
        if (!doc.has(Layer.EVENT_PLACES)) {
            return "not located (the pipeline has no EventLocator)";
        }
        for (EventPlace p : doc.eventPlaces()) {
            if (p.eventId().equals(event.id())) {
                String why = EventPlace.DATELINE.equals(p.role())
                        ? "the dateline, as the event is a statement made where the article was filed"
                        : "a place named after a locative preposition in its sentence";
                return p.place().name() + " (" + (p.place().inGeoNames() ? "GeoNames " + p.place().geonameId()
                        : "a region or sea of Dyad's own, no GeoNames id") + ", " + p.place().countryCode()
                        + "), from " + quoted(doc, p.toponym()) + ": " + why;
            }
        }
        return "none: no place in its clause, and it is not a statement under a dateline";
    }

    /** The text of a "FILE:LINE" reference, when it names a known dictionary line. */
    private Optional<String> dictionaryLine(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        return lines.apply(m.group(1), Integer.parseInt(m.group(2)));
    }

    private static String quoted(Document doc, Span span) {
        String text = doc.text(span).replaceAll("\\s+", " ");
        return "\"" + text + "\" " + span.start() + "-" + span.end();
    }

    private static String pad(String label) {
        return String.format(Locale.ROOT, "%-10s", label + " ");
    }

    /** A dictionary line without its alignment blanks. */
    private static String tidy(String line) {
        return line.strip().replaceAll("\\s{2,}", "  ");
    }
}
