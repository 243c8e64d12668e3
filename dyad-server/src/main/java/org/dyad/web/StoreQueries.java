package org.dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.event.CameoEntry;
import org.dyad.event.CameoTable;

/**
 * The read queries behind the REST API, over the store's tables as {@code docs/store-schema.md} lays them out
 * (articles, sentences, events, actor_mentions, places, times, quotes, claims). Every statement is a fixed SQL text
 * with {@code ?} placeholders; user values are only ever bound as parameters. Results are JSON trees.
 *
 * <p>Thread-safe: each call borrows its own connection from the {@link ConnectionPool}.
 */
final class StoreQueries {
    /** The columns of an events-table row as the events list shows it. */
    private static final String EVENT_COLUMNS = "article_id, event_id, event_number, doc_id, sentence_index, "
            + "event_date, date_granularity, source_text, source_code, source_name, target_text, target_code, "
            + "target_name, cameo_code, root_code, goldstein, quad_class, plover_type, plover_mode, place_name, "
            + "geonames_id, country_code, lat, lon";
    /** Per-article tables of the article view, in order, with their order column. */
    private static final Map<String, String> ARTICLE_TABLES = new LinkedHashMap<>();

    static {
        ARTICLE_TABLES.put("sentences", "sentence_index");
        ARTICLE_TABLES.put("actor_mentions", "mention_index");
        ARTICLE_TABLES.put("events", "sentence_index, verb_start, event_id");
        ARTICLE_TABLES.put("places", "place_index");
        ARTICLE_TABLES.put("times", "timex_index");
        ARTICLE_TABLES.put("quotes", "quote_index");
        ARTICLE_TABLES.put("claims", "claim_index");
    }

    private final ConnectionPool pool;
    private final CameoTable cameo;

    /**
     * @param pool  connections to the store
     * @param cameo the CAMEO code table, for event names
     */
    StoreQueries(ConnectionPool pool, CameoTable cameo) {
        this.pool = pool;
        this.cameo = cameo;
    }

    /** The tables of the article view ({@link #article}), in order. */
    static Set<String> articleTables() {
        return Collections.unmodifiableSet(ARTICLE_TABLES.keySet());
    }

    /**
     * Articles, newest first, optionally those whose headline contains {@code text} (any case).
     *
     * @return {@code {total, limit, offset, items: [{article_id, doc_id, headline, source, doc_date, …}]}}
     */
    ObjectNode articles(Optional<String> text, Paging page) {
        String where = text.isPresent() ? "contains(lower(coalesce(headline, '')), lower(?))" : "TRUE";
        List<Object> values = new ArrayList<>();
        text.ifPresent(values::add);
        return pool.with(c -> paged(c, "SELECT count(*) FROM articles WHERE " + where,
                "SELECT article_id, doc_id, headline, source, url, dateline, doc_date, sentence_count, event_count, "
                        + "duplicate_of FROM articles WHERE " + where
                        + " ORDER BY doc_date DESC NULLS LAST, article_id LIMIT ? OFFSET ?", values, page));
    }

    /**
     * One article with every layer the store holds for it.
     *
     * @return {@code {article: {…, text}, sentences: […], actor_mentions: […], events: […], places, times, quotes,
     *         claims}}, rows as in the store's tables (events with {@code cameo_name})
     * @throws ApiException 404 when no article has that id
     */
    ObjectNode article(String id) {
        return pool.with(c -> {
            ObjectNode out = RowsJson.NODES.objectNode();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM articles WHERE article_id = ?")) {
                st.setString(1, id);
                ArrayNode rows = RowsJson.all(st.executeQuery());
                if (rows.isEmpty()) {
                    throw ApiException.notFound("no article with id '" + Paging.clip(id) + "'");
                }
                out.set("article", rows.get(0));
            }
            for (Map.Entry<String, String> t : ARTICLE_TABLES.entrySet()) {
                try (PreparedStatement st = c.prepareStatement("SELECT * FROM " + t.getKey()
                        + " WHERE article_id = ? ORDER BY " + t.getValue())) {
                    st.setString(1, id);
                    out.set(t.getKey(), RowsJson.all(st.executeQuery()));
                }
            }
            nameEvents((ArrayNode) out.get("events"));
            return out;
        });
    }

    /** Adds {@code cameo_name} (from the CAMEO code table) to each event object. */
    void nameEvents(ArrayNode events) {
        for (JsonNode e : events) {
            String code = e.path("cameo_code").asText("");
            ((ObjectNode) e).put("cameo_name", cameo.get(code).map(CameoEntry::name).orElse(null));
        }
    }

    /**
     * A page of events, newest first, each with its article's headline. The page is chosen on the events table
     * alone (a top-N over the filtered rows) and the headlines are then looked up by article id, so the cost does not
     * grow with the sentences and articles tables; the sentence itself is in the article view.
     *
     * @return {@code {total, limit, offset, items: [event…]}}
     */
    ObjectNode events(EventFilter filter, Paging page) {
        String where = filter.where();
        return pool.with(c -> {
            ObjectNode out = paged(c, "SELECT count(*) FROM events WHERE " + where,
                    "SELECT " + EVENT_COLUMNS + " FROM events WHERE " + where
                            + " ORDER BY event_date DESC NULLS LAST, event_number LIMIT ? OFFSET ?",
                    filter.parameters(), page);
            ArrayNode items = (ArrayNode) out.get("items");
            nameEvents(items);
            Map<String, String> headlines = headlines(c, items);
            for (JsonNode e : items) {
                ((ObjectNode) e).put("headline", headlines.get(e.get("article_id").asText()));
            }
            return out;
        });
    }

    /** The headlines of the articles of some rows, by article id (absent when the article has none). */
    private static Map<String, String> headlines(Connection c, ArrayNode rows) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.get("article_id").asText()));
        Map<String, String> out = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT article_id, headline FROM articles WHERE article_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            RowsJson.bind(st, new ArrayList<>(ids));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Dyads (source, target) with their event counts and mean Goldstein, most events first.
     *
     * @param limit most dyads returned
     * @return {@code [{source_code, target_code, count, mean_goldstein}]}
     */
    ArrayNode dyads(EventFilter filter, int limit) {
        return pool.with(c -> dyads(c, filter, 1, limit));
    }

    private static ArrayNode dyads(Connection c, EventFilter filter, int minCount, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT source_code, target_code, count(*) AS count, "
                + "round(avg(goldstein), 2) AS mean_goldstein FROM events WHERE " + filter.where()
                + " AND source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code"
                + " GROUP BY source_code, target_code HAVING count(*) >= ?"
                + " ORDER BY count DESC, source_code, target_code LIMIT ?")) {
            List<Object> values = new ArrayList<>(filter.parameters());
            values.add(minCount);
            values.add(limit);
            RowsJson.bind(st, values);
            return RowsJson.all(st.executeQuery());
        }
    }

    /**
     * Events a day: counts by QuadClass and the mean Goldstein, days without a date left out.
     *
     * @return {@code [{date, count, q1, q2, q3, q4, mean_goldstein}]} in date order
     */
    ArrayNode timeline(EventFilter filter) {
        return pool.with(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT event_date AS date, count(*) AS count, "
                    + "count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2, "
                    + "count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4, "
                    + "round(avg(goldstein), 2) AS mean_goldstein FROM events WHERE " + filter.where()
                    + " AND event_date IS NOT NULL GROUP BY event_date ORDER BY event_date")) {
                RowsJson.bind(st, filter.parameters());
                return RowsJson.all(st.executeQuery());
            }
        });
    }

    /**
     * The actor network: the {@code limit} dyads with the most events (at least {@code minCount}) as edges, their
     * actors as nodes with the name most often given for the code and the events they take part in.
     *
     * @return {@code {nodes: [{id, name, count}], edges: [{source, target, count, mean_goldstein}]}}
     */
    ObjectNode network(EventFilter filter, int minCount, int limit) {
        return pool.with(c -> {
            ArrayNode dyads = dyads(c, filter, minCount, limit);
            ObjectNode out = RowsJson.NODES.objectNode();
            ArrayNode edges = out.putArray("edges");
            Set<String> codes = new LinkedHashSet<>();
            for (JsonNode d : dyads) {
                ObjectNode e = edges.addObject();
                e.put("source", d.get("source_code").asText());
                e.put("target", d.get("target_code").asText());
                e.set("count", d.get("count"));
                e.set("mean_goldstein", d.get("mean_goldstein"));
                codes.add(d.get("source_code").asText());
                codes.add(d.get("target_code").asText());
            }
            ArrayNode nodes = out.putArray("nodes");
            if (codes.isEmpty()) {
                return out;
            }
            String in = String.join(", ", Collections.nCopies(codes.size(), "?"));
            String where = filter.where();
            try (PreparedStatement st = c.prepareStatement("SELECT code AS id, mode(name) AS name, count(*) AS count"
                    + " FROM (SELECT source_code AS code, source_name AS name FROM events WHERE " + where
                    + " AND source_code IN (" + in + ") UNION ALL SELECT target_code, target_name FROM events WHERE "
                    + where + " AND target_code IN (" + in + ")) GROUP BY code ORDER BY count DESC, code")) {
                List<Object> values = new ArrayList<>(filter.parameters());
                values.addAll(codes);
                values.addAll(filter.parameters());
                values.addAll(codes);
                RowsJson.bind(st, values);
                nodes.addAll(RowsJson.all(st.executeQuery()));
            }
            return out;
        });
    }

    /**
     * Where events happened: one row per place with its point, event count, mean Goldstein and CAMEO codes.
     *
     * @return {@code [{place_name, geonames_id, country_code, lat, lon, count, mean_goldstein, cameo_codes}]}
     */
    ArrayNode places(EventFilter filter, int limit) {
        return pool.with(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT place_name, geonames_id, country_code, "
                    + "any_value(lat) AS lat, any_value(lon) AS lon, count(*) AS count, "
                    + "round(avg(goldstein), 2) AS mean_goldstein, "
                    + "list_sort(list_distinct(list(cameo_code))) AS cameo_codes FROM events WHERE "
                    + filter.where() + " AND lat IS NOT NULL AND lon IS NOT NULL"
                    + " GROUP BY place_name, geonames_id, country_code ORDER BY count DESC, place_name LIMIT ?")) {
                List<Object> values = new ArrayList<>(filter.parameters());
                values.add(limit);
                RowsJson.bind(st, values);
                return RowsJson.all(st.executeQuery());
            }
        });
    }

    /**
     * Attributed statements, newest article first.
     *
     * @param speaker speaker's actor code or its start
     * @param direct  only direct quotes (true) or only reported speech (false)
     * @return {@code {total, limit, offset, items: [{article_id, quote_index, text, speaker_text, speaker_code, cue,
     *         direct, utterance_time, headline, doc_date, …}]}}
     */
    ObjectNode quotes(Optional<String> speaker, Optional<Boolean> direct, Optional<String> articleId, Paging page) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        speaker.ifPresent(s -> {
            parts.add("starts_with(q.speaker_code, ?)");
            values.add(s);
        });
        direct.ifPresent(d -> {
            parts.add("q.direct = ?");
            values.add(d);
        });
        articleId.ifPresent(a -> {
            parts.add("q.article_id = ?");
            values.add(a);
        });
        String where = parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
        return pool.with(c -> paged(c, "SELECT count(*) FROM quotes q WHERE " + where,
                "SELECT q.*, a.headline, a.doc_date FROM quotes q JOIN articles a USING (article_id) WHERE " + where
                        + " ORDER BY a.doc_date DESC NULLS LAST, q.article_id, q.quote_index LIMIT ? OFFSET ?",
                values, page));
    }

    /**
     * Claims, each with the denials and rejections that contradict it ({@code denials}, from the same article).
     *
     * @param stance       only claims of this stance (asserts, denies, accuses, rejects, promises)
     * @param contradicted only claims that some statement contradicts
     * @return {@code {total, limit, offset, items: [{…claim, headline, denials: [claim…]}]}}
     */
    ObjectNode claims(Optional<String> stance, boolean contradicted, Optional<String> speaker, Paging page) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        stance.ifPresent(s -> {
            parts.add("c.stance = ?");
            values.add(s);
        });
        speaker.ifPresent(s -> {
            parts.add("starts_with(c.speaker_code, ?)");
            values.add(s);
        });
        if (contradicted) {
            parts.add("EXISTS (SELECT 1 FROM claims d WHERE d.article_id = c.article_id "
                    + "AND d.contradicts = c.claim_id)");
        }
        String where = parts.isEmpty() ? "TRUE" : String.join(" AND ", parts);
        return pool.with(c -> {
            ObjectNode out = paged(c, "SELECT count(*) FROM claims c WHERE " + where,
                    "SELECT c.*, a.headline, a.doc_date FROM claims c JOIN articles a USING (article_id) WHERE "
                            + where + " ORDER BY a.doc_date DESC NULLS LAST, c.article_id, c.claim_index"
                            + " LIMIT ? OFFSET ?", values, page);
            ArrayNode items = (ArrayNode) out.get("items");
            Set<String> articles = new LinkedHashSet<>();
            for (JsonNode claim : items) {
                ((ObjectNode) claim).putArray("denials");
                articles.add(claim.get("article_id").asText());
            }
            if (articles.isEmpty()) {
                return out;
            }
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM claims WHERE contradicts IS NOT NULL "
                    + "AND article_id IN (" + String.join(", ", Collections.nCopies(articles.size(), "?"))
                    + ") ORDER BY article_id, claim_index")) {
                RowsJson.bind(st, new ArrayList<>(articles));
                for (JsonNode denial : RowsJson.all(st.executeQuery())) {
                    for (JsonNode claim : items) {
                        if (claim.get("article_id").equals(denial.get("article_id"))
                                && claim.get("claim_id").equals(denial.get("contradicts"))) {
                            ((ArrayNode) claim.get("denials")).add(denial);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Row counts of the store's main tables, for the front page. */
    ObjectNode summary() {
        return pool.with(c -> {
            ObjectNode out = RowsJson.NODES.objectNode();
            try (PreparedStatement st = c.prepareStatement("SELECT (SELECT count(*) FROM articles) AS articles, "
                    + "(SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes, "
                    + "(SELECT count(*) FROM claims) AS claims, (SELECT min(event_date) FROM events) AS first_date, "
                    + "(SELECT max(event_date) FROM events) AS last_date"); ResultSet rs = st.executeQuery()) {
                rs.next();
                out.setAll(RowsJson.row(rs, rs.getMetaData()));
            }
            return out;
        });
    }

    /** Runs a count and a page query sharing the same parameters; the page query ends with LIMIT ? OFFSET ?. */
    private static ObjectNode paged(Connection c, String countSql, String pageSql, List<Object> values, Paging page)
            throws SQLException {
        ObjectNode out = RowsJson.NODES.objectNode();
        try (PreparedStatement st = c.prepareStatement(countSql)) {
            RowsJson.bind(st, values);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                out.put("total", rs.getLong(1));
            }
        }
        out.put("limit", page.limit());
        out.put("offset", page.offset());
        try (PreparedStatement st = c.prepareStatement(pageSql)) {
            List<Object> all = new ArrayList<>(values);
            all.add(page.limit());
            all.add(page.offset());
            RowsJson.bind(st, all);
            out.set("items", RowsJson.all(st.executeQuery()));
        }
        return out;
    }
}
