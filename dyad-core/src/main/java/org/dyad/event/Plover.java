package org.dyad.event;

import java.util.Objects;

/**
 * The PLOVER coding of an event, from the CAMEO → PLOVER table ({@code CAMEO2PLOVER-2021.txt}, PLOVER manual
 * draft 0.8, CC BY-SA 4.0).
 *
 * @param type    PLOVER event type, e.g. "REQUEST", "ASSAULT"
 * @param mode    PLOVER mode, e.g. "visit", or "" when the table gives none
 * @param context PLOVER context, e.g. "military", or "" when the table gives none
 */
public record Plover(String type, String mode, String context) {
    public Plover {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(context, "context");
    }
}
