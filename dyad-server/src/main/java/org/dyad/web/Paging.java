package org.dyad.web;

import java.util.Map;
import java.util.function.Function;

/**
 * A page of a list: {@code limit} rows from row {@code offset} (0-based), from the query parameters {@code limit}
 * (default 50, 1 to 500) and {@code offset} (default 0).
 *
 * @param limit  rows on the page, 1…{@link #MAX_LIMIT}
 * @param offset rows skipped, 0…{@link #MAX_OFFSET}
 */
public record Paging(int limit, int offset) {
    /** The most rows one page may hold. */
    public static final int MAX_LIMIT = 500;
    /** The furthest a page may start. */
    public static final int MAX_OFFSET = 100_000_000;

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit: " + limit + " is out of range; use 1 to " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw ApiException.badRequest("offset: " + offset + " is out of range; use 0 to " + MAX_OFFSET);
        }
    }

    /**
     * Reads {@code limit} and {@code offset}.
     *
     * @param param a query parameter by name, null when absent
     * @throws ApiException 400 when a value is not a whole number or out of range
     */
    static Paging from(Function<String, String> param, int defaultLimit) {
        return new Paging(integer(param, "limit", defaultLimit), integer(param, "offset", 0));
    }

    /** A whole-number query parameter, or the default when absent or blank. */
    static int integer(Function<String, String> param, String name, int fallback) {
        String v = param.apply(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": '" + clip(v) + "' is not a whole number");
        }
    }

    /** A user value cut to 40 characters for an error message. */
    static String clip(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }

    /** The page as JSON fields. */
    Map<String, Integer> fields() {
        return Map.of("limit", limit, "offset", offset);
    }
}
