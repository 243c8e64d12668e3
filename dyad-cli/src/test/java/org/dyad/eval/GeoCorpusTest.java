package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the two corpus formats, and the resolution measures, on small files written here. */
class GeoCorpusTest {
    @TempDir
    Path dir;

    @Test
    void readsLglToponymsWithTheirGaztags() throws IOException {
        Path file = dir.resolve("lgl.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="utf-8"?>
                <articles><article docid="7"><title>t</title>
                <text><![CDATA[Floods in Springfield and Shelbyville.]]></text>
                <toponyms>
                <toponym><start>10</start><end>21</end><phrase>Springfield</phrase>
                  <gaztag geonameid="4250542"><name>Springfield</name><fclass>P</fclass><fcode>PPLA</fcode><lat>39.80</lat><lon>-89.64</lon></gaztag></toponym>
                <toponym><start>26</start><end>37</end><phrase>Shelbyville</phrase></toponym>
                </toponyms></article></articles>
                """, StandardCharsets.UTF_8);
        GeoCorpus corpus = GeoCorpus.read("lgl", file);
        assertThat(corpus.articles()).hasSize(1);
        GeoCorpus.Article a = corpus.articles().get(0);
        assertThat(a.id()).isEqualTo("7");
        assertThat(a.toponyms()).hasSize(2);
        assertThat(a.toponyms().get(0).geonameId()).contains(4250542);
        assertThat(a.toponyms().get(0).lat()).contains(39.80);
        assertThat(a.toponyms().get(1).located()).isFalse();
        assertThat(a.toponyms().get(0).type()).isEqualTo("P.PPLA");
        assertThat(a.toponyms().get(1).type()).isEmpty();
    }

    @Test
    void readsGeoWebNewsAndRealignsAnOffsetThatMissesItsName() throws IOException {
        Path file = dir.resolve("gwn.xml");
        Files.writeString(file, """
                <?xml version="1.0" ?>
                <articles><article file="0"><title>t</title><link>l</link>
                <text>Rain fell on Kabul.</text>
                <toponyms><toponym><extractedName>Kabul</extractedName><type>Literal</type>
                <start>14</start><end>19</end><geonamesID>1138958</geonamesID>
                <latitude>34.52813</latitude><longitude>69.17233</longitude></toponym>
                <toponym><extractedName>Herat</extractedName><type>Literal</type><start>0</start><end>5</end>
                <latitude>34.3</latitude><longitude>62.2</longitude></toponym></toponyms>
                </article></articles>
                """, StandardCharsets.UTF_8);
        GeoCorpus corpus = GeoCorpus.read("gwn", file);
        GeoCorpus.Gold kabul = corpus.articles().get(0).toponyms().get(0);
        assertThat(kabul.start()).isEqualTo(13);
        assertThat(kabul.end()).isEqualTo(18);
        assertThat(kabul.type()).isEqualTo("Literal");
        assertThat(corpus.dropped()).isEqualTo(1);   // "Herat" is not in the text
    }

    @Test
    void aMissingFileIsAnInputError() {
        assertThatThrownBy(() -> GeoCorpus.read("gwn", dir.resolve("none.xml")))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("none.xml");
    }

    @Test
    void measuresFollowGrittaEtAl() {
        // errors 0, 100, 200 and an unresolved toponym (20,039 km)
        GeoScore score = new GeoScore("x", 1, new double[] {200, 0, 20039, 100}, 1, 3, 1, 2, 0);
        assertThat(score.accuracy161()).isEqualTo(0.5);
        assertThat(score.meanKm()).isEqualTo((0 + 100 + 200 + 20039) / 4.0);
        assertThat(score.medianKm()).isEqualTo(150);
        // sorted ln(e+1)/ln(20039): 0, 0.4659, 0.5350, 1.0000; trapezoid over 3 equal steps
        double norm = Math.log(20039);
        double[] y = {0, Math.log(101) / norm, Math.log(201) / norm, Math.log(20040) / norm > 1 ? 1 : Math.log(20040) / norm};
        double expected = ((y[0] + y[1]) / 2 + (y[1] + y[2]) / 2 + (y[2] + y[3]) / 2) / 3;
        assertThat(score.aucLogError()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(score.aucLogError()).isCloseTo(0.5004, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.6);
    }
}
