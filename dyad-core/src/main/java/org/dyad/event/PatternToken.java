package org.dyad.event;

import java.util.Objects;

/**
 * One element of a verb pattern with how it connects to the next one.
 *
 * @param element      the element
 * @param joinedToNext true when the dictionary wrote '_' between this element and the next one (they must be
 *                     consecutive, e.g. {@code IN_*}, {@code SUGGESTED_+}); false for a blank (other words may
 *                     come between). For the last element before the verb "next" is the verb; the last element
 *                     after the verb is never joined.
 */
public record PatternToken(PatternElement element, boolean joinedToNext) {
    public PatternToken {
        Objects.requireNonNull(element, "element");
    }
}
