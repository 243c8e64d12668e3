package org.dyad.eval;

import java.util.Objects;

/**
 * One coding a PETRARCH record expects, as read from its {@code <EventCoding>} element.
 *
 * <p>Values are stored in the normal form of {@link PetrarchActorCode}: the file's null actor {@code ---}
 * becomes "", and an actor code wrapped in double quotes (how PETRARCH writes a new, undictionaried actor,
 * e.g. {@code '"INJURY TOLL"'}) loses its quotes. Other PETRARCH markers are kept as written: {@code ###}
 * (TABARI discard code), {@code +++}, and compounds such as {@code FRO/BIL/SAM}.
 *
 * @param source the expected source code; "" for none
 * @param target the expected target code; "" for none
 * @param code   the expected CAMEO event code, e.g. "064"
 * @throws NullPointerException if any component is null
 */
public record ExpectedCoding(String source, String target, String code) {
    public ExpectedCoding {
        Objects.requireNonNull(source, "source (use \"\" for none)");
        Objects.requireNonNull(target, "target (use \"\" for none)");
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return CodingText.of(source, target, code);
    }
}
