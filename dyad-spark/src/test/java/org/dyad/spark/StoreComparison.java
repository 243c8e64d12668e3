package org.dyad.spark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.StoreTable;

/**
 * Compares a table of a DuckDB store written by {@code dyad ingest} with the Parquet directory the Spark job wrote
 * for it, row by row over every column the job writes, with DuckDB ({@code EXCEPT ALL} both ways: NULLs compare
 * equal, doubles exactly).
 */
final class StoreComparison {

    /**
     * @param storeRows rows of the store's table
     * @param sparkRows rows of the job's Parquet table
     * @param onlyStore up to 5 rows (as text) the store has and the job does not
     * @param onlySpark up to 5 rows the job has and the store does not
     */
    record Result(long storeRows, long sparkRows, List<String> onlyStore, List<String> onlySpark) {
    }

    private StoreComparison() {
    }

    static Result compare(Path db, StoreTable table, Path parquetDir) throws SQLException {
        String columns = String.join(", ", table.columns());
        String store = "SELECT " + columns + " FROM " + table.sqlName();
        String spark = "SELECT " + columns + " FROM read_parquet('" + parquetDir.resolve("*.parquet") + "')";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement st = c.createStatement()) {
            return new Result(count(st, store), count(st, spark),
                    rows(st, "(" + store + ") EXCEPT ALL (" + spark + ") LIMIT 5"),
                    rows(st, "(" + spark + ") EXCEPT ALL (" + store + ") LIMIT 5"));
        }
    }

    private static long count(Statement st, String query) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> rows(Statement st, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
