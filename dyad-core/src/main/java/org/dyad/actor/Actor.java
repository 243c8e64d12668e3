package org.dyad.actor;

import java.util.Objects;

/**
 * What an actor mention resolves to: a CAMEO actor code and a readable name.
 *
 * @param code       CAMEO/Phoenix actor code: a 3-letter country or IGO root followed by 3-letter agent (sector)
 *                   codes, e.g. "PAK", "PAKMIL", "IGOWSTNAT"
 * @param name       canonical name from the dictionary ("PAKISTAN", "NORTH ATLANTIC TREATY ORGANIZATION") or the
 *                   covered text when composed
 * @param resolution how the code was found
 * @param evidence   where it came from: "Phoenix.Countries.actors.txt:1234", or a short description
 */
public record Actor(String code, String name, Resolution resolution, String evidence) {
    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** How an actor code was obtained. */
    public enum Resolution {
        /** A phrase of the actor dictionary, with the code valid on the document date. */
        DICTIONARY,
        /** An actor phrase combined with agent (sector) words: "Kenyan military" → KENMIL. */
        COMPOSED,
        /** Agent words only, with no country: "police" → COP. */
        AGENT_ONLY,
        /** A description or title resolved to an actor named earlier in the document: "the alliance" → NATO. */
        COREFERENCE
    }
}
