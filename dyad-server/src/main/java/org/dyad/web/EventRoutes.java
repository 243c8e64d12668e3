package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The REST API: JSON over the store ({@link StoreQueries}) and the paste-and-code endpoint ({@link ArticleCoder}).
 * Handlers read and validate parameters, call one query, and write JSON; errors are thrown as {@link ApiException}
 * and answered by {@link ErrorMapping}. The routes are documented in the resource {@code openapi.json}, served at
 * {@code /api/openapi.json}.
 */
final class EventRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> STANCES = Set.of("asserts", "denies", "accuses", "rejects", "promises");
    /** Most dyads, network edges or places one request returns. */
    static final int MAX_ROWS = 2000;

    private final StoreQueries queries;
    private final ArticleCoder coder;
    private final byte[] openApi;
    private final List<Route> routes = new ArrayList<>();
    /** GET path → the query parameters its OpenAPI entry documents: any other one is refused. */
    private final Map<String, Set<String>> documentedQueryParameters;

    EventRoutes(StoreQueries queries, ArticleCoder coder) {
        this.queries = queries;
        this.coder = coder;
        this.openApi = openApiDocument();
        this.documentedQueryParameters = queryParameters(openApi);
    }

    /** The routes registered by {@link #register}, in order. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Registers every API route on the configuration. */
    void register(JavalinConfig config) {
        get(config, "/api/summary", ctx -> json(ctx, queries.summary()));
        get(config, "/api/articles", ctx -> json(ctx, queries.articles(text(ctx, "q"),
                Paging.from(ctx::queryParam, 50))));
        get(config, "/api/articles/{id}", ctx -> json(ctx, queries.article(ctx.pathParam("id"))));
        get(config, "/api/events", ctx -> json(ctx, queries.events(EventFilter.from(ctx::queryParam),
                Paging.from(ctx::queryParam, 50))));
        get(config, "/api/dyads", ctx -> json(ctx, queries.dyads(EventFilter.from(ctx::queryParam),
                bounded(ctx, "limit", 50))));
        get(config, "/api/timeline", ctx -> json(ctx, queries.timeline(EventFilter.from(ctx::queryParam))));
        get(config, "/api/network", ctx -> json(ctx, queries.network(EventFilter.from(ctx::queryParam),
                atLeastOne(ctx, "min_count"), bounded(ctx, "limit", 150))));
        get(config, "/api/places", ctx -> json(ctx, queries.places(EventFilter.from(ctx::queryParam),
                bounded(ctx, "limit", 500))));
        get(config, "/api/quotes", ctx -> json(ctx, queries.quotes(text(ctx, "speaker").map(EventRoutes::upper),
                bool(ctx, "direct"), text(ctx, "article"), Paging.from(ctx::queryParam, 50))));
        get(config, "/api/claims", ctx -> json(ctx, queries.claims(stance(ctx),
                bool(ctx, "contradicted").orElse(false), text(ctx, "speaker").map(EventRoutes::upper),
                Paging.from(ctx::queryParam, 50))));
        get(config, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        routes.add(new Route("POST", "/api/code"));
        config.routes.post("/api/code", this::code);
    }

    private void get(JavalinConfig config, String path, Handler handler) {
        routes.add(new Route("GET", path));
        Set<String> known = documentedQueryParameters.getOrDefault(path, Set.of());
        config.routes.get(path, ctx -> {
            for (Map.Entry<String, List<String>> param : ctx.queryParamMap().entrySet()) {
                String name = param.getKey();
                if (!known.contains(name)) {
                    throw ApiException.badRequest("unknown query parameter '" + Paging.clip(name) + "'; " + path
                            + (known.isEmpty() ? " takes none" : " takes " + String.join(", ", new TreeSet<>(known)))
                            + " (see /api/openapi.json)");
                }
                if (param.getValue().size() > 1) {
                    throw ApiException.badRequest(name + ": given " + param.getValue().size() + " times; give it once"
                            + " (one value per filter)");
                }
            }
            handler.handle(ctx);
        });
    }

    /** Each GET path of the OpenAPI document and the names of its query parameters ({@code $ref}s resolved). */
    private static Map<String, Set<String>> queryParameters(byte[] openApi) {
        Map<String, Set<String>> out = new HashMap<>();
        try {
            JsonNode doc = JSON.readTree(openApi);
            doc.path("paths").fields().forEachRemaining(path -> {
                Set<String> names = new HashSet<>();
                for (JsonNode param : path.getValue().path("get").path("parameters")) {
                    JsonNode p = param.has("$ref") ? doc.at(param.get("$ref").asText().substring(1)) : param;
                    if (p.path("in").asText().equals("query")) {
                        names.add(p.path("name").asText());
                    }
                }
                out.put(path.getKey(), Set.copyOf(names));
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.json: " + e.getMessage(), e);
        }
        return out;
    }

    /** POST /api/code: {@code {"text": "…", "date": "YYYY-MM-DD"}} → the coded article. */
    private void code(Context ctx) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the article as JSON: Content-Type application/json and a body "
                    + "{\"text\": \"…\", \"date\": \"YYYY-MM-DD\"}");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object {\"text\": \"…\", \"date\": \"…\"}");
        }
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw ApiException.badRequest("text: a string is required");
        }
        Optional<LocalDate> date = Optional.empty();
        JsonNode d = body.get("date");
        if (d != null && !d.isNull() && !d.asText().isBlank()) {
            try {
                date = Optional.of(LocalDate.parse(d.asText()));
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("date: '" + Paging.clip(d.asText()) + "' is not a date; use "
                        + "YYYY-MM-DD");
            }
        }
        json(ctx, coder.code(text.asText(), date));
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(node.toString());
    }

    private static Optional<String> text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return Optional.empty();
        }
        if (v.length() > EventFilter.MAX_TEXT) {
            throw ApiException.badRequest(name + ": the value is " + v.length() + " characters long; at most "
                    + EventFilter.MAX_TEXT + " are accepted");
        }
        return Optional.of(v.strip());
    }

    private static String upper(String v) {
        return v.toUpperCase(Locale.ROOT);
    }

    private static Optional<Boolean> bool(Context ctx, String name) {
        return text(ctx, name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest(name + ": '" + Paging.clip(v) + "' is not true or false");
        });
    }

    private static Optional<String> stance(Context ctx) {
        return text(ctx, "stance").map(v -> {
            String s = v.toLowerCase(Locale.ROOT);
            if (!STANCES.contains(s)) {
                throw ApiException.badRequest("stance: '" + Paging.clip(v) + "' is not a stance; use one of "
                        + "asserts, denies, accuses, rejects, promises");
            }
            return s;
        });
    }

    /** An integer parameter that must be 1 or more (default 1). */
    private static int atLeastOne(Context ctx, String name) {
        int v = Paging.integer(ctx::queryParam, name, 1);
        if (v < 1) {
            throw ApiException.badRequest(name + ": " + v + " is out of range; use 1 or more");
        }
        return v;
    }

    private static int bounded(Context ctx, String name, int fallback) {
        int v = Paging.integer(ctx::queryParam, name, fallback);
        if (v < 1 || v > MAX_ROWS) {
            throw ApiException.badRequest(name + ": " + v + " is out of range; use 1 to " + MAX_ROWS);
        }
        return v;
    }

    private static byte[] openApiDocument() {
        try (InputStream in = EventRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the dyad-server jar");
            }
            byte[] bytes = in.readAllBytes();
            JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.json: " + e.getMessage(), e);
        }
    }
}
