package org.dyad.eval;

import java.util.Objects;

/**
 * One coding produced by the coder under test: who did what to whom, in CAMEO codes.
 *
 * @param source the source (actor) code, e.g. "ARNGOV"; "" when the coder found none
 * @param target the target (recipient) code; "" when there is none
 * @param code   the CAMEO event code, e.g. "064", with its leading zero
 * @throws NullPointerException if any component is null
 */
public record Coding(String source, String target, String code) {
    public Coding {
        Objects.requireNonNull(source, "source (use \"\" for none)");
        Objects.requireNonNull(target, "target (use \"\" for none)");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return CodingText.of(source, target, code);
    }
}
