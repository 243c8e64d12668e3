package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.document.Article;
import org.dyad.document.Span;

/**
 * Turns one line of a JSON Lines file into an {@link Article}. Pure (no I/O) and stateless; one instance may be
 * shared by all threads. Reading the file line by line, and the limit on a line's size, are the caller's job.
 *
 * <p>Input: one JSON object per line, the shape of the wire corpora in {@code ../shared/corpora}:
 * <pre>{"id": "ke-2024-0042", "source": "Horn Wire", "date": "2024-03-05", "dateline": "NAIROBI",
 *  "headline": "…", "text": "…", "url": "…"}</pre>
 * <ul>
 *   <li>{@code text}: required, a string with some non-whitespace character. It is the body; there is no headline
 *       or byline inside it.</li>
 *   <li>{@code id}: a string or an integer. When absent the id is the origin, {@code "file.jsonl:17"}.</li>
 *   <li>{@code date}: the document creation time: {@code YYYY-MM-DD}, an ISO date-time whose date part is taken
 *       as written (no time-zone shift: {@code 2024-03-05T23:30:00-05:00} gives 2024-03-05), or {@code YYYYMMDD}.</li>
 *   <li>{@code dateline}, {@code headline}, {@code url}, {@code source}: strings.</li>
 * </ul>
 * Optional fields may be absent, {@code null} or blank (all three mean unknown). Other fields are ignored.
 *
 * <p>Dateline: when {@code dateline} is given and the text starts with it, followed by a separator or an agency
 * ({@code BEIJING, Nov. 14 (Xinhua)-- }), the body starts after that prefix and the given dateline is kept as it
 * is. When no dateline is given, the start of the text is checked with the plain-text rule of
 * {@link DatelineFinder}. An agency found in the prefix becomes the source when {@code source} is absent.
 *
 * <p>Output: {@link ReadResult.Read}, or {@link ReadResult.Unreadable} (stage {@link ReadResult#PARSE_STAGE},
 * origin {@code file:line}) for a line that is not JSON, not an object, has several values, repeats a field, lacks
 * {@code text}, has a field of the wrong type or a date that is not one of the forms above.
 */
public final class JsonLinesArticleParser {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile(
            "(?<date>\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private final DatelineFinder datelines = new DatelineFinder();

    /**
     * @param line       one line of the file, without its line terminator
     * @param file       the file name as the user gave it, for the origin
     * @param lineNumber 1-based line number in the file, for the origin
     * @return the article, or what was wrong with the line; the origin is {@code file:lineNumber}
     */
    public ReadResult parse(String line, String file, long lineNumber) {
        String origin = file + ":" + lineNumber;
        try {
            return ReadResult.read(article(line, origin));
        } catch (BadRecordException e) {
            return ReadResult.unreadable(origin, ReadResult.PARSE_STAGE, e.getMessage());
        }
    }

    private Article article(String line, String origin) {
        JsonNode record = tree(line);
        String text = requiredText(record);
        String id = id(record).orElse(origin);
        Optional<LocalDate> date = string(record, "date").map(JsonLinesArticleParser::date);
        Optional<String> givenDateline = string(record, "dateline");
        Optional<String> headline = string(record, "headline");
        Optional<String> url = string(record, "url");
        Optional<String> source = string(record, "source");

        int bodyStart = 0;
        while (PlainTextArticleParser.isSpace(text.charAt(bodyStart))) {
            bodyStart++;
        }
        int from = bodyStart;
        Optional<Dateline> prefix = givenDateline.isPresent()
                ? datelines.findKnown(text, from, givenDateline.get())
                : datelines.find(text, from);
        Optional<String> dateline = givenDateline;
        if (prefix.isPresent()) {
            bodyStart = prefix.get().bodyStart();
            dateline = Optional.of(prefix.get().text());
            if (source.isEmpty()) {
                source = prefix.get().agency();
            }
        }
        return new Article(id, text, new Span(bodyStart, text.length()), headline, Optional.empty(), dateline,
                date, url, source, origin);
    }

    private static JsonNode tree(String line) {
        if (line.isBlank()) {
            throw new BadRecordException("the line is empty; expected one JSON object");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String column = where == null || where.getColumnNr() < 1 ? "" : " at column " + where.getColumnNr();
            throw new BadRecordException("not valid JSON" + column + ": " + e.getOriginalMessage());
        }
        if (!node.isObject()) {
            throw new BadRecordException("expected a JSON object {\"id\": …, \"text\": …}, found " + kind(node));
        }
        return node;
    }

    private static String requiredText(JsonNode record) {
        JsonNode text = record.get("text");
        if (text == null || text.isNull()) {
            throw new BadRecordException("missing field \"text\": every record needs the article text");
        }
        if (!text.isTextual()) {
            throw new BadRecordException("field \"text\" must be a string, found " + kind(text));
        }
        if (text.textValue().chars().allMatch(c -> PlainTextArticleParser.isSpace((char) c))) {
            throw new BadRecordException("field \"text\" is empty; an article needs some text");
        }
        return text.textValue();
    }

    private static Optional<String> id(JsonNode record) {
        JsonNode id = record.get("id");
        if (id == null || id.isNull()) {
            return Optional.empty();
        }
        if (id.isIntegralNumber()) {
            return Optional.of(id.asText());
        }
        if (!id.isTextual()) {
            throw new BadRecordException("field \"id\" must be a string or an integer, found " + kind(id));
        }
        if (id.textValue().isBlank()) {
            throw new BadRecordException("field \"id\" is empty; give each record an id, or leave the field out");
        }
        return Optional.of(id.textValue());
    }

    /** An optional string field: absent, null or blank are all empty. */
    private static Optional<String> string(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new BadRecordException("field \"" + field + "\" must be a string, found " + kind(value));
        }
        return value.textValue().isBlank() ? Optional.empty() : Optional.of(value.textValue().strip());
    }

    /** Parses the {@code date} field; any form but the three documented ones is a bad record. */
    private static LocalDate date(String value) {
        String text = value.strip();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (BASIC_DATE.matcher(text).matches()) {
                return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
            }
            Matcher dateTime = ISO_DATE_TIME.matcher(text);
            if (dateTime.matches()) {
                return LocalDate.parse(dateTime.group("date"), DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeParseException e) {
            throw new BadRecordException("field \"date\" is not a real date: \"" + text + "\"");
        }
        throw new BadRecordException("field \"date\" has an unknown form: \"" + text
                + "\"; use YYYY-MM-DD, an ISO date-time such as 2024-03-05T14:00:00Z, or YYYYMMDD");
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    /** What is wrong with one record; its message becomes the failure message. Never leaves this class. */
    private static final class BadRecordException extends RuntimeException {
        BadRecordException(String message) {
            super(message, null, false, false);
        }
    }
}
