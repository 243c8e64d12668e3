package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The first day of a TIMEX value's period, as the store keeps it in {@code event_date} and {@code resolved_date}. */
class DocumentRowsTest {
    @Test
    void periodStartOfEachCalendarGranularity() {
        assertThat(DocumentRows.periodStart("2017-11-09")).contains(LocalDate.of(2017, 11, 9));
        assertThat(DocumentRows.periodStart("2017-11-09T14:00")).contains(LocalDate.of(2017, 11, 9));
        assertThat(DocumentRows.periodStart("2017-10")).contains(LocalDate.of(2017, 10, 1));
        assertThat(DocumentRows.periodStart("2017")).contains(LocalDate.of(2017, 1, 1));
        // ISO week 45 of 2017 runs Monday 6 to Sunday 12 November
        assertThat(DocumentRows.periodStart("2017-W45")).contains(LocalDate.of(2017, 11, 6));
    }

    @Test
    void vagueAndUnresolvedValuesHaveNoDate() {
        assertThat(DocumentRows.periodStart("PAST_REF")).isEmpty();
        assertThat(DocumentRows.periodStart("P2D")).isEmpty();
        assertThat(DocumentRows.periodStart("XXXX-XX-XX")).isEmpty();
        assertThat(DocumentRows.periodStart("2017-13")).isEmpty();
    }
}
