package org.dyad.eval;

/** How a coding is written in reports: {@code SOURCE -> TARGET : CODE}, with "-" for an empty actor. */
final class CodingText {
    private CodingText() {
    }

    static String of(String source, String target, String code) {
        return orDash(source) + " -> " + orDash(target) + " : " + code;
    }

    private static String orDash(String actor) {
        return actor.isEmpty() ? "-" : actor;
    }
}
