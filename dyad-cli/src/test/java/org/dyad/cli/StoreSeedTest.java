package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article ingested with the production pipeline: every layer reaches its table, as the gold file says
 * (the Kabul attack dated 2017-11-07 and located at GeoNames 1138958; Pakistan's denial linked to NATO's claim).
 */
class StoreSeedTest {
    @TempDir
    Path dir;

    private static List<String> rows(Path db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (DuckDbEventStore store = DuckDbEventStore.openReadOnly(db);
             Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(rs.getString(i));
                }
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    @Test
    void theSeedsEventsTimesPlacesQuotesAndClaimsAreStored() throws SQLException {
        Path db = dir.resolve("seed.duckdb");
        Path seed = Path.of(System.getProperty("dyad.shared", "../../shared"), "seeds", "nato-pakistan-cooperation.txt");
        IngestCommandTest.Run run = IngestCommandTest.run(new PipelineFactory()::create,
                new IngestCommand(new PipelineFactory()::create), "--db", db.toString(), "--date", "2017-11-10",
                "--progress", "none", seed.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(rows(db, "select event_date, date_granularity, date_source, geonames_id, place_role from events"
                + " where cameo_code = '190'")).containsExactly("2017-11-07|day|clause|1138958|clause");
        // "the alliance would like…" is NATO by coreference; "He praised…" is the secretary general who spoke
        assertThat(rows(db, "select source_code, source_role, source_resolved_by from events where cameo_code = '020'"))
                .containsExactly("IGOWSTNAT|null|coreference");
        assertThat(rows(db, "select distinct source_role, source_resolved_by from events where cameo_code = '051'"))
                .containsExactly("Secretary General|coreference");
        assertThat(rows(db, "select speaker_code, utterance_time from quotes where direct"))
                .containsExactly("PAKMIL|2017-10");
        assertThat(rows(db, "select c2.speaker_code from claims c join claims c2 on c.contradicts = c2.claim_id"
                + " where c.stance = 'denies'")).isNotEmpty().allMatch(code -> code.equals("IGOWSTNAT"));
        assertThat(rows(db, "select count(*) from places where geonames_id = 2800866")).containsExactly("1");
        assertThat(rows(db, "select count(*) from times where value = '2017-10'")).containsExactly("1");
    }
}
