package org.dyad.event;

import java.util.List;
import java.util.Objects;

/**
 * A verb synonym block of the verb dictionary: verbs that share a set of patterns, introduced by
 * {@code --- NAME [CODE] ---} (or {@code ### NAME ###}).
 *
 * @param name     the block name as written, e.g. "ACCELERATE", "LASH OUT"
 * @param codes    the block's primary code, used by verbs that give none ({@link CodePair#none()} for
 *                 {@code [---]} or no code)
 * @param forms    every surface form of every verb of the block, in dictionary order
 * @param patterns the block's patterns, in dictionary order; they apply to all its verbs
 * @param origin   where the block header was read, "FILE:LINE"; "" when unknown
 */
public record VerbBlock(String name, CodePair codes, List<VerbForm> forms, List<VerbPattern> patterns, String origin) {
    public VerbBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codes, "codes");
        forms = List.copyOf(forms);
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(origin, "origin");
    }

    /** A block whose header line is unknown. */
    public VerbBlock(String name, CodePair codes, List<VerbForm> forms, List<VerbPattern> patterns) {
        this(name, codes, forms, patterns, "");
    }
}
