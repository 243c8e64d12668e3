package org.dyad.eval;

/**
 * The normal form in which expected and produced actor codes are compared.
 *
 * <p>Trims whitespace, removes one pair of enclosing double quotes (PETRARCH quotes the text of a new actor
 * when {@code new_actor_length} is set) and maps PETRARCH's null actor {@code ---} to "". Nothing else is
 * touched: case, {@code ###}, {@code +++} and compound codes stay as written.
 */
final class PetrarchActorCode {
    /** PETRARCH's written form of "no actor" in expected codings. */
    static final String NULL_ACTOR = "---";

    private PetrarchActorCode() {
    }

    static String normal(String raw) {
        String code = raw.strip();
        if (code.length() >= 2 && code.startsWith("\"") && code.endsWith("\"")) {
            code = code.substring(1, code.length() - 1).strip();
        }
        return NULL_ACTOR.equals(code) ? "" : code;
    }
}
