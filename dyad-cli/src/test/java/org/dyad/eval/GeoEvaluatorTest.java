package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error listing of {@code dyad eval geo --errors} (issue 5), on a corpus written here. */
class GeoEvaluatorTest {
    @TempDir
    Path dir;

    @Test
    void listsEachToponymResolvedOver161KmOffWithItsBucket() throws IOException {
        // Kabul's gold point is right; Herat's is set on the equator, far from every place named Herat
        Path file = dir.resolve("gwn.xml");
        Files.writeString(file, """
                <?xml version="1.0" ?>
                <articles><article file="0"><title>t</title><link>l</link>
                <text>Rain fell on Kabul and on Herat.</text>
                <toponyms><toponym><extractedName>Kabul</extractedName><type>Literal</type>
                <start>13</start><end>18</end><latitude>34.52813</latitude><longitude>69.17233</longitude></toponym>
                <toponym><extractedName>Herat</extractedName><type>Literal</type><start>26</start><end>31</end>
                <latitude>0.0</latitude><longitude>0.0</longitude></toponym></toponyms>
                </article></articles>
                """, StandardCharsets.UTF_8);
        StringWriter listing = new StringWriter();
        GeoScore score;
        try (PrintWriter out = new PrintWriter(listing)) {
            score = new EvalCoders().forGeo().evaluate(GeoCorpus.read("gwn", file), out);
        }
        assertThat(score.accuracy161()).isEqualTo(0.5);
        String[] lines = listing.toString().split("\n");
        assertThat(lines[0]).startsWith("# article");
        assertThat(lines[1]).startsWith("0\tHerat\tLiteral\t-\t0.000,0.000\tNO_CANDIDATE_NEAR\t");
        assertThat(lines[2]).startsWith("# NO_CANDIDATE_NEAR").contains(" 1 ");
        assertThat(lines).hasSize(3);
    }
}
