package org.dyad.actor;

import java.util.Objects;

/**
 * What an actor mention resolves to: a CAMEO actor code, a readable name, the role the text gives it, and how the
 * code was found.
 *
 * @param code       CAMEO/Phoenix actor code: a 3-letter country or IGO root followed by 3-letter agent (sector)
 *                   codes, e.g. "PAK", "PAKMIL", "IGOWSTNAT"
 * @param name       canonical name: from the dictionary ("PAKISTAN", "NORTH ATLANTIC TREATY ORGANIZATION"), the
 *                   person's name as the text gives it ("Jens Stoltenberg"), or the covered text when composed
 * @param role       the role or title the text states for a person ("Secretary General", "Foreign Minister"); empty
 *                   when the text states none
 * @param resolution how the code was found
 * @param evidence   where it came from: "Phoenix.Countries.actors.txt:1234", or a short description quoting the words
 *                   of the text that decided it
 */
public record Actor(String code, String name, String role, Resolution resolution, String evidence) {
    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** An actor with no role stated in the text. */
    public Actor(String code, String name, Resolution resolution, String evidence) {
        this(code, name, "", resolution, evidence);
    }

    /** The same actor with another code, resolution and evidence (name and role kept). */
    public Actor recoded(String newCode, Resolution newResolution, String newEvidence) {
        return new Actor(newCode, name, role, newResolution, newEvidence);
    }

    /** How an actor code was obtained; the output field {@code resolved_by} writes the lower-case name. */
    public enum Resolution {
        /** A phrase of the actor dictionary, with the code valid on the document date. */
        DICTIONARY,
        /** An actor phrase combined with agent (sector) words: "Kenyan military" → KENMIL. */
        COMPOSED,
        /** Agent words only, with no country: "police" → COP. */
        AGENT_ONLY,
        /**
         * A title or role stated in the text for a named person, which outranks a stale dictionary role: "NATO
         * Secretary General Jens Stoltenberg" → IGOWSTNAT, "Foreign Minister Khawaja Asif" in a passage about
         * Pakistan → PAKGOV, "X, the country's acting defence minister".
         */
        TITLE,
        /**
         * A mention that refers back to an actor named earlier in the document: a surname after the full name, "the
         * alliance" → NATO, "the secretary-general" → the title holder, "he" → the speaker, an acronym defined in
         * parentheses.
         */
        COREFERENCE,
        /** A name learned from an earlier document's stated role and read from a learned-actors file. */
        LEARNED;

        /** The lower-case name used in output ("dictionary", "title", …). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
