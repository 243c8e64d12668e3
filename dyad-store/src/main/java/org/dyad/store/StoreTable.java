package org.dyad.store;

import java.util.List;

/**
 * The tables that hold one article's rows, with the columns {@link DocumentRows} fills, in insert order. The DDL
 * with types, keys and indexes is the resource {@code org/dyad/store/schema.sql}; {@code docs/store-schema.md}
 * documents each column. A test checks that every column named here exists in the DDL.
 */
public enum StoreTable {
    ARTICLES("articles", List.of("article_id", "doc_id", "origin", "source", "url", "headline", "byline", "dateline",
            "doc_date", "body_start", "body_end", "text", "sentence_count", "event_count", "minhash")),
    SENTENCES("sentences", List.of("article_id", "sentence_index", "start_offset", "end_offset", "text")),
    EVENTS("events", List.of("article_id", "event_id", "event_number", "doc_id", "sentence_index", "sentence_start",
            "sentence_end", "verb_start", "verb_end",
            "source_text", "source_code", "source_name", "source_role", "source_resolved_by", "source_start",
            "source_end",
            "target_text", "target_code", "target_name", "target_role", "target_resolved_by", "target_start",
            "target_end",
            "cameo_code", "base_code", "root_code", "goldstein", "quad_class",
            "plover_type", "plover_mode", "plover_context", "event_date", "pattern", "issues",
            "date_granularity", "date_source", "place_name", "geonames_id", "country_code", "admin1", "lat", "lon",
            "place_role")),
    ACTOR_MENTIONS("actor_mentions", List.of("article_id", "mention_index", "sentence_index", "start_offset",
            "end_offset", "phrase_start", "phrase_end", "text", "actor_code", "actor_name", "actor_role", "resolution",
            "evidence")),
    PLACES("places", List.of("article_id", "place_index", "start_offset", "end_offset", "text", "name",
            "geonames_id", "feature_code", "country_code", "admin1", "lat", "lon")),
    TIMES("times", List.of("article_id", "timex_index", "start_offset", "end_offset", "text", "value", "granularity",
            "resolved_date")),
    QUOTES("quotes", List.of("article_id", "quote_index", "start_offset", "end_offset", "text", "speaker_text",
            "speaker_code", "cue", "quote_id", "direct", "cue_lemma", "utterance_time")),
    CLAIMS("claims", List.of("article_id", "claim_index", "quote_index", "event_id", "start_offset", "end_offset",
            "text", "speaker_code", "claim_id", "stance", "contradicts"));

    private final String sqlName;
    private final List<String> columns;

    StoreTable(String sqlName, List<String> columns) {
        this.sqlName = sqlName;
        this.columns = columns;
    }

    /** The table's name in SQL. */
    public String sqlName() {
        return sqlName;
    }

    /** The columns a row of {@link DocumentRows} gives values for, in order. */
    public List<String> columns() {
        return columns;
    }

    /** {@code INSERT INTO t (c1, …) VALUES (?, …), …} for this table's columns and {@code rows} rows. */
    String insertSql(int rows) {
        String one = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + sqlName + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, one));
    }
}
