package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatedCodeTest {

    @Test
    void twoDigitYearsFollowTabari() {
        // Phoenix.Countries: Truman's cabinet changes on 450703 (1945); Zahir Shah's entry ends 070723 (2007).
        assertThat(DatedCode.parseDate("450703")).contains(LocalDate.of(1945, 7, 3));
        assertThat(DatedCode.parseDate("070723")).contains(LocalDate.of(2007, 7, 23));
        assertThat(DatedCode.parseDate("300101")).contains(LocalDate.of(2030, 1, 1));
        assertThat(DatedCode.parseDate("310101")).contains(LocalDate.of(1931, 1, 1));
        assertThat(DatedCode.parseDate("18970101")).contains(LocalDate.of(1897, 1, 1));
    }

    @Test
    void rejectsMalformedDates() {
        assertThat(DatedCode.parseDate("9008223")).isEmpty();
        assertThat(DatedCode.parseDate("201005011")).isEmpty();
        assertThat(DatedCode.parseDate("20121340")).isEmpty();
        assertThat(DatedCode.parseDate("19a50101")).isEmpty();
    }

    @Test
    void boundsAreInclusive() {
        DatedCode gov = new DatedCode("USAGOV", Optional.of(LocalDate.of(1945, 7, 3)),
                Optional.of(LocalDate.of(1947, 1, 21)));
        assertThat(gov.appliesOn(LocalDate.of(1945, 7, 3))).isTrue();
        assertThat(gov.appliesOn(LocalDate.of(1947, 1, 21))).isTrue();
        assertThat(gov.appliesOn(LocalDate.of(1945, 7, 2))).isFalse();
        assertThat(gov.appliesOn(LocalDate.of(1947, 1, 22))).isFalse();
        DatedCode before = new DatedCode("HOB", Optional.empty(), Optional.of(LocalDate.of(1995, 6, 1)));
        assertThat(before.appliesOn(LocalDate.of(1200, 1, 1))).isTrue();
        assertThat(before.appliesOn(LocalDate.of(1995, 6, 2))).isFalse();
    }

    @Test
    void refusesBackwardRange() {
        assertThatThrownBy(() -> new DatedCode("X", Optional.of(LocalDate.of(2012, 12, 7)),
                Optional.of(LocalDate.of(2012, 8, 2)))).isInstanceOf(IllegalArgumentException.class);
    }
}
