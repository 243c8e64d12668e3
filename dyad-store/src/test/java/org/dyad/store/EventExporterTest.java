package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export format is read back by DuckDB, checking the column count and the column types. */
class EventExporterTest {
    @TempDir
    Path dir;

    private DuckDbEventStore store;
    private EventExporter exporter;

    @BeforeEach
    void fill() {
        store = DuckDbEventStore.open(dir.resolve("x.duckdb"));
        store.write(DocumentRows.of(Docs.urge("a1", "AFP", LocalDate.of(2017, 11, 10), "Talks failed.")));
        store.write(DocumentRows.of(Docs.urge("a2", "APW", LocalDate.of(2017, 11, 11), "")));
        exporter = new EventExporter(store.connection(), Dictionaries.bundledCameo(new DictionaryReport()));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        store.close();
    }

    private Path export(ExportFormat format, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            assertThat(exporter.write(format, out)).isEqualTo(2);
        }
        return file;
    }

    /** Column name → DuckDB type of what {@code from} reads. */
    private Map<String, String> describe(String from) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    private List<String> firstRow(String from) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + from)) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(rs.getString(i));
            }
        }
        return values;
    }

    private static String tsv(Path file, boolean header, boolean allVarchar) {
        return "read_csv('" + file + "', delim = '\t', header = " + header + ", quote = '', escape = ''"
                + (allVarchar ? ", all_varchar = true" : "") + ")";
    }

    @Test
    void gdeltHas61TypedColumnsInGdeltOrder() throws Exception {
        Path file = export(ExportFormat.GDELT, "events.gdelt.tsv");
        List<String> types = new ArrayList<>(describe(tsv(file, false, false)).values());
        assertThat(types).hasSize(61);
        assertThat(types.get(0)).isEqualTo("BIGINT");      // GLOBALEVENTID
        assertThat(types.get(1)).isIn("BIGINT", "INTEGER"); // SQLDATE
        assertThat(types.get(4)).isEqualTo("DOUBLE");       // FractionDate
        assertThat(types.get(29)).isIn("BIGINT", "INTEGER"); // QuadClass
        assertThat(types.get(30)).isEqualTo("DOUBLE");      // GoldsteinScale
        List<String> row = firstRow(tsv(file, false, true));
        assertThat(row.get(1)).isEqualTo("20171110");
        assertThat(row.get(2)).isEqualTo("201711");
        assertThat(row.get(3)).isEqualTo("2017");
        assertThat(row.get(4)).isEqualTo("2017.8603"); // 2017 + 314/365
        assertThat(row.subList(5, 8)).containsExactly("KEN", "KENYA", "KEN");
        assertThat(row.subList(15, 18)).containsExactly("SOM", "SOMALIA", "SOM");
        assertThat(row.subList(25, 31)).containsExactly("1", "020", "020", "02", "1", "3.0");
        assertThat(row.subList(31, 34)).containsExactly("1", "1", "1");
        assertThat(row.get(59)).isEqualTo("20171110000000");
        assertThat(row.get(60)).isEqualTo("https://example.org/a1");
    }

    @Test
    void icewsHas20NamedColumns() throws Exception {
        Path file = export(ExportFormat.ICEWS, "events.icews.tsv");
        Map<String, String> types = describe(tsv(file, true, false));
        assertThat(types.keySet()).containsExactlyElementsOf(ExportFormat.ICEWS.columns());
        assertThat(types.get("Event ID")).isEqualTo("BIGINT");
        assertThat(types.get("Event Date")).isEqualTo("DATE");
        assertThat(types.get("Intensity")).isEqualTo("DOUBLE");
        assertThat(types.get("Sentence Number")).isIn("BIGINT", "INTEGER");
        List<String> row = firstRow(tsv(file, true, true));
        assertThat(row.subList(1, 8)).containsExactly("2017-11-10", "KENYA", null, "KEN", "Make an appeal or request",
                "020", "3.0");
        assertThat(row.get(13)).isEqualTo("AFP");
    }

    @Test
    void phoenixHas26Columns() throws Exception {
        Path file = export(ExportFormat.PHOENIX, "events.phoenix.tsv");
        List<String> types = new ArrayList<>(describe(tsv(file, false, false)).values());
        assertThat(types).hasSize(26);
        assertThat(types.get(1)).isIn("BIGINT", "INTEGER"); // Date YYYYMMDD
        assertThat(types.get(16)).isEqualTo("DOUBLE");      // GoldsteinScore
        List<String> row = firstRow(tsv(file, false, true));
        assertThat(row.subList(1, 5)).containsExactly("20171110", "2017", "11", "10");
        assertThat(row.subList(13, 18)).containsExactly("020", "02", "0", "3.0", "PEACE,1");
    }

    @Test
    void ploverJsonLinesHaveTheDocumentedFields() throws Exception {
        Path file = export(ExportFormat.PLOVER, "events.plover.jsonl");
        Map<String, String> types = describe("read_json('" + file + "', format = 'newline_delimited')");
        assertThat(types.keySet()).containsExactlyElementsOf(ExportFormat.PLOVER.columns());
        assertThat(types.get("date")).isEqualTo("DATE");
        assertThat(types.get("goldstein")).isEqualTo("DOUBLE");
        assertThat(types.get("context")).endsWith("[]");
        assertThat(types.get("location")).startsWith("STRUCT(");
        List<String> row = firstRow("read_json('" + file + "', format = 'newline_delimited')");
        assertThat(row.get(2)).isEqualTo("REQUEST");
        assertThat(row.get(5)).isEqualTo("KENYA");
        assertThat(row.get(15)).isEqualTo("Kenya urged Somalia to resume talks.");
    }

    @Test
    void parquetHoldsEveryTableWithItsColumns() throws Exception {
        List<Path> files = exporter.writeParquet(dir.resolve("parquet"));
        assertThat(files).hasSize(EventExporter.TABLES.size());
        for (String table : EventExporter.TABLES) {
            Path file = dir.resolve("parquet").resolve(table + ".parquet");
            assertThat(describe("read_parquet('" + file + "')")).as(table).isEqualTo(describe(table));
        }
        try (Statement st = store.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('"
                     + dir.resolve("parquet").resolve("events.parquet") + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(2);
        }
    }

    @Test
    void actorCodesSplitIntoCountryTypesAndGroup() {
        ActorCodeParts mil = ActorCodeParts.of("PAKMIL");
        assertThat(mil.country()).contains("PAK");
        assertThat(mil.types()).containsExactly("MIL");
        ActorCodeParts nato = ActorCodeParts.of("IGOWSTNAT");
        assertThat(nato.country()).isEmpty();
        assertThat(nato.types()).containsExactly("IGO");
        assertThat(nato.knownGroup()).contains("NAT");
        ActorCodeParts police = ActorCodeParts.of("COP");
        assertThat(police.country()).isEmpty();
        assertThat(police.types()).containsExactly("COP");
    }
}
