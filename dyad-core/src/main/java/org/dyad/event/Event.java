package org.dyad.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.document.Span;
import org.dyad.document.Spanned;

/**
 * One coded event: who did what to whom. CAMEO calls the two sides <em>source</em> and <em>target</em>; Dyad
 * calls them {@code source} (the actor) and {@code target} (the recipient) in output, as CAMEO does.
 *
 * @param id            stable id: a hash of document id, sentence index, verb offsets, codes
 * @param docId         the article's id
 * @param sentenceIndex 0-based index of the sentence in the document
 * @param span          character offsets of the sentence that holds the event
 * @param verb          character offsets of the verb (or verb phrase head) that triggered the code
 * @param source        the actor; empty when the sentence names none ("an attack in Kabul")
 * @param target        the recipient; empty when there is none
 * @param code          CAMEO event code
 * @param goldstein     Goldstein scale value of the code, −10 to +10
 * @param plover        PLOVER type, mode and context; empty for the CAMEO codes PLOVER drops (most 01 statements)
 * @param date          the event date (for now the document creation time); empty when unknown
 * @param pattern       the dictionary line that gave the code, as "file:line" ("CAMEO.2.0.txt:2913")
 * @param issues        issue codes the sentence mentions ({@code Phoenix.IssueCoding.txt}), each once; empty when none
 */
public record Event(String id, String docId, int sentenceIndex, Span span, Span verb,
                    Optional<Participant> source, Optional<Participant> target, CameoCode code, double goldstein,
                    Optional<Plover> plover, Optional<LocalDate> date, String pattern, List<String> issues) implements Spanned {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(pattern, "pattern");
        issues = List.copyOf(issues);
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein value out of −10..10: " + goldstein);
        }
    }

    public QuadClass quadClass() {
        return code.quadClass();
    }

    public String rootCode() {
        return code.root();
    }
}
