package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchReportTest {
    private static final LocalDate DAY = LocalDate.of(2001, 2, 3);

    private static PetrarchScore score() {
        PetrarchRecord good = new PetrarchRecord("G-1", "GOOD", DAY, "Rohan thanked Gondor.",
                List.of(new ExpectedCoding("RHN", "GON", "051")), false, true, 0, false);
        PetrarchRecord bad = new PetrarchRecord("B-1", "BAD", DAY, "Mordor threatened Rohan.",
                List.of(new ExpectedCoding("MOR", "RHN", "138"), new ExpectedCoding("MOR", "GON", "138")), false,
                true, 0, false);                 // require_dyad off: the one-sided ERE coding counts as extra
        SentenceCoder fake = (id, text, date) -> id.equals("G-1")
                ? List.of(new Coding("RHN", "GON", "051"))
                : List.of(new Coding("MOR", "RHN", "130"), new Coding("ERE", "", "010"));
        return new PetrarchEvaluator(fake).evaluate(List.of(good, bad));
    }

    @Test
    void tableHasOneRowPerCategoryAndATotal() {
        String table = PetrarchReport.table("suite test", score());
        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().toList().get(1)).contains("category", "expected", "exact", "partial", "missed",
                "extra", "exact%");
        assertThat(table).containsPattern("GOOD\\s+1\\s+1\\s+1\\s+0\\s+0\\s+0\\s+100\\.0");
        assertThat(table).containsPattern("BAD\\s+1\\s+2\\s+0\\s+1\\s+1\\s+1\\s+0\\.0");
        assertThat(table).containsPattern("ALL\\s+2\\s+3\\s+1\\s+1\\s+1\\s+1\\s+33\\.3");
    }

    @Test
    void detailsListOnlyImperfectRecordsWithLabels() {
        String details = PetrarchReport.details(score());
        assertThat(details).doesNotContain("G-1");
        assertThat(details).contains("B-1 [BAD]", "Mordor threatened Rohan.",
                "partial  expected MOR -> RHN : 138  produced MOR -> RHN : 130",
                "missed   MOR -> GON : 138", "extra    ERE -> - : 010");
    }
}
