package org.dyad.event;

import java.util.Objects;

/**
 * One row of the CAMEO event code table ({@code cameo-codes.csv}, from the CAMEO 1.1b3 codebook with Goldstein
 * scale values).
 *
 * @param code      the CAMEO code as written, with leading zeros: "01", "010", "0211"
 * @param name      the codebook's name of the event type, e.g. "Use conventional military force"
 * @param goldstein Goldstein scale value, from -10 (most conflictual) to +10 (most cooperative)
 */
public record CameoEntry(String code, String name, double goldstein) {
    public CameoEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
