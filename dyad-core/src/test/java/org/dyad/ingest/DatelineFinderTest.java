package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {

    private final DatelineFinder finder = new DatelineFinder();

    /** Each row: the text, the dateline text, the agency ('' for none) and the body offset. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "BRUSSELS: NATO met.                         | BRUSSELS                  |         | 10",
        "NAIROBI, Sept 20 (Reuters) - Talks began.   | NAIROBI, Sept 20          | Reuters | 29",
        "WASHINGTON — Talks began.                   | WASHINGTON                |         | 13",
        "WASHINGTON—Talks began.                     | WASHINGTON                |         | 11",
        "WASHINGTON (AP) -- Talks began.             | WASHINGTON                | AP      | 19",
        "LONDON, March 3 (AFP) - Talks began.        | LONDON, March 3           | AFP     | 24",
        "BEIJING, Nov. 14(Xinhua)-- Talks began.     | BEIJING, Nov. 14          | Xinhua  | 27",
        "KUALA LUMPUR, Tuesday - Talks began.        | KUALA LUMPUR, Tuesday     |         | 24",
        "PORT-AU-PRINCE, Haiti (AP) — Talks began.   | PORT-AU-PRINCE, Haiti     | AP      | 29",
        "ST. PETERSBURG, 3 March 2024 - Talks began. | ST. PETERSBURG, 3 March 2024 |      | 31",
        "Nairobi, Sept 20 (Reuters) - Talks began.   | Nairobi, Sept 20          | Reuters | 29",
        "Dar es Salaam (dpa) - Talks began.          | Dar es Salaam             | dpa     | 22",
        "The Hague, Oct. 2 - Talks began.            | The Hague, Oct. 2         |         | 20",
    })
    void findsDatelines(String text, String dateline, String agency, int body) {
        Optional<Dateline> found = finder.find(text, 0);
        assertThat(found).isPresent();
        assertThat(found.get().text()).isEqualTo(dateline);
        assertThat(found.get().agency()).isEqualTo(Optional.ofNullable(agency));
        assertThat(found.get().bodyStart()).isEqualTo(body);
        assertThat(found.get().prefix().start()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Pakistan: a country of many languages.",
        "Washington — the capital — was quiet.",
        "Monday, March 3 - a day to remember.",
        "BREAKING: rebels seize airport.",
        "NATO said on Monday it would help.",
        "The minister (a former general) - who denied it - spoke.",
        "BRUSSELS:",
        "BRUSSELS:   \n  ",
        "Rebels in the north, Sept 20 (Reuters) - clashes.",
        "A NATO-led airstrike killed three fighters.",
        "US-backed forces entered the town.",
        "The African Union (AU) on Wednesday adopted a plan.",
        "WASHINGTON (AP) The report was late.",
        "KAMPALA:the colon needs a space.",
    })
    void ignoresOrdinarySentenceStarts(String text) {
        assertThat(finder.find(text, 0)).isEmpty();
    }

    @Test
    void findsAtAnOffset() {
        String text = "Headline\n\nBRUSSELS: NATO met.";
        assertThat(finder.find(text, 10)).hasValueSatisfying(d -> {
            assertThat(d.prefix().start()).isEqualTo(10);
            assertThat(d.bodyStart()).isEqualTo(20);
        });
    }

    @Test
    void knownDatelineIsSkippedWithItsDateAndAgency() {
        String text = "BEIJING, Nov. 30 (Xinhua)-- Envoys arrived.";
        assertThat(finder.findKnown(text, 0, "BEIJING")).hasValueSatisfying(d -> {
            assertThat(d.text()).isEqualTo("BEIJING");
            assertThat(d.agency()).contains("Xinhua");
            assertThat(d.bodyStart()).isEqualTo(28);
        });
        assertThat(finder.findKnown("Beijing officials said so.", 0, "BEIJING")).isEmpty();
        assertThat(finder.findKnown("BEIJINGER - no.", 0, "BEIJING")).isEmpty();
        assertThat(finder.findKnown("SALVADOR, Feb 26 - Rain fell.", 0, "SALVADOR, Feb 26"))
                .hasValueSatisfying(d -> assertThat(d.bodyStart()).isEqualTo(19));
    }
}
