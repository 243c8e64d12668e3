package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.document.Span;
import org.dyad.time.Anchor;
import org.dyad.time.Granularity;
import org.dyad.time.Timex;
import org.dyad.time.TimexType;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="TIME" value="2017-11-10T09:30" functionInDocument="CREATION_TIME">Nov 10</TIMEX3></DCT>
            <TEXT>Talks <EVENT eid="e1">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2017-11-09">Thursday</TIMEX3> &amp; resume <TIMEX3 tid="t2" type="DATE" value="2017-W46">next week</TIMEX3>.</TEXT>
            </TimeML>
            """;

    private static TimeMlDocument read(String xml) {
        return TimeMlReader.read("doc.tml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTextGoldOffsetsAndCreationTime() {
        TimeMlDocument doc = read(DOC);
        assertThat(doc.text()).isEqualTo("Talks ended Thursday & resume next week.");
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2017, 11, 10));
        assertThat(doc.timexes()).containsExactly(new TimeMlDocument.Gold(12, 20, "DATE", "2017-11-09"),
                new TimeMlDocument.Gold(30, 39, "DATE", "2017-W46"));
    }

    @Test
    void aDocumentWithoutCreationTimeIsAnError() {
        assertThatThrownBy(() -> read("<TimeML><TEXT>x</TEXT></TimeML>"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("doc.tml").hasMessageContaining("CREATION_TIME");
    }

    @Test
    void scoresStrictRelaxedAndValueMatches() {
        TimeMlDocument doc = read(DOC);
        // "Thursday" exact with the right value; "resume next" overlaps "next week" with a wrong value; one spurious
        List<Timex> found = List.of(
                new Timex(new Span(12, 20), TimexType.DATE, "2017-11-09", Granularity.DAY, Anchor.DOCUMENT_TIME),
                new Timex(new Span(23, 34), TimexType.DATE, "2017-W45", Granularity.WEEK, Anchor.DOCUMENT_TIME),
                new Timex(new Span(0, 5), TimexType.DURATION, "P1D", Granularity.NONE, Anchor.NONE));
        TimexScore s = new TimebankEvaluator(d -> found).evaluate(List.of(doc)).score();
        assertThat(s).isEqualTo(new TimexScore(2, 3, 1, 2, 1, 2));
        assertThat(s.relaxedPrecision()).isEqualTo(2.0 / 3);
        assertThat(s.valueRecall()).isEqualTo(0.5);
        // value P 1/3, R 1/2: F1 = 2 * (1/6) / (5/6) = 0.4
        assertThat(s.valueF1()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Optional.of(TimebankEvaluator.canonical("2000-W07"))).contains("2000-W7");
    }
}
