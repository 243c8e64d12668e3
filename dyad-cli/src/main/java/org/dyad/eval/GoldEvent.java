package org.dyad.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One hand-annotated event of the seed gold file, with the matching rule stated in that file's {@code about}.
 *
 * <p>A produced event matches when all three hold:
 * <ul>
 *   <li>its code's first two digits (the CAMEO root) are one of {@code root};</li>
 *   <li>its source fits one of the {@code source} patterns;</li>
 *   <li>its target fits one of the {@code target} patterns.</li>
 * </ul>
 * An actor fits a pattern when the pattern is {@value #ANY} (anything, including no actor), the pattern is ""
 * and the actor is "" (no actor), or the actor is non-empty and starts with the pattern ("PAKMIL" fits "PAK").
 * Comparisons are case-sensitive; CAMEO codes are upper case.
 *
 * @param id            the gold id, e.g. "E1" or "O3"
 * @param what          a description of the event, for people
 * @param source        source patterns, at least one
 * @param target        target patterns, at least one
 * @param root          accepted two-digit roots, at least one, e.g. ["02"]
 * @param preferredCode the code an ideal coder would give, when the annotator named one
 * @param plover        the PLOVER type, when given
 * @param date          the event date as written (may be partial, "2017-10"), when given
 * @param place         where it happened, when given
 * @throws IllegalArgumentException if the id is blank, a pattern list is empty, or a root is not two digits
 */
public record GoldEvent(String id, String what, List<String> source, List<String> target, List<String> root,
                        Optional<String> preferredCode, Optional<String> plover, Optional<String> date,
                        Optional<String> place) {
    /** The pattern that accepts any actor, including none. */
    public static final String ANY = "*";

    public GoldEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        source = List.copyOf(source);
        target = List.copyOf(target);
        root = List.copyOf(root);
        Objects.requireNonNull(preferredCode, "preferredCode");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        if (id.isBlank()) {
            throw new IllegalArgumentException("gold event without an id");
        }
        if (source.isEmpty() || target.isEmpty() || root.isEmpty()) {
            throw new IllegalArgumentException("gold event " + id
                    + " needs at least one source, target and root pattern (use \"*\" for any)");
        }
        for (String r : root) {
            if (!r.matches("[0-9]{2}")) {
                throw new IllegalArgumentException("gold event " + id + " has root '" + r
                        + "'; roots are two digits, 01 to 20");
            }
        }
    }

    /** True when the produced event matches this gold event under the rule in the class comment. */
    public boolean matches(ProducedEvent event) {
        String code = event.code().strip();
        return code.length() >= 2 && root.contains(code.substring(0, 2))
                && fitsAny(source, event.source().strip())
                && fitsAny(target, event.target().strip());
    }

    private static boolean fitsAny(List<String> patterns, String actor) {
        return patterns.stream().anyMatch(p -> fits(p, actor));
    }

    private static boolean fits(String pattern, String actor) {
        if (ANY.equals(pattern)) {
            return true;
        }
        if (pattern.isEmpty()) {
            return actor.isEmpty();
        }
        return actor.startsWith(pattern);
    }
}
