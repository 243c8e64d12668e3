package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-made gold events of a seed article ({@code shared/seeds/*.expected.json}).
 *
 * <p>Input: the JSON file; of it, {@code about}, {@code document.file}, {@code document.document_date} and
 * {@code events.required} / {@code events.optional} are read, each event with {@code id}, {@code what},
 * {@code source[]}, {@code target[]}, {@code root[]} and optionally {@code preferred_code}, {@code plover},
 * {@code date}, {@code place}. Actors, places, quotes and the rest are for other evaluations and ignored here.
 *
 * @param about        the file's own description, which states the matching rule {@link GoldEvent} implements
 * @param documentFile the article's file name, relative to the gold file's directory
 * @param documentDate the date the coder must be given for the article, when the file states it
 * @param required     events a coder must find, in file order
 * @param optional     events a coder may find or miss, in file order
 * @throws IllegalArgumentException if two events share an id
 */
public record SeedGold(String about, String documentFile, Optional<LocalDate> documentDate,
                       List<GoldEvent> required, List<GoldEvent> optional) {
    public SeedGold {
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(documentFile, "documentFile");
        Objects.requireNonNull(documentDate, "documentDate");
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        Set<String> ids = new HashSet<>();
        for (GoldEvent e : all(required, optional)) {
            if (!ids.add(e.id())) {
                throw new IllegalArgumentException("gold event id " + e.id() + " is used twice");
            }
        }
    }

    /** Required then optional events. */
    public List<GoldEvent> events() {
        return all(required, optional);
    }

    private static List<GoldEvent> all(List<GoldEvent> required, List<GoldEvent> optional) {
        List<GoldEvent> all = new ArrayList<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }

    /**
     * Reads a gold file.
     *
     * @param file the {@code .expected.json} file
     * @return the gold events
     * @throws EvalInputException if the file cannot be read or lacks a required field
     */
    public static SeedGold read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new EvalInputException("cannot read seed gold file " + file
                    + "; check the --shared directory (" + e + ")", e);
        }
    }

    /**
     * Parses the text of a gold file.
     *
     * @param json   the JSON text
     * @param source a name for it in error messages
     * @return the gold events
     * @throws EvalInputException if it is not JSON or lacks a required field
     */
    public static SeedGold parse(String json, String source) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new EvalInputException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        Fields fields = new Fields(source);
        JsonNode events = fields.object(root, "events");
        try {
            return new SeedGold(
                    fields.text(root, "about"),
                    fields.text(fields.object(root, "document"), "document.file", "file"),
                    fields.optionalText(root.path("document"), "document_date").map(fields::date),
                    fields.events(events, "required"),
                    fields.events(events, "optional"));
        } catch (IllegalArgumentException e) {
            throw new EvalInputException(source + ": " + e.getMessage(), e);
        }
    }

    /** Field access that names the file and the missing field when something is wrong. */
    private record Fields(String source) {
        JsonNode object(JsonNode parent, String name) {
            JsonNode node = parent.path(name);
            if (!node.isObject()) {
                throw missing(name, "an object");
            }
            return node;
        }

        String text(JsonNode parent, String name) {
            return text(parent, name, name);
        }

        String text(JsonNode parent, String label, String name) {
            JsonNode node = parent.path(name);
            if (!node.isTextual()) {
                throw missing(label, "a string");
            }
            return node.asText();
        }

        Optional<String> optionalText(JsonNode parent, String name) {
            JsonNode node = parent.path(name);
            return node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
        }

        LocalDate date(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new EvalInputException(source + ": document.document_date '" + text
                        + "' is not an ISO date (YYYY-MM-DD)", e);
            }
        }

        List<String> strings(JsonNode event, String id, String name) {
            JsonNode node = event.path(name);
            if (!node.isArray()) {
                throw missing("event " + id + " " + name, "an array of strings");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : node) {
                if (!value.isTextual()) {
                    throw missing("event " + id + " " + name, "an array of strings");
                }
                values.add(value.asText());
            }
            return values;
        }

        List<GoldEvent> events(JsonNode events, String kind) {
            JsonNode list = events.path(kind);
            if (!list.isArray()) {
                throw missing("events." + kind, "an array");
            }
            List<GoldEvent> out = new ArrayList<>();
            for (JsonNode event : list) {
                String id = text(event, "events." + kind + " id", "id");
                out.add(new GoldEvent(id, text(event, "event " + id + " what", "what"),
                        strings(event, id, "source"), strings(event, id, "target"), strings(event, id, "root"),
                        optionalText(event, "preferred_code"), optionalText(event, "plover"),
                        optionalText(event, "date"), optionalText(event, "place")));
            }
            return out;
        }

        EvalInputException missing(String field, String kind) {
            return new EvalInputException(source + ": field '" + field + "' must be " + kind);
        }
    }
}
