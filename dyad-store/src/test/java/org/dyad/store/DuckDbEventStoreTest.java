package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbEventStoreTest {
    private static final String LONG = "The two governments met in Nairobi on Monday to discuss the disputed "
            + "maritime border, the fate of refugees in the camps near the frontier, and trade across the "
            + "crossing points that have been closed since the clashes of last year between herding communities.";

    @TempDir
    Path dir;

    @Test
    void storesArticleSentencesMentionsAndEventsOnce() throws SQLException {
        Path db = dir.resolve("t.duckdb");
        DocumentRows rows = DocumentRows.of(Docs.urge("a1", "AFP", LocalDate.of(2024, 3, 5), "Talks failed."));
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            assertThat(store.write(rows)).isTrue();
            assertThat(store.write(rows)).isFalse();
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(db)) {
            assertThat(store.count("articles")).isEqualTo(1);
            assertThat(store.count("sentences")).isEqualTo(2);
            assertThat(store.count("actor_mentions")).isEqualTo(2);
            assertThat(store.count("events")).isEqualTo(1);
            assertThat(store.articleIds()).containsExactly(rows.articleId());
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT source_code, target_code, cameo_code, base_code, root_code, "
                         + "goldstein, quad_class, plover_type, plover_mode, CAST(event_date AS VARCHAR), issues[1], "
                         + "place_name, s.text FROM events JOIN sentences s USING (article_id, sentence_index)")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).containsExactly("KEN", "SOM", "020", "020", "02");
                assertThat(rs.getDouble(6)).isEqualTo(3.0);
                assertThat(rs.getInt(7)).isEqualTo(1);
                assertThat(rs.getString(8)).isEqualTo("REQUEST");
                assertThat(rs.getString(9)).isNull();
                assertThat(rs.getString(10)).isEqualTo("2024-03-05");
                assertThat(rs.getString(11)).isEqualTo("PEACE");
                assertThat(rs.getString(12)).isNull();
                assertThat(rs.getString(13)).isEqualTo("Kenya urged Somalia to resume talks.");
            }
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT sentence_index, text FROM actor_mentions ORDER BY mention_index")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isZero();
                assertThat(rs.getString(2)).isEqualTo("Kenya");
            }
        }
    }

    @Test
    void sameContentFromAnotherFileIsTheSameArticleButAnotherOutletIsNot() {
        String a = DocumentRows.of(Docs.urge("x", "AFP", LocalDate.of(2024, 3, 5), "")).articleId();
        String sameText = DocumentRows.of(Docs.urge("x", "AFP", LocalDate.of(2024, 3, 5), "")).articleId();
        String otherOutlet = DocumentRows.of(Docs.urge("x", "APW", LocalDate.of(2024, 3, 5), "")).articleId();
        assertThat(a).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(sameText).isNotEqualTo(otherOutlet);
    }

    @Test
    void errorsAreRecordedOnceWithFileAndLine() throws SQLException {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("e.duckdb"))) {
            Failure badJson = new Failure("feed.jsonl:17", "parse", "not JSON");
            assertThat(store.writeError(StoredError.of(badJson))).isTrue();
            assertThat(store.writeError(StoredError.of(badJson))).isFalse();
            assertThat(store.writeError(StoredError.of(new Failure("c:\\x.bin", "read", "binary file")))).isTrue();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT file, line, stage, reason FROM errors ORDER BY file DESC")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("feed.jsonl");
                assertThat(rs.getLong(2)).isEqualTo(17);
                assertThat(rs.getString(3)).isEqualTo("parse");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("c:\\x.bin");
                assertThat(rs.getObject(2)).isNull();
            }
        }
    }

    @Test
    void theSameStoryFromTwoOutletsIsMarkedAsADuplicateOfTheEarlierOne() throws SQLException {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("d.duckdb"))) {
            DocumentRows early = DocumentRows.of(Docs.urge("w1", "AFP", LocalDate.of(2024, 3, 5), LONG));
            DocumentRows late = DocumentRows.of(Docs.urge("w2", "APW", LocalDate.of(2024, 3, 6), LONG));
            DocumentRows other = DocumentRows.of(Docs.urge("w3", "APW", LocalDate.of(2024, 3, 6),
                    "Fighting broke out again in the north after the ceasefire collapsed overnight."));
            // stored latest first: the result must not depend on the order
            store.write(other);
            store.write(late);
            store.write(early);
            List<NearDuplicateFinder.Duplicate> found = store.markNearDuplicates();
            assertThat(found).hasSize(1);
            assertThat(store.markNearDuplicates()).isEqualTo(found);
            List<String> marks = new ArrayList<>();
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT article_id, duplicate_of, duplicate_similarity FROM articles "
                         + "WHERE duplicate_of IS NOT NULL")) {
                while (rs.next()) {
                    marks.add(rs.getString(1) + "->" + rs.getString(2) + "@" + rs.getDouble(3));
                }
            }
            assertThat(marks).containsExactly(late.articleId() + "->" + early.articleId() + "@1.0");
            assertThat(store.count("events_unique_stories")).isEqualTo(2);
        }
    }

    @Test
    void oneADayViewKeepsOneEventPerDateDyadAndCode() {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("o.duckdb"))) {
            store.write(DocumentRows.of(Docs.urge("s1", "AFP", LocalDate.of(2024, 3, 5), "")));
            store.write(DocumentRows.of(Docs.urge("s2", "APW", LocalDate.of(2024, 3, 5), "")));
            store.write(DocumentRows.of(Docs.urge("s3", "APW", LocalDate.of(2024, 3, 6), "")));
            assertThat(store.count("events")).isEqualTo(3);
            assertThat(store.count("events_one_a_day")).isEqualTo(2);
        }
    }

    @Test
    void everyColumnTheRowsFillExistsInTheSchema() throws SQLException {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("c.duckdb"))) {
            for (StoreTable table : StoreTable.values()) {
                List<String> columns = new ArrayList<>();
                try (Statement st = store.connection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT column_name FROM information_schema.columns "
                             + "WHERE table_name = '" + table.sqlName() + "'")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                assertThat(columns).as(table.sqlName()).containsAll(table.columns());
            }
        }
    }

    @Test
    void aStoreThatIsNotThereIsAnErrorForReaders() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DuckDbEventStore.openReadOnly(dir.resolve("none")))
                .isInstanceOf(StoreException.class).hasMessageContaining("dyad ingest");
    }

}
