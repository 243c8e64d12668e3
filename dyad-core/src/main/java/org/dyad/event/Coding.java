package org.dyad.event;

import java.util.Objects;
import java.util.Optional;
import org.dyad.actor.Mention;
import org.dyad.document.Span;

/**
 * One raw coding found by the {@link EventCoder} before its code is checked against the CAMEO table: the
 * dictionary's code exactly as written (test dictionaries use codes outside CAMEO, such as "903").
 *
 * @param sentenceIndex 0-based sentence index
 * @param verb          character offsets of the verb that triggered it
 * @param source        the actor mention, if any
 * @param target        the recipient mention, if any
 * @param code          the event code from the verb dictionary
 * @param pattern       the pattern or verb entry that gave the code, with its dictionary file and line
 */
public record Coding(int sentenceIndex, Span verb, Optional<Mention> source, Optional<Mention> target, String code,
                     String pattern) {
    public Coding {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pattern, "pattern");
    }

    /** Source actor code, or "" when there is no source. */
    public String sourceCode() {
        return source.map(m -> m.actor().code()).orElse("");
    }

    /** Target actor code, or "" when there is no target. */
    public String targetCode() {
        return target.map(m -> m.actor().code()).orElse("");
    }
}
