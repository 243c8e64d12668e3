package org.dyad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.DocumentRows;
import org.dyad.store.StoreTable;
import org.dyad.store.StoredError;

/**
 * The store's tables as Spark schemas, so the job's Parquet files have the columns and types of {@code dyad ingest}'s
 * DuckDB tables (and of {@code dyad export --format parquet}).
 *
 * <p>Column names and order come from {@link StoreTable#columns()} (what {@link DocumentRows} fills); each column's
 * type and nullability come from the store's DDL, the resource {@code org/dyad/store/schema.sql} of dyad-store, so
 * the two cannot drift apart. DuckDB types map to Spark types: VARCHAR → string, INTEGER → int, BIGINT → long,
 * TINYINT → byte, DOUBLE → double, BOOLEAN → boolean, DATE → date, {@code T[]} → array of T; a column declared
 * {@code NOT NULL} (or part of the primary key) is not nullable.
 */
public final class StoreSchema implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The DDL resource of dyad-store. */
    static final String DDL = "/org/dyad/store/schema.sql";

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE IF NOT EXISTS (\\w+) \\(");
    private static final Pattern COLUMN = Pattern.compile("\\s+(\\w+)\\s+([A-Z]+(?:\\[\\])?)([^-]*)(?:--.*)?");
    private static final Pattern PRIMARY_KEY = Pattern.compile("\\s+PRIMARY KEY \\(([^)]*)\\).*");

    /** The store's errors table: one row per input that could not be read or coded. */
    public static final String ERRORS = "errors";

    private static final List<String> ERROR_COLUMNS = List.of("error_id", "file", "line", "stage", "reason");

    private final Map<String, StructType> tables;

    private StoreSchema(Map<String, StructType> tables) {
        this.tables = tables;
    }

    /**
     * Reads the store's DDL from the class path.
     *
     * @throws IllegalStateException when the DDL is missing or lacks a column that {@link StoreTable} names (a
     *                               build error: dyad-store's test checks the two agree)
     */
    public static StoreSchema load() {
        String ddl;
        try (InputStream in = StoreSchema.class.getResourceAsStream(DDL)) {
            if (in == null) {
                throw new IllegalStateException("the store's DDL " + DDL + " is not on the class path; put "
                        + "dyad-store's jar on it");
            }
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DDL, e);
        }
        return parse(ddl);
    }

    /** Builds the schemas from DDL text in the form of {@code schema.sql}. */
    static StoreSchema parse(String ddl) {
        Map<String, Map<String, StructField>> declared = new HashMap<>();
        Map<String, StructField> current = null;
        for (String line : ddl.split("\n")) {
            Matcher table = TABLE.matcher(line);
            if (table.matches()) {
                current = new HashMap<>();
                declared.put(table.group(1), current);
                continue;
            }
            if (current == null) {
                continue;
            }
            if (line.startsWith(")")) {
                current = null;
                continue;
            }
            Matcher key = PRIMARY_KEY.matcher(line);
            if (key.matches()) {
                for (String column : key.group(1).split(",")) {
                    StructField f = current.get(column.strip());
                    current.put(f.name(), new StructField(f.name(), f.dataType(), false, f.metadata()));
                }
                continue;
            }
            Matcher column = COLUMN.matcher(line);
            if (column.matches()) {
                String rest = column.group(3).toUpperCase(Locale.ROOT);
                boolean notNull = rest.contains("NOT NULL") || rest.contains("PRIMARY KEY");
                current.put(column.group(1), DataTypes.createStructField(column.group(1),
                        sparkType(column.group(2)), !notNull));
            }
        }
        Map<String, StructType> tables = new HashMap<>();
        for (StoreTable t : StoreTable.values()) {
            tables.put(t.sqlName(), struct(declared, t.sqlName(), t.columns()));
        }
        tables.put(ERRORS, struct(declared, ERRORS, ERROR_COLUMNS));
        return new StoreSchema(tables);
    }

    private static StructType struct(Map<String, Map<String, StructField>> declared, String table,
                                     List<String> columns) {
        Map<String, StructField> fields = declared.get(table);
        if (fields == null) {
            throw new IllegalStateException("the store's DDL has no table " + table);
        }
        List<StructField> ordered = new ArrayList<>();
        for (String c : columns) {
            StructField f = fields.get(c);
            if (f == null) {
                throw new IllegalStateException("the store's DDL has no column " + table + "." + c);
            }
            ordered.add(f);
        }
        return DataTypes.createStructType(ordered);
    }

    /** The Spark type of a DuckDB column type as the DDL writes it. */
    static DataType sparkType(String duckDbType) {
        if (duckDbType.endsWith("[]")) {
            return DataTypes.createArrayType(sparkType(duckDbType.substring(0, duckDbType.length() - 2)), false);
        }
        return switch (duckDbType) {
            case "VARCHAR" -> DataTypes.StringType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "TINYINT" -> DataTypes.ByteType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "DATE" -> DataTypes.DateType;
            default -> throw new IllegalStateException("no Spark type for the store's column type " + duckDbType
                    + "; add it to StoreSchema.sparkType");
        };
    }

    /** The schema of a store table ({@link StoreTable#sqlName()} or {@link #ERRORS}). */
    public StructType table(String sqlName) {
        StructType t = tables.get(sqlName);
        if (t == null) {
            throw new IllegalArgumentException("no store table " + sqlName);
        }
        return t;
    }

    /**
     * One row of {@link DocumentRows#rows(StoreTable)} as a Spark row of {@link #table(String)}: the same values,
     * with integers widened or narrowed to the store's column type (TINYINT, BIGINT); arrays
     * stay Java arrays, which Spark's row encoder reads.
     */
    public Row row(StoreTable table, Object[] values) {
        return convert(table(table.sqlName()), values);
    }

    /** A failure as a row of the store's errors table (error_id, file, line, stage, reason). */
    public Row errorRow(StoredError error) {
        return convert(table(ERRORS), new Object[] {error.errorId(), error.file(), error.line().orElse(null),
                error.stage(), error.reason()});
    }

    private static Row convert(StructType schema, Object[] values) {
        StructField[] fields = schema.fields();
        if (values.length != fields.length) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + fields.length
                    + " columns");
        }
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            DataType type = fields[i].dataType();
            if (v instanceof Number n && type.equals(DataTypes.ByteType)) {
                out[i] = n.byteValue();
            } else if (v instanceof Number n && type.equals(DataTypes.LongType)) {
                out[i] = n.longValue();
            } else {
                out[i] = v;
            }
        }
        return RowFactory.create(out);
    }
}
