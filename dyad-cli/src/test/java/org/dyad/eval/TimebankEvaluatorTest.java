package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.document.Span;
import org.dyad.time.Anchor;
import org.dyad.time.Granularity;
import org.dyad.time.Timex;
import org.dyad.time.TimexType;
import org.junit.jupiter.api.Test;

/** Issue 4: the TimeBank score is also given apart for each part of the corpus (TimeBank, AQUAINT). */
class TimebankEvaluatorTest {

    @Test
    void scoresEachPartOfTheCorpusApart() {
        LocalDate dct = LocalDate.of(2017, 11, 10);
        TimeMlDocument news = new TimeMlDocument("corpus/TimeBank/a.tml", "Talks ended Thursday.", dct,
                List.of(new TimeMlDocument.Gold(12, 20, "DATE", "2017-11-09")));
        TimeMlDocument wire = new TimeMlDocument("corpus/AQUAINT/b.tml", "Rain fell Monday.", dct,
                List.of(new TimeMlDocument.Gold(10, 16, "DATE", "2017-11-06")));
        // the TimeBank document is tagged right; the AQUAINT one gets the wrong Monday
        TimebankEvaluator.Result r = new TimebankEvaluator(d -> d == news
                ? List.of(day(12, 20, "2017-11-09")) : List.of(day(10, 16, "2017-11-13")))
                .evaluate(List.of(news, wire));
        assertThat(r.score()).isEqualTo(new TimexScore(2, 2, 2, 2, 1, 2));
        assertThat(r.subsets()).isEqualTo(Map.of("TimeBank", new TimexScore(1, 1, 1, 1, 1, 1),
                "AQUAINT", new TimexScore(1, 1, 1, 1, 0, 1)));
        assertThat(TimebankReport.renderSubsets(r.subsets()))
                .contains("AQUAINT                     1      1     100.0     100.0       0.0")
                .contains("TimeBank                    1      1     100.0     100.0     100.0");
        assertThat(TimebankEvaluator.subset("x.tml")).isEmpty();
    }

    private static Timex day(int start, int end, String value) {
        return new Timex(new Span(start, end), TimexType.DATE, value, Granularity.DAY, Anchor.DOCUMENT_TIME);
    }
}
