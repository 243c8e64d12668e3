package org.dyad.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.event.CameoTable;

/**
 * Writes the stored events in the field's exchange formats ({@link ExportFormat}), and every table as Parquet.
 *
 * <p>Events are written in a fixed order (event date, unknown last; article id; sentence; event id), so the same
 * store always gives the same file. Tab-separated formats have no quoting: tabs and line breaks inside a value are
 * written as one space. Columns Dyad has no value for (GDELT's AvgTone, ethnic codes, Actor1/Actor2 geography, and
 * the place columns until the toponym layer is stored) are empty.
 */
public final class EventExporter {
    /** Tables written by the Parquet export, in order. */
    public static final List<String> TABLES = List.of("articles", "sentences", "events", "actor_mentions", "places",
            "times", "quotes", "claims", "errors");

    private static final String EVENTS_QUERY = """
            WITH g AS (
              SELECT e.event_date, e.source_code, e.target_code, e.cameo_code, count(*) AS n,
                     count(DISTINCT coalesce(a.source, a.article_id)) AS ns, count(DISTINCT e.article_id) AS na
              FROM events e JOIN articles a USING (article_id) GROUP BY ALL)
            SELECT e.*, a.source AS publisher, a.url AS url, a.doc_date AS doc_date, s.text AS sentence,
                   g.n AS num_mentions, g.ns AS num_sources, g.na AS num_articles
            FROM events e
            JOIN articles a USING (article_id)
            LEFT JOIN sentences s ON s.article_id = e.article_id AND s.sentence_index = e.sentence_index
            LEFT JOIN g ON g.event_date IS NOT DISTINCT FROM e.event_date
                       AND g.source_code IS NOT DISTINCT FROM e.source_code
                       AND g.target_code IS NOT DISTINCT FROM e.target_code
                       AND g.cameo_code = e.cameo_code
            ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.event_id
            """;

    private final Connection connection;
    private final CameoTable cameo;

    /**
     * @param connection a connection to a Dyad store
     * @param cameo      CAMEO code names, for ICEWS's "Event Text"
     */
    public EventExporter(Connection connection, CameoTable cameo) {
        this.connection = connection;
        this.cameo = cameo;
    }

    /**
     * Writes every table as {@code dir/TABLE.parquet} (DuckDB {@code COPY … (FORMAT PARQUET)}).
     *
     * @return the files written
     * @throws StoreException when a table cannot be written
     */
    public List<Path> writeParquet(Path dir) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            try (Statement st = connection.createStatement()) {
                for (String table : TABLES) {
                    Path file = dir.resolve(table + ".parquet");
                    st.execute("COPY " + table + " TO '" + file.toAbsolutePath().toString().replace("'", "''")
                            + "' (FORMAT PARQUET)");
                    written.add(file);
                }
            }
            return written;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot write Parquet to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the events in a row format (not {@link ExportFormat#PARQUET}).
     *
     * @param out UTF-8 bytes go here; flushed, not closed
     * @return the number of records written
     * @throws StoreException when the store cannot be read; IOException when {@code out} cannot be written
     */
    public long write(ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a directory: use writeParquet");
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator json = null;
        if (format == ExportFormat.PLOVER) {
            json = new JsonFactory().createGenerator(w);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        }
        if (format == ExportFormat.ICEWS) {
            w.write(String.join("\t", format.columns()));
            w.write('\n');
        }
        long records = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(EVENTS_QUERY)) {
            while (rs.next()) {
                Row row = new Row(rs);
                switch (format) {
                    case GDELT -> tsv(w, gdelt(row));
                    case ICEWS -> tsv(w, icews(row));
                    case PHOENIX -> tsv(w, phoenix(row));
                    case PLOVER -> {
                        if (row.str("plover_type").isEmpty()) {
                            continue; // PLOVER drops these CAMEO codes (most 01 statements)
                        }
                        plover(json, row);
                    }
                    default -> throw new IllegalStateException(format.name());
                }
                records++;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + e.getMessage(), e);
        }
        if (json != null) {
            json.flush();
        }
        w.flush();
        return records;
    }

    private static void tsv(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write('\t');
            }
            w.write(values.get(i).replaceAll("[\t\r\n]+", " "));
        }
        w.write('\n');
    }

    private List<String> gdelt(Row r) throws SQLException {
        List<String> v = new ArrayList<>(61);
        Optional<LocalDate> date = r.date("event_date");
        v.add(Long.toString(r.rs.getLong("event_number")));
        v.add(date.map(d -> String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth())).orElse(""));
        v.add(date.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
        v.add(date.map(d -> Integer.toString(d.getYear())).orElse(""));
        v.add(date.map(d -> String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0)).orElse(""));
        for (String side : List.of("source", "target")) {
            String code = r.str(side + "_code");
            ActorCodeParts p = ActorCodeParts.of(code);
            v.add(code);
            v.add(r.str(side + "_name"));
            v.add(code.isEmpty() ? "" : p.country().orElse(""));
            v.add(code.isEmpty() ? "" : p.knownGroup().orElse(""));
            v.add("");
            v.add(p.religion(0));
            v.add(p.religion(1));
            v.add(p.type(0));
            v.add(p.type(1));
            v.add(p.type(2));
        }
        v.add(r.rs.getInt("sentence_index") == 0 ? "1" : "0");
        v.add(r.str("cameo_code"));
        v.add(r.str("base_code"));
        v.add(r.str("root_code"));
        v.add(Integer.toString(r.rs.getInt("quad_class")));
        v.add(number(r.rs.getDouble("goldstein")));
        v.add(Long.toString(r.rs.getLong("num_mentions")));
        v.add(Long.toString(r.rs.getLong("num_sources")));
        v.add(Long.toString(r.rs.getLong("num_articles")));
        v.add("");
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 8; k++) {
                v.add("");
            }
        }
        boolean placed = !r.str("place_name").isEmpty();
        // GDELT geo types: 1 country, 4 world city, 5 world state (ADM1); US-specific types 2 and 3 are not used
        v.add(!placed ? "" : r.str("admin1").isEmpty() && r.str("lat").isEmpty() ? "1" : "4");
        v.add(r.str("place_name"));
        v.add(r.str("country_code"));
        v.add(r.str("admin1").isEmpty() ? "" : r.str("country_code") + r.str("admin1"));
        v.add("");
        v.add(r.str("lat"));
        v.add(r.str("lon"));
        v.add(r.str("geonames_id"));
        v.add(r.date("doc_date").or(() -> date).map(d -> String.format(Locale.ROOT, "%04d%02d%02d000000",
                d.getYear(), d.getMonthValue(), d.getDayOfMonth())).orElse(""));
        v.add(!r.str("url").isEmpty() ? r.str("url") : r.str("doc_id"));
        return v;
    }

    private List<String> icews(Row r) throws SQLException {
        List<String> v = new ArrayList<>(20);
        v.add(Long.toString(r.rs.getLong("event_number")));
        v.add(r.date("event_date").map(LocalDate::toString).orElse(""));
        icewsActor(v, r, "source");
        String code = r.str("cameo_code");
        v.add(cameo.get(code).map(e -> e.name()).orElse(""));
        v.add(code);
        v.add(number(r.rs.getDouble("goldstein")));
        icewsActor(v, r, "target");
        v.add(r.str("article_id"));
        v.add(Integer.toString(r.rs.getInt("sentence_index") + 1));
        v.add(r.str("publisher"));
        v.add(r.str("place_name"));
        v.add("");
        v.add(r.str("admin1"));
        v.add(r.str("country_code"));
        v.add(r.str("lat"));
        v.add(r.str("lon"));
        return v;
    }

    private static void icewsActor(List<String> v, Row r, String side) throws SQLException {
        String code = r.str(side + "_code");
        ActorCodeParts p = ActorCodeParts.of(code);
        v.add(r.str(side + "_name"));
        v.add(code.isEmpty() ? "" : String.join(",", p.types()));
        v.add(code.isEmpty() ? "" : p.country().orElse(""));
    }

    private List<String> phoenix(Row r) throws SQLException {
        List<String> v = new ArrayList<>(26);
        Optional<LocalDate> date = r.date("event_date");
        v.add(r.str("article_id") + "-" + r.str("event_id"));
        v.add(date.map(d -> String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth())).orElse(""));
        v.add(date.map(d -> Integer.toString(d.getYear())).orElse(""));
        v.add(date.map(d -> Integer.toString(d.getMonthValue())).orElse(""));
        v.add(date.map(d -> Integer.toString(d.getDayOfMonth())).orElse(""));
        for (String side : List.of("source", "target")) {
            String code = r.str(side + "_code");
            ActorCodeParts p = ActorCodeParts.of(code);
            v.add(code);
            v.add(code.isEmpty() ? "" : p.root());
            List<String> rest = new ArrayList<>(p.types());
            rest.remove(p.root());
            v.add(rest.isEmpty() ? "" : rest.get(0));
            v.add(rest.size() > 1 ? String.join("", rest.subList(1, rest.size())) : "");
        }
        v.add(r.str("cameo_code"));
        v.add(r.str("root_code"));
        v.add(Integer.toString(pentaClass(r.str("root_code"))));
        v.add(number(r.rs.getDouble("goldstein")));
        List<String> issues = r.list("issues");
        v.add(issues.isEmpty() ? "" : String.join(";", issues.stream().map(i -> i + ",1").toList()));
        v.add(r.str("lat"));
        v.add(r.str("lon"));
        v.add(r.str("place_name"));
        v.add(r.str("admin1"));
        v.add(r.str("country_code"));
        v.add(r.str("article_id") + "_" + (r.rs.getInt("sentence_index") + 1));
        v.add(!r.str("url").isEmpty() ? r.str("url") : r.str("doc_id"));
        v.add(r.str("publisher"));
        return v;
    }

    /** Phoenix's PentaClass: 0 for roots 01–02 (statements and appeals), then GDELT's QuadClass groups 1–4. */
    static int pentaClass(String root) {
        int r = Integer.parseInt(root);
        return r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }

    private static void plover(JsonGenerator json, Row r) throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("id", r.str("article_id") + "-" + r.str("event_id"));
        nullable(json, "date", r.date("event_date").map(LocalDate::toString).orElse(""));
        json.writeStringField("event_type", r.str("plover_type"));
        nullable(json, "mode", r.str("plover_mode"));
        json.writeArrayFieldStart("context");
        if (!r.str("plover_context").isEmpty()) {
            json.writeString(r.str("plover_context"));
        }
        json.writeEndArray();
        for (String side : List.of("source", "target")) {
            String field = side.equals("source") ? "actor" : "recipient";
            String code = r.str(side + "_code");
            nullable(json, field, r.str(side + "_name"));
            nullable(json, field + "_code", code);
            nullable(json, field + "_country", code.isEmpty() ? "" : ActorCodeParts.of(code).country().orElse(""));
        }
        json.writeStringField("cameo_code", r.str("cameo_code"));
        json.writeNumberField("goldstein", r.rs.getDouble("goldstein"));
        json.writeNumberField("quad_class", r.rs.getInt("quad_class"));
        json.writeObjectFieldStart("location");
        nullable(json, "placename", r.str("place_name"));
        json.writeFieldName("geonames_id");
        Object geonames = r.rs.getObject("geonames_id");
        if (geonames == null) {
            json.writeNull();
        } else {
            json.writeNumber(((Number) geonames).longValue());
        }
        nullable(json, "country", r.str("country_code"));
        nullable(json, "admin1", r.str("admin1"));
        for (String c : List.of("lat", "lon")) {
            json.writeFieldName(c);
            Object value = r.rs.getObject(c);
            if (value == null) {
                json.writeNull();
            } else {
                json.writeNumber(((Number) value).doubleValue());
            }
        }
        json.writeEndObject();
        json.writeStringField("event_text", r.str("sentence"));
        json.writeStringField("story_id", r.str("article_id"));
        json.writeStringField("doc_id", r.str("doc_id"));
        nullable(json, "publisher", r.str("publisher"));
        nullable(json, "url", r.str("url"));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void nullable(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }

    /** Typed access to one row of {@link #EVENTS_QUERY}. */
    private static final class Row {
        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        /** The value as text, "" for NULL. */
        String str(String column) throws SQLException {
            Object o = rs.getObject(column);
            return o == null ? "" : o.toString();
        }

        Optional<LocalDate> date(String column) throws SQLException {
            Object o = rs.getObject(column);
            return o == null ? Optional.empty() : Optional.of(LocalDate.parse(o.toString().substring(0, 10)));
        }

        List<String> list(String column) throws SQLException {
            Array array = rs.getArray(column);
            List<String> out = new ArrayList<>();
            if (array != null) {
                for (Object o : (Object[]) array.getArray()) {
                    out.add(String.valueOf(o));
                }
            }
            return out;
        }
    }
}
