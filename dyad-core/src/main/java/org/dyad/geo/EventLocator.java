package org.dyad.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.event.Event;
import org.dyad.event.Participant;
import org.dyad.event.QuadClass;
import org.dyad.pipeline.Stage;

/**
 * Says where each event happened. Requires {@link Layer#EVENTS} and {@link Layer#TOPONYMS}; produces
 * {@link Layer#EVENT_PLACES}. Stateless and thread-safe.
 *
 * <p>The rule, in order:
 * <ol>
 *   <li><b>clause</b>: a place named in the event's sentence after a locative preposition ("in", "at", "near",
 *       "to"…, optionally with "the" between: "an attack in a TV station in Kabul"), not a demonym and not the
 *       whole of the event's source or target (in "praised Pakistan" Pakistan is the recipient, not the place; in
 *       "attacked a TV station in Kabul" Kabul is inside the target phrase and is the place). When there are
 *       several, the most precise (a country or division drops out when a place of the clause lies inside it: "tough
 *       in Afghanistan, … an attack in Kabul" gives Kabul), then the one nearest the verb.</li>
 *   <li><b>dateline</b>: for a verbal event (CAMEO QuadClass 1 or 3: statements, appeals, meetings announced…),
 *       the article's dateline, where such statements are made in wire stories.</li>
 * </ol>
 * An event matching neither is left unlocated (no element).
 */
public final class EventLocator implements Stage {
    /** Prepositions that put an event at a place. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "to", "into",
            "across", "throughout", "around", "within", "on", "over", "onto", "towards", "toward", "nearby", "off");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    @Override
    public Document apply(Document doc) {
        List<Toponym> toponyms = doc.toponyms();
        Optional<Toponym> dateline = toponyms.stream().filter(t -> t.kind() == Toponym.Kind.DATELINE).findFirst();
        List<EventPlace> out = new ArrayList<>();
        for (Event e : doc.events()) {
            locate(doc, e, toponyms, dateline).ifPresent(out::add);
        }
        return doc.withEventPlaces(out);
    }

    /**
     * Locates one event.
     *
     * @return the event's place, or empty when neither its clause nor the dateline gives one
     */
    Optional<EventPlace> locate(Document doc, Event e, List<Toponym> toponyms, Optional<Toponym> dateline) {
        List<Toponym> locative = new ArrayList<>();
        for (Toponym t : Document.within(toponyms, e.span())) {
            if (t.kind() == Toponym.Kind.DEMONYM || isParticipant(e.source(), t.span())
                    || isParticipant(e.target(), t.span()) || !afterLocative(doc.text(), t.start())) {
                continue;
            }
            locative.add(t);
        }
        Toponym best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Toponym t : locative) {
            if (locative.stream().anyMatch(o -> o != t && inside(o.place(), t.place()))) {
                continue; // a more precise place of the clause lies inside this one
            }
            int distance = t.start() >= e.verb().end() ? t.start() - e.verb().end()
                    : e.verb().start() - t.end() + 1;
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return Optional.of(new EventPlace(e.span(), e.id(), best.place(), EventPlace.CLAUSE, best.span()));
        }
        QuadClass q = e.quadClass();
        if (dateline.isPresent() && (q == QuadClass.VERBAL_COOPERATION || q == QuadClass.VERBAL_CONFLICT)) {
            Toponym d = dateline.get();
            return Optional.of(new EventPlace(e.span(), e.id(), d.place(), EventPlace.DATELINE, d.span()));
        }
        return Optional.empty();
    }

    /** True when {@code p} lies inside {@code area}, a country or a first-level division, and is not it. */
    private static boolean inside(Place p, Place area) {
        if (p.geonameId() == area.geonameId() || !p.countryCode().equals(area.countryCode())) {
            return false;
        }
        return area.isCountry() && !p.isCountry() || area.isAdmin1() && !p.isAdmin1() && p.admin1().equals(area.admin1());
    }

    private static boolean isParticipant(Optional<Participant> p, Span span) {
        // "praised Pakistan": the place is the participant itself; "a TV station in Kabul" only holds the place
        return p.isPresent() && span.contains(p.get().span());
    }

    /** True when the word before {@code offset} (skipping one article) is a locative preposition. */
    static boolean afterLocative(String text, int offset) {
        String word = previousWord(text, offset);
        if (DETERMINERS.contains(word)) {
            int at = offset;
            // step back over the article itself
            while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
                at--;
            }
            at -= word.length();
            word = previousWord(text, at);
        }
        return LOCATIVE.contains(word);
    }

    private static String previousWord(String text, int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.EVENTS, Layer.TOPONYMS);
    }

    @Override
    public Layer produces() {
        return Layer.EVENT_PLACES;
    }
}
