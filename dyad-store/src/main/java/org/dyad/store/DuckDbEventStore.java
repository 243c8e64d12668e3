package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@link EventStore} in an embedded DuckDB file (schema: resource {@code org/dyad/store/schema.sql},
 * documented in {@code docs/store-schema.md}). One instance holds one JDBC connection and is used from one thread.
 *
 * <p>Crash safety comes from DuckDB's write-ahead log: each article is one committed transaction, and a process
 * killed at any point leaves, when the file is opened again, exactly the articles whose transactions committed.
 */
public final class DuckDbEventStore implements EventStore {
    /** Rows per multi-row INSERT. */
    private static final int CHUNK = 128;
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Path file;
    private final Connection connection;
    private final Map<StoreTable, PreparedStatement> inserts = new EnumMap<>(StoreTable.class);
    private PreparedStatement exists;
    private PreparedStatement insertError;

    private DuckDbEventStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) a store for writing and brings its schema up to date.
     *
     * @param file the DuckDB database file, e.g. {@code dyad.duckdb}
     * @throws StoreException when the file cannot be opened (not a DuckDB file, locked by another process)
     */
    public static DuckDbEventStore open(Path file) {
        DuckDbEventStore store = new DuckDbEventStore(file, connect(file, false));
        store.createSchema();
        return store;
    }

    /**
     * Opens an existing store for reading only (queries and exports); several readers may share the file.
     *
     * @throws StoreException when the file does not exist or cannot be opened
     */
    public static DuckDbEventStore openReadOnly(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new StoreException("no store at " + file + "; run `dyad ingest` first or give --db",
                    new java.nio.file.NoSuchFileException(file.toString()));
        }
        return new DuckDbEventStore(file, connect(file, true));
    }

    private static Connection connect(Path file, boolean readOnly) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Properties props = new Properties();
            if (readOnly) {
                props.setProperty("duckdb.read_only", "true");
            }
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException | ClassNotFoundException e) {
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** The statements of the schema resource, in order. */
    static List<String> schemaStatements() {
        try (InputStream in = DuckDbEventStore.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the dyad-store jar");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String part : sql.split(";\\s*\\n")) {
                String stripped = part.lines().filter(l -> !l.strip().startsWith("--"))
                        .reduce("", (a, b) -> a + b + "\n").strip();
                if (!stripped.isEmpty()) {
                    out.add(part.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema.sql: " + e.getMessage(), e);
        }
    }

    private void createSchema() {
        try (Statement st = connection.createStatement()) {
            for (String statement : schemaStatements()) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot create the schema in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC connection, for queries and exports; statements run on it see the committed rows. */
    public Connection connection() {
        return connection;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    @Override
    public Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT article_id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new StoreException("cannot read article ids from " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean write(DocumentRows rows) {
        return write(List.of(rows)).get(0);
    }

    @Override
    public List<Boolean> write(List<DocumentRows> batch) {
        List<Boolean> added = new ArrayList<>(batch.size());
        try {
            connection.setAutoCommit(false);
            try {
                if (exists == null) {
                    exists = connection.prepareStatement("SELECT 1 FROM articles WHERE article_id = ?");
                }
                Set<String> inBatch = new HashSet<>();
                List<DocumentRows> fresh = new ArrayList<>();
                for (DocumentRows rows : batch) {
                    exists.setString(1, rows.articleId());
                    boolean there;
                    try (ResultSet rs = exists.executeQuery()) {
                        there = rs.next();
                    }
                    boolean add = !there && inBatch.add(rows.articleId());
                    added.add(add);
                    if (add) {
                        fresh.add(rows);
                    }
                }
                for (StoreTable table : StoreTable.values()) {
                    List<Object[]> tableRows = new ArrayList<>();
                    for (DocumentRows rows : fresh) {
                        tableRows.addAll(rows.rows(table));
                    }
                    insert(table, tableRows);
                }
                connection.commit();
                return added;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store " + batch.size() + (batch.size() == 1 ? " article (" : " articles (")
                    + batch.get(0).articleId() + (batch.size() == 1 ? "" : "…") + ") in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Inserts rows with multi-row VALUES statements of up to {@link #CHUNK} rows (one native call each). */
    private void insert(StoreTable table, List<Object[]> rows) throws SQLException {
        int width = table.columns().size();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int n = Math.min(CHUNK, rows.size() - from);
            PreparedStatement st = n == CHUNK ? inserts.get(table) : null;
            boolean cached = st != null || n == CHUNK;
            if (st == null) {
                st = connection.prepareStatement(table.insertSql(n));
                if (n == CHUNK) {
                    inserts.put(table, st);
                }
            }
            try {
                for (int r = 0; r < n; r++) {
                    bind(st, rows.get(from + r), r * width);
                }
                st.execute();
            } finally {
                if (!cached) {
                    st.close();
                }
            }
        }
    }

    private void bind(PreparedStatement st, Object[] row, int offset) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            if (value instanceof String[] strings) {
                Array array = connection.createArrayOf("VARCHAR", strings);
                st.setArray(offset + i + 1, array);
            } else if (value instanceof Long[] longs) {
                Array array = connection.createArrayOf("BIGINT", longs);
                st.setArray(offset + i + 1, array);
            } else {
                st.setObject(offset + i + 1, value);
            }
        }
    }

    @Override
    public boolean writeError(StoredError error) {
        try {
            if (insertError == null) {
                insertError = connection.prepareStatement("INSERT INTO errors (error_id, file, line, stage, reason) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
            }
            insertError.setString(1, error.errorId());
            insertError.setString(2, error.file());
            insertError.setObject(3, error.line().orElse(null));
            insertError.setString(4, error.stage());
            insertError.setString(5, error.reason());
            return insertError.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new StoreException("cannot record an error in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<NearDuplicateFinder.Duplicate> markNearDuplicates() {
        try {
            List<NearDuplicateFinder.Candidate> candidates = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT article_id, coalesce(CAST(doc_date AS VARCHAR), '9999-99-99'), "
                         + "minhash FROM articles")) {
                while (rs.next()) {
                    Object[] values = (Object[]) rs.getArray(3).getArray();
                    long[] signature = new long[values.length];
                    for (int i = 0; i < values.length; i++) {
                        signature[i] = ((Number) values[i]).longValue();
                    }
                    candidates.add(new NearDuplicateFinder.Candidate(rs.getString(1), rs.getString(2), signature));
                }
            }
            List<NearDuplicateFinder.Duplicate> found;
            try (PreparedStatement body = connection.prepareStatement(
                    "SELECT substring(text, body_start + 1, body_end - body_start) FROM articles WHERE article_id = ?")) {
                found = NearDuplicateFinder.find(candidates, id -> {
                    try {
                        body.setString(1, id);
                        try (ResultSet rs = body.executeQuery()) {
                            rs.next();
                            return MinHasher.shingles(rs.getString(1));
                        }
                    } catch (SQLException e) {
                        throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
                    }
                });
            }
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement();
                 PreparedStatement mark = connection.prepareStatement(
                         "UPDATE articles SET duplicate_of = ?, duplicate_similarity = ? WHERE article_id = ?")) {
                st.execute("UPDATE articles SET duplicate_of = NULL, duplicate_similarity = NULL "
                        + "WHERE duplicate_of IS NOT NULL");
                for (NearDuplicateFinder.Duplicate d : found) {
                    mark.setString(1, d.duplicateOf());
                    mark.setDouble(2, Math.round(d.similarity() * 1e6) / 1e6);
                    mark.setString(3, d.articleId());
                    mark.addBatch();
                }
                if (!found.isEmpty()) {
                    mark.executeBatch();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("cannot mark near-duplicates in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public long count(String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            for (PreparedStatement st : inserts.values()) {
                st.close();
            }
            if (exists != null) {
                exists.close();
            }
            if (insertError != null) {
                insertError.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
        }
    }
}
