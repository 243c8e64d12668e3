package org.dyad.event;

import java.util.Objects;

/**
 * One element of a verb pattern (TABARI manual 0.8.4b2, chapter 5.5; "PETRARCH Dictionary Formats", Verb
 * Dictionary). Patterns are written as text such as {@code - $ * (TO +) &CURRENCY [042]}; a reader turns each
 * element into one of these records.
 */
public sealed interface PatternElement permits PatternElement.Word, PatternElement.Synset,
        PatternElement.SourceMarker, PatternElement.TargetMarker, PatternElement.CompoundMarker,
        PatternElement.Skip {

    /**
     * A literal word to match.
     *
     * @param text upper-case word, e.g. "AID", "N'T", "ANTI-"
     */
    record Word(String text) implements PatternElement {
        public Word {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A synonym set: matches any phrase of the synset ({@link VerbDictionary#synsets()}).
     *
     * @param name synset name without '&amp;' and without the trailing '_' of its label, e.g. "CURRENCY"
     */
    record Synset(String name) implements PatternElement {
        public Synset {
            Objects.requireNonNull(name, "name");
        }
    }

    /** {@code $}: the actor found here is the event source. */
    record SourceMarker() implements PatternElement {
    }

    /** {@code +}: the actor found here is the event target. */
    record TargetMarker() implements PatternElement {
    }

    /**
     * {@code %}: a compound actor found here provides both source and target ("Gondor and Osgiliath have
     * postponed ..." codes GON to OSG and OSG to GON; TABARI manual 5.5, compound actors).
     */
    record CompoundMarker() implements PatternElement {
    }

    /**
     * {@code ^}: skip over one actor (both actors of a compound) without making it source or target; a {@code $}
     * or {@code +} follows it (TABARI manual 5.5: {@code MEET - * IN ^ WITH + [031]} codes "Russia's president
     * will meet in Switzerland with the U.S. Secretary of State" as RUS USA 031).
     */
    record Skip() implements PatternElement {
    }
}
