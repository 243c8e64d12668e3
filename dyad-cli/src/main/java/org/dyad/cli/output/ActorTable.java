package org.dyad.cli.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.event.Event;
import org.dyad.event.Participant;

/**
 * The actor table of a coded document: every actor mention of the {@code MENTIONS} layer, then the pronouns the
 * event coder resolved to a speaker ("he" → the secretary general), in text order.
 */
public final class ActorTable {
    private ActorTable() {
    }

    /**
     * One row: a mention and what it resolved to.
     *
     * @param span  character offsets of the mention (end exclusive)
     * @param text  the covered text
     * @param actor code, canonical name, role, resolution and evidence
     */
    public record Row(Span span, String text, Actor actor) {
    }

    /**
     * @param doc a document with the MENTIONS and EVENTS layers
     * @return the rows by start offset, then end offset; each span once
     * @throws org.dyad.document.MissingLayerException when a layer is missing
     */
    public static List<Row> rows(Document doc) {
        List<Row> rows = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        for (Mention m : doc.mentions()) {
            if (seen.add(m.span())) {
                rows.add(new Row(m.span(), doc.text(m.span()), m.actor()));
            }
        }
        for (Event e : doc.events()) {
            for (Optional<Participant> p : List.of(e.source(), e.target())) {
                if (p.isPresent() && p.get().actor().resolution() == Actor.Resolution.COREFERENCE
                        && seen.add(p.get().span())) {
                    rows.add(new Row(p.get().span(), p.get().text(), p.get().actor()));
                }
            }
        }
        rows.sort(Comparator.comparingInt((Row r) -> r.span().start()).thenComparingInt(r -> r.span().end()));
        return rows;
    }
}
