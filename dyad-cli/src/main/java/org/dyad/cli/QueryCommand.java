package org.dyad.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.DuckDbEventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad query "SQL"}: runs one SQL statement (DuckDB dialect) on the store, read-only, and prints the result
 * as an aligned table or as CSV (RFC 4180: fields with a comma, quote or line break are quoted, NULL is empty).
 * Exit status 0 when the query ran, 1 when the store cannot be opened or the SQL is wrong (DuckDB's message).
 */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run SQL on the store (read-only) and print the result.")
public final class QueryCommand implements Callable<Integer> {
    /** Longest cell printed in a table, in chars; longer ones end with "…". */
    static final int MAX_CELL = 60;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "table|csv", defaultValue = "table",
            description = "table (aligned, for reading; the default) or csv.")
    private String format = "table";

    @Parameters(index = "0", paramLabel = "SQL", description = "One SQL statement, e.g. \"SELECT cameo_code, "
            + "count(*) FROM events GROUP BY 1 ORDER BY 2 DESC\".")
    private String sql;

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("table") && !format.equalsIgnoreCase("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "'" + format + "' is not a query format; use table or csv");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbEventStore db = DuckDbEventStore.openReadOnly(store.db());
             Statement st = db.connection().createStatement()) {
            boolean rows = st.execute(sql);
            if (!rows) {
                out.println(st.getUpdateCount() + " rows changed");
                out.flush();
                return ErrorPolicy.CODED;
            }
            try (ResultSet rs = st.getResultSet()) {
                ResultSetMetaData meta = rs.getMetaData();
                int n = meta.getColumnCount();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    header.add(meta.getColumnLabel(i));
                }
                List<List<String>> body = new ArrayList<>();
                boolean csv = format.equalsIgnoreCase("csv");
                if (csv) {
                    out.println(csvLine(header));
                }
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v == null ? null : v.toString());
                    }
                    if (csv) {
                        out.println(csvLine(row));
                    } else {
                        body.add(row);
                    }
                }
                if (!csv) {
                    printTable(out, header, body);
                }
            }
            out.flush();
            return ErrorPolicy.CODED;
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (SQLException e) {
            throw new CommandFailedException("the query failed: " + e.getMessage(), e);
        }
    }

    /** One CSV record; NULL is an empty field. */
    static String csvLine(List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = values.get(i);
            if (v == null) {
                continue;
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    private static void printTable(PrintWriter out, List<String> header, List<List<String>> body) {
        int n = header.size();
        int[] width = new int[n];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> row : body) {
            List<String> cells = new ArrayList<>(n);
            for (String v : row) {
                String cell = v == null ? "NULL" : v.replaceAll("[\\t\\r\\n]+", " ");
                cells.add(cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL - 1) + "…" : cell);
            }
            all.add(cells);
        }
        for (List<String> row : all) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (int r = 0; r < all.size(); r++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    b.append(" | ");
                }
                String cell = all.get(r).get(i);
                b.append(cell).append(" ".repeat(width[i] - cell.length()));
            }
            out.println(b.toString().stripTrailing());
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        rule.append("-+-");
                    }
                    rule.append("-".repeat(width[i]));
                }
                out.println(rule);
            }
        }
        out.println("(" + body.size() + (body.size() == 1 ? " row)" : " rows)"));
    }
}
