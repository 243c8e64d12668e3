package org.dyad.event;

import java.util.List;
import java.util.Objects;

/**
 * One pattern of a verb block: {@code - A B * C (D E) {F G} [code] # comment}. The pattern applies to every verb of
 * its block; {@code *} stands for the verb.
 *
 * <p>The CAMEO.2.0 format groups words in parentheses (a prepositional phrase) and braces (a noun phrase); Dyad
 * keeps their words in order and nothing else about the grouping.
 *
 * @param before           elements left of the verb, in text order
 * @param after            elements right of the verb, in text order
 * @param codes            the event codes the pattern assigns
 * @param origin           where the pattern was read, "FILE:LINE", e.g. "CAMEO.2.0.txt:722"
 * @param verbJoinedToNext true when the verb is written joined to the first element after it ({@code *_OUT}):
 *                         that element must follow the verb directly
 */
public record VerbPattern(List<PatternToken> before, List<PatternToken> after, CodePair codes, String origin,
                          boolean verbJoinedToNext) {
    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(codes, "codes");
        Objects.requireNonNull(origin, "origin");
    }

    /** A pattern whose verb is not joined to what follows it. */
    public VerbPattern(List<PatternToken> before, List<PatternToken> after, CodePair codes, String origin) {
        this(before, after, codes, origin, false);
    }
}
