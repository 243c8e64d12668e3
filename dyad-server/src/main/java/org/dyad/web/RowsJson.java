package org.dyad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Store rows as JSON: one object per row, keyed by column name, SQL NULL as JSON null, dates as ISO strings, lists
 * as arrays. Used both for rows read from DuckDB and for the rows {@link org.dyad.store.DocumentRows} gives a freshly
 * coded document, so a stored article and a pasted one have the same JSON shape.
 */
final class RowsJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Columns never sent: the MinHash signature is internal to near-duplicate marking. */
    static final Set<String> HIDDEN = Set.of("minhash");

    private RowsJson() {
    }

    /** Binds the values to the statement's placeholders, in order. */
    static void bind(PreparedStatement st, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            st.setObject(i + 1, values.get(i));
        }
    }

    /** Every row of a result set. */
    static ArrayNode all(ResultSet rs) throws SQLException {
        ArrayNode out = NODES.arrayNode();
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
            out.add(row(rs, meta));
        }
        return out;
    }

    /** The current row. */
    static ObjectNode row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
        ObjectNode o = NODES.objectNode();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            if (!HIDDEN.contains(name)) {
                put(o, name, rs.getObject(i));
            }
        }
        return o;
    }

    /** One row given as values in column order. */
    static ObjectNode row(List<String> columns, Object[] values) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < columns.size(); i++) {
            if (!HIDDEN.contains(columns.get(i))) {
                put(o, columns.get(i), values[i]);
            }
        }
        return o;
    }

    /** Puts one value by its Java type. */
    static void put(ObjectNode o, String name, Object v) throws IllegalArgumentException {
        if (v == null) {
            o.putNull(name);
        } else if (v instanceof String s) {
            o.put(name, s);
        } else if (v instanceof Boolean b) {
            o.put(name, b);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            o.put(name, ((Number) v).intValue());
        } else if (v instanceof Long l) {
            o.put(name, l);
        } else if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isFinite(d)) {
                o.put(name, d);
            } else {
                o.putNull(name);
            }
        } else if (v instanceof BigDecimal d) {
            o.put(name, d);
        } else if (v instanceof BigInteger d) {
            o.put(name, d);
        } else if (v instanceof Object[] items) {
            ArrayNode a = o.putArray(name);
            for (Object item : items) {
                a.add(item == null ? null : item.toString());
            }
        } else if (v instanceof Array array) {
            try {
                put(o, name, (Object[]) array.getArray());
            } catch (SQLException e) {
                throw new IllegalArgumentException("cannot read the list in column " + name, e);
            }
        } else {
            // java.sql.Date, LocalDate, timestamps: ISO text
            o.put(name, v.toString());
        }
    }
}
