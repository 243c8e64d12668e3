package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.event.Participant;
import org.dyad.event.Plover;

/** Hand-built coded documents for store tests: a fake upstream, no pipeline. */
final class Docs {
    private Docs() {
    }

    /**
     * "Kenya urged Somalia to resume talks." plus an optional second sentence, with the mentions Kenya (KEN) and
     * Somalia (SOM) and one event KEN 020 SOM.
     */
    static Document urge(String id, String source, LocalDate date, String extra) {
        String first = "Kenya urged Somalia to resume talks.";
        String text = extra.isEmpty() ? first : first + " " + extra;
        Article article = new Article(id, text, new Span(0, text.length()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.ofNullable(date), Optional.of("https://example.org/" + id),
                Optional.ofNullable(source), id + ".jsonl:1");
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(new Sentence(new Span(0, first.length()), 0));
        if (!extra.isEmpty()) {
            sentences.add(new Sentence(new Span(first.length() + 1, text.length()), 1));
        }
        Mention kenya = new Mention(new Span(0, 5), new Actor("KEN", "KENYA", Actor.Resolution.DICTIONARY,
                "Phoenix.Countries.actors.txt:1"), new Span(0, 5));
        Mention somalia = new Mention(new Span(12, 19), new Actor("SOM", "SOMALIA", Actor.Resolution.DICTIONARY,
                "Phoenix.Countries.actors.txt:2"), new Span(12, 19));
        Event urge = new Event("ev-" + id, id, 0, new Span(0, first.length()), new Span(6, 11),
                Optional.of(new Participant(new Span(0, 5), "Kenya", kenya.actor())),
                Optional.of(new Participant(new Span(12, 19), "Somalia", somalia.actor())),
                new CameoCode("020"), 3.0, Optional.of(new Plover("REQUEST", "", "")), Optional.ofNullable(date),
                "CAMEO.2.0.txt:10", List.of("PEACE"));
        return Document.of(article).withSentences(sentences).withMentions(List.of(kenya, somalia))
                .withEvents(List.of(urge));
    }
}
