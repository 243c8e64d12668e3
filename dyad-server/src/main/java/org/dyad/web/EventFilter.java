package org.dyad.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which events a request asks for, from its query parameters, and the SQL {@code WHERE} clause that selects them.
 * The clause names only fixed columns of the {@code events} table; every value the user gave is a {@code ?}
 * parameter ({@link #parameters()}), never part of the SQL text.
 *
 * <p>Parameters (all optional, combined with AND): {@code from}, {@code to} (ISO dates, inclusive, on
 * {@code event_date}); {@code actor} (a CAMEO actor code or its start, on either side: {@code PAK} matches
 * {@code PAKMIL}), {@code source}, {@code target} (the same, on one side); {@code cameo} (a CAMEO event code or its
 * start, 2 to 4 digits: {@code 19} matches {@code 190}); {@code root} (a root code, two digits); {@code quad}
 * (QuadClass 1–4); {@code plover} (a PLOVER event type, e.g. {@code ASSAULT}); {@code country} (ISO 3166-1 alpha-2
 * of the event's place); {@code place} (the place's gazetteer name, any case); {@code article} (an article id).
 *
 * @param from      first event date, inclusive
 * @param to        last event date, inclusive
 * @param actor     actor code prefix on either side
 * @param source    source (actor) code prefix
 * @param target    target (recipient) code prefix
 * @param cameo     CAMEO event code prefix
 * @param root      CAMEO root code
 * @param quad      QuadClass 1–4
 * @param plover    PLOVER event type, upper case
 * @param country   ISO country code of the event's place, upper case
 * @param place     place name
 * @param articleId article id
 */
public record EventFilter(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
                          Optional<String> source, Optional<String> target, Optional<String> cameo,
                          Optional<String> root, Optional<Integer> quad, Optional<String> plover,
                          Optional<String> country, Optional<String> place, Optional<String> articleId) {
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern ROOT = Pattern.compile("\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    /** Longest free-text value accepted (actor codes, place names, PLOVER types). */
    static final int MAX_TEXT = 200;

    /** No filter: every event. */
    public static EventFilter none() {
        return from(name -> null);
    }

    /**
     * Reads the filter from query parameters.
     *
     * @param param a query parameter by name, null when absent; blank values count as absent
     * @throws ApiException 400 naming the parameter when a value has the wrong form (a date that is not
     *                      YYYY-MM-DD, a CAMEO code that is not 2–4 digits, QuadClass outside 1–4…)
     */
    public static EventFilter from(Function<String, String> param) {
        Optional<LocalDate> from = text(param, "from").map(v -> date("from", v));
        Optional<LocalDate> to = text(param, "to").map(v -> date("to", v));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw ApiException.badRequest("to: " + to.get() + " is before from: " + from.get());
        }
        Optional<String> cameo = text(param, "cameo").map(v -> matching("cameo", v, CAMEO,
                "a CAMEO event code or its start: 2 to 4 digits, e.g. 19 or 190"));
        Optional<String> root = text(param, "root").map(v -> matching("root", v, ROOT,
                "a CAMEO root code: two digits, e.g. 19"));
        Optional<Integer> quad = text(param, "quad").map(v -> {
            if (!v.matches("[1-4]")) {
                throw ApiException.badRequest("quad: '" + Paging.clip(v) + "' is not a QuadClass; use 1 (verbal "
                        + "cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict)");
            }
            return Integer.parseInt(v);
        });
        Optional<String> country = text(param, "country").map(v -> matching("country", v.toUpperCase(Locale.ROOT),
                COUNTRY, "an ISO 3166-1 alpha-2 country code, e.g. AF"));
        return new EventFilter(from, to, text(param, "actor").map(v -> v.toUpperCase(Locale.ROOT)),
                text(param, "source").map(v -> v.toUpperCase(Locale.ROOT)),
                text(param, "target").map(v -> v.toUpperCase(Locale.ROOT)), cameo, root, quad,
                text(param, "plover").map(v -> v.toUpperCase(Locale.ROOT)), country, text(param, "place"),
                text(param, "article"));
    }

    private static Optional<String> text(Function<String, String> param, String name) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (v.length() > MAX_TEXT) {
            throw ApiException.badRequest(name + ": the value is " + v.length() + " characters long; at most "
                    + MAX_TEXT + " are accepted");
        }
        return Optional.of(v.strip());
    }

    private static LocalDate date(String name, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": '" + Paging.clip(v) + "' is not a date; use YYYY-MM-DD");
        }
    }

    private static String matching(String name, String v, Pattern form, String expected) {
        if (!form.matcher(v).matches()) {
            throw ApiException.badRequest(name + ": '" + Paging.clip(v) + "' is not " + expected);
        }
        return v;
    }

    /**
     * The condition over the {@code events} table (alias-free), {@code "TRUE"} when nothing is filtered. Only
     * column names and {@code ?} placeholders appear in it; the values are {@link #parameters()}, in order.
     */
    public String where() {
        List<String> parts = new ArrayList<>();
        from.ifPresent(d -> parts.add("event_date >= ?"));
        to.ifPresent(d -> parts.add("event_date <= ?"));
        actor.ifPresent(a -> parts.add("(starts_with(source_code, ?) OR starts_with(target_code, ?))"));
        source.ifPresent(a -> parts.add("starts_with(source_code, ?)"));
        target.ifPresent(a -> parts.add("starts_with(target_code, ?)"));
        cameo.ifPresent(c -> parts.add("starts_with(cameo_code, ?)"));
        root.ifPresent(r -> parts.add("root_code = ?"));
        quad.ifPresent(q -> parts.add("quad_class = ?"));
        plover.ifPresent(p -> parts.add("plover_type = ?"));
        country.ifPresent(c -> parts.add("country_code = ?"));
        place.ifPresent(p -> parts.add("lower(place_name) = lower(?)"));
        articleId.ifPresent(a -> parts.add("article_id = ?"));
        return parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
    }

    /** The values of the placeholders of {@link #where()}, in order. */
    public List<Object> parameters() {
        List<Object> values = new ArrayList<>();
        from.ifPresent(d -> values.add(java.sql.Date.valueOf(d)));
        to.ifPresent(d -> values.add(java.sql.Date.valueOf(d)));
        actor.ifPresent(a -> {
            values.add(a);
            values.add(a);
        });
        source.ifPresent(values::add);
        target.ifPresent(values::add);
        cameo.ifPresent(values::add);
        root.ifPresent(values::add);
        quad.ifPresent(values::add);
        plover.ifPresent(values::add);
        country.ifPresent(values::add);
        place.ifPresent(values::add);
        articleId.ifPresent(values::add);
        return values;
    }
}
