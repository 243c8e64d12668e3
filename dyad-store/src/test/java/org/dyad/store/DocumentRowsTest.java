package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.event.Participant;
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

    /** Issue 11: an event whose code is not in the CAMEO table gets no row; it is returned as an error instead. */
    @Test
    void eventsWithCodesOutsideTheCameoTableGetNoRow() {
        Document doc = Docs.urge("a1", "AFP", LocalDate.of(2024, 3, 14), "");
        Event good = doc.events().get(0);
        Event garbled = new Event("ev-garbled", "a1", 0, good.span(), good.verb(),
                Optional.of(new Participant(new Span(0, 5), "Kenya",
                        new Actor("KENGOVV", "KENYA", Actor.Resolution.DICTIONARY, "x.txt:1"))),
                Optional.empty(), new CameoCode("020"), 3.0, Optional.empty(), Optional.empty(), "x.verbs:1",
                List.of());
        Event unknown = new Event("ev-unknown", "a1", 0, good.span(), good.verb(), good.source(), good.target(),
                new CameoCode("0299"), 3.0, Optional.empty(), Optional.empty(), "x.verbs:2", List.of());
        DocumentRows rows = DocumentRows.of(Document.of(doc.article()).withEvents(List.of(good, garbled, unknown)));
        assertThat(rows.eventCount()).isEqualTo(1);
        assertThat(rows.rows(StoreTable.EVENTS)).hasSize(1);
        assertThat(rows.refused()).extracting(f -> f.origin() + " " + f.stage() + " " + f.message()).containsExactly(
                "a1.jsonl:1 output event ev-garbled not stored: source code 'KENGOVV' is not a CAMEO actor code "
                        + "(upper-case letters and digits in groups of three)",
                "a1.jsonl:1 output event ev-unknown not stored: event code '0299' is not in the CAMEO code table");
    }
}
