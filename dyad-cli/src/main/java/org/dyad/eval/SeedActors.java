package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The gold actors of a seed article: its {@code actors} list (name, mentions as written, CAMEO actor code, listed
 * alternatives, role) and its {@code not_actors} (names that must not be actors, such as the byline).
 *
 * @param actors    the gold actors in file order
 * @param notActors names that must not resolve to any actor
 */
public record SeedActors(List<Actor> actors, List<String> notActors) {
    public SeedActors {
        actors = List.copyOf(actors);
        notActors = List.copyOf(notActors);
    }

    /**
     * One gold actor.
     *
     * @param name         canonical name ("Jens Stoltenberg")
     * @param mentions     how the article names it, the naming mention first ("NATO Secretary General Jens
     *                     Stoltenberg", "Stoltenberg", "he")
     * @param code         the gold CAMEO actor code
     * @param alternatives other acceptable codes
     * @param role         the role the gold gives, or ""
     */
    public record Actor(String name, List<String> mentions, String code, List<String> alternatives, String role) {
        public Actor {
            Objects.requireNonNull(name, "name");
            mentions = List.copyOf(mentions);
            Objects.requireNonNull(code, "code");
            alternatives = List.copyOf(alternatives);
            Objects.requireNonNull(role, "role");
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException("gold actor " + name + " has no mentions");
            }
        }

        /**
         * True when a produced code is the gold code or an alternative, or refines one with more sector codes, as the
         * gold's event rule does ("source code starts with"): USAGOVMIL is a USAGOV.
         */
        public boolean accepts(String produced) {
            if (produced.startsWith(code)) {
                return true;
            }
            return alternatives.stream().anyMatch(produced::startsWith);
        }
    }

    /**
     * Reads the actors of a gold file.
     *
     * @throws EvalInputException when the file cannot be read, is not JSON or has no {@code actors} list
     */
    public static SeedActors read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new EvalInputException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new EvalInputException("cannot read seed gold file " + file + " (" + e + ")", e);
        }
        JsonNode list = root.path("actors");
        if (!list.isArray()) {
            throw new EvalInputException(file + " has no 'actors' list");
        }
        List<Actor> actors = new ArrayList<>();
        for (JsonNode a : list) {
            List<String> mentions = new ArrayList<>();
            a.path("mentions").forEach(m -> mentions.add(m.asText()));
            List<String> alternatives = new ArrayList<>();
            a.path("alternatives").forEach(m -> alternatives.add(m.asText()));
            try {
                actors.add(new Actor(a.path("name").asText(), mentions, a.path("code").asText(), alternatives,
                        a.path("role").asText("")));
            } catch (IllegalArgumentException e) {
                throw new EvalInputException(file + ": " + e.getMessage(), e);
            }
        }
        List<String> notActors = new ArrayList<>();
        root.path("not_actors").forEach(n -> notActors.add(n.path("name").asText()));
        return new SeedActors(actors, notActors);
    }
}
