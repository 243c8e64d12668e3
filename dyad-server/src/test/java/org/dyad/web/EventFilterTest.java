package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    private static EventFilter filter(Map<String, String> params) {
        return EventFilter.from(params::get);
    }

    @Test
    void noParametersSelectEverything() {
        EventFilter f = EventFilter.none();
        assertThat(f.where()).isEqualTo("TRUE");
        assertThat(f.parameters()).isEmpty();
    }

    @Test
    void valuesBecomePlaceholdersInColumnOrder() {
        EventFilter f = filter(Map.of("from", "2017-11-01", "to", "2017-11-30", "actor", "pak", "cameo", "19",
                "quad", "4", "country", "af", "place", "Kabul"));
        assertThat(f.where()).isEqualTo("event_date >= ? AND event_date <= ? AND (starts_with(source_code, ?) OR "
                + "starts_with(target_code, ?)) AND starts_with(cameo_code, ?) AND quad_class = ? AND country_code = ?"
                + " AND lower(place_name) = lower(?)");
        assertThat(f.parameters()).containsExactly(Date.valueOf("2017-11-01"), Date.valueOf("2017-11-30"), "PAK",
                "PAK", "19", 4, "AF", "Kabul");
    }

    @Test
    void sqlInTextValuesStaysAValue() {
        String attack = "Kabul' OR '1'='1'; DROP TABLE events; --";
        EventFilter f = filter(Map.of("place", attack));
        assertThat(f.where()).isEqualTo("lower(place_name) = lower(?)").doesNotContain("DROP");
        assertThat(f.parameters()).containsExactly(attack);
    }

    @Test
    void blankValuesCountAsAbsent() {
        assertThat(filter(Map.of("actor", " ", "from", "")).where()).isEqualTo("TRUE");
    }

    @Test
    void wrongFormsAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> filter(Map.of("from", "2017-13-01"))).isInstanceOf(ApiException.class)
                .hasMessage("from: '2017-13-01' is not a date; use YYYY-MM-DD");
        assertThatThrownBy(() -> filter(Map.of("quad", "5"))).hasMessageStartingWith("quad: '5' is not a QuadClass");
        assertThatThrownBy(() -> filter(Map.of("cameo", "19a"))).hasMessageStartingWith("cameo: '19a' is not");
        assertThatThrownBy(() -> filter(Map.of("root", "190"))).hasMessageStartingWith("root: '190' is not");
        assertThatThrownBy(() -> filter(Map.of("country", "AFG"))).hasMessageStartingWith("country: 'AFG' is not");
        assertThatThrownBy(() -> filter(Map.of("from", "2017-11-30", "to", "2017-11-01")))
                .hasMessage("to: 2017-11-01 is before from: 2017-11-30");
        assertThatThrownBy(() -> filter(Map.of("place", "x".repeat(201))))
                .hasMessage("place: the value is 201 characters long; at most 200 are accepted");
        assertThat(((ApiException) org.assertj.core.api.Assertions.catchThrowable(
                () -> filter(Map.of("quad", "0"))))).extracting(ApiException::status).isEqualTo(400);
    }

    @Test
    void pagingIsBounded() {
        assertThat(Paging.from(Map.of("limit", "10", "offset", "20")::get, 50)).isEqualTo(new Paging(10, 20));
        assertThat(Paging.from(name -> null, 50)).isEqualTo(new Paging(50, 0));
        assertThatThrownBy(() -> Paging.from(Map.of("limit", "501")::get, 50))
                .hasMessage("limit: 501 is out of range; use 1 to 500");
        assertThatThrownBy(() -> Paging.from(Map.of("offset", "-1")::get, 50))
                .hasMessageStartingWith("offset: -1 is out of range");
        assertThatThrownBy(() -> Paging.from(Map.of("limit", "ten")::get, 50))
                .hasMessage("limit: 'ten' is not a whole number");
    }
}
