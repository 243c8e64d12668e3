package org.dyad.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The event codes of a verb-dictionary entry: {@code [042]} codes source to target; {@code [042:043]} also codes
 * the reverse event, target to source, with 043; {@code [:173]} codes only the reverse; {@code [---]} and
 * {@code []} code nothing (the PETRARCH null code). Codes are the raw strings of the dictionary: the PETRARCH
 * validation suite uses WEIS-era and made-up codes (903, 174L, 075A, +++) that are not CAMEO codes, so they are
 * not checked here; {@link CameoCode} checks them where a code is output.
 *
 * @param forward code of the event source to target; empty for none
 * @param reverse code of the event target to source; empty for none
 */
public record CodePair(Optional<String> forward, Optional<String> reverse) {
    private static final String NULL_CODE = "---";
    private static final CodePair NONE = new CodePair(Optional.empty(), Optional.empty());

    public CodePair {
        Objects.requireNonNull(forward, "forward");
        Objects.requireNonNull(reverse, "reverse");
    }

    /** The pair that codes nothing, as {@code [---]}. */
    public static CodePair none() {
        return NONE;
    }

    /** A forward-only pair, as {@code [042]}. */
    public static CodePair of(String forward) {
        return new CodePair(Optional.of(forward), Optional.empty());
    }

    /** True when neither direction is coded. */
    public boolean isNone() {
        return forward.isEmpty() && reverse.isEmpty();
    }

    /**
     * Reads the text between the brackets: "042", "042:043", ":173", "---", "" (blanks around codes ignored; "---"
     * on either side means none).
     *
     * @return empty when the text is not such a code: it holds blanks inside a code, brackets or braces, or more
     *         than one ':'
     */
    public static Optional<CodePair> parse(String inside) {
        String text = inside.strip();
        int colon = text.indexOf(':');
        if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) {
            return Optional.empty();
        }
        String left = colon < 0 ? text : text.substring(0, colon).strip();
        String right = colon < 0 ? "" : text.substring(colon + 1).strip();
        if (!wellFormed(left) || !wellFormed(right)) {
            return Optional.empty();
        }
        return Optional.of(new CodePair(code(left), code(right)));
    }

    private static boolean wellFormed(String code) {
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c) || "[]{}()".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> code(String text) {
        return text.isEmpty() || NULL_CODE.equals(text) ? Optional.empty() : Optional.of(text);
    }

    @Override
    public String toString() {
        return "[" + forward.orElse(reverse.isPresent() ? "" : NULL_CODE) + reverse.map(r -> ":" + r).orElse("") + "]";
    }
}
