package org.dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.store.StoreTable;
import org.dyad.store.StoredError;
import org.junit.jupiter.api.Test;

class StoreSchemaTest {
    private final StoreSchema schema = StoreSchema.load();

    @Test
    void eventsHaveTheStoreColumnsInOrderWithTheDdlTypes() {
        StructType events = schema.table("events");
        assertThat(events.fieldNames()).containsExactlyElementsOf(StoreTable.EVENTS.columns());
        assertThat(events.apply("event_id").dataType()).isEqualTo(DataTypes.StringType);
        assertThat(events.apply("event_id").nullable()).isFalse();
        assertThat(events.apply("event_number").dataType()).isEqualTo(DataTypes.LongType);
        assertThat(events.apply("quad_class").dataType()).isEqualTo(DataTypes.ByteType);
        assertThat(events.apply("event_date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(events.apply("event_date").nullable()).isTrue();
        assertThat(events.apply("issues").dataType())
                .isEqualTo(DataTypes.createArrayType(DataTypes.StringType, false));
        assertThat(events.apply("lat").dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(schema.table("quotes").apply("direct").dataType()).isEqualTo(DataTypes.BooleanType);
    }

    @Test
    void primaryKeyColumnsAreNotNullable() {
        // places: PRIMARY KEY (article_id, place_index); name is nullable (an unresolved toponym)
        StructType places = schema.table("places");
        assertThat(places.apply("place_index").nullable()).isFalse();
        assertThat(places.apply("name").nullable()).isTrue();
        assertThat(schema.table(StoreSchema.ERRORS).fieldNames())
                .containsExactly("error_id", "file", "line", "stage", "reason");
        assertThat(schema.table(StoreSchema.ERRORS).apply("error_id").nullable()).isFalse();
    }

    @Test
    void rowsTakeTheStoreValuesNarrowedToTheColumnTypes() {
        Object[] values = new Object[StoreTable.EVENTS.columns().size()];
        int quad = StoreTable.EVENTS.columns().indexOf("quad_class");
        int issues = StoreTable.EVENTS.columns().indexOf("issues");
        int date = StoreTable.EVENTS.columns().indexOf("event_date");
        values[quad] = 4;
        values[issues] = new String[] {"PEACEKEEPERS"};
        values[date] = Date.valueOf("2024-03-05");
        Row row = schema.row(StoreTable.EVENTS, values);
        assertThat(row.get(quad)).isEqualTo((byte) 4);
        assertThat((String[]) row.get(issues)).containsExactly("PEACEKEEPERS");
        assertThat(row.get(date)).isEqualTo(Date.valueOf("2024-03-05"));
    }

    @Test
    void anErrorRowSplitsTheOriginIntoFileAndLine() {
        Row row = schema.errorRow(StoredError.of(new org.dyad.pipeline.Failure("in/a.jsonl:7", "parse", "not JSON")));
        assertThat(row.getString(1)).isEqualTo("in/a.jsonl");
        assertThat(row.getLong(2)).isEqualTo(7L);
        assertThat(row.getString(3)).isEqualTo("parse");
        assertThat(row.getString(0)).hasSize(16);
        assertThat(new StoredError("in/a.jsonl", Optional.of(7L), "parse", "not JSON").errorId())
                .isEqualTo(row.getString(0));
    }

    @Test
    void anUnknownColumnTypeNamesTheMethodToExtend() {
        assertThatThrownBy(() -> StoreSchema.sparkType("HUGEINT")).hasMessageContaining("HUGEINT")
                .hasMessageContaining("StoreSchema.sparkType");
    }
}
