package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GumReaderTest {
    /** Two paragraphs, a multi-word token, nested and one-token mentions; sentences written for this test. */
    private static final String CONLLU = String.join("\n",
            "# newdoc id = GUM_news_test",
            "# meta::dateCreated = 2019-04-02",
            "# newpar",
            "# text = Ngozi's team won.",
            "1-2\tNgozi's\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tNgozi\tNgozi\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-organization-new-x-cf1-1-coref(2-person-new-x-cf1-1-coref)",
            "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
            "3\tteam\tteam\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=1)",
            "4\twon\twin\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
            "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
            "",
            "# text = It rained in Kisumu.",
            "1\tIt\tit\tPRON\tPRP\t_\t2\texpl\t_\tEntity=(3-abstract-new-x-cf1-1-sgl)",
            "2\trained\train\tVERB\tVBD\t_\t0\troot\t_\t_",
            "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_",
            "4\tKisumu\tKisumu\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(4-place-new-x-cf1-1-sgl)|SpaceAfter=No",
            "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "",
            "# newpar",
            "# text = She left.",
            "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(2-person-giv-x-cf1-1-coref)",
            "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
            "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
            "");

    @Test
    void rebuildsTheTextWithSentenceAndParagraphBreaks() {
        GumDocument doc = GumReader.parse(CONLLU, "test.conllu");
        assertThat(doc.id()).isEqualTo("GUM_news_test");
        assertThat(doc.date()).contains(LocalDate.of(2019, 4, 2));
        assertThat(doc.text()).isEqualTo("Ngozi's team won.\nIt rained in Kisumu.\n\nShe left.");
    }

    @Test
    void mapsMentionsToCharacterOffsetsAndMarksNamedOnes() {
        GumDocument doc = GumReader.parse(CONLLU, "test.conllu");
        List<String> mentions = doc.entities().stream().map(e -> doc.text().substring(e.span().start(),
                e.span().end()) + "@" + e.span() + " " + e.gumType() + (e.named() ? " named" : "")).toList();
        // in closing order: "Ngozi" closes on its own token, the team on "team"
        assertThat(mentions).containsExactly("Ngozi@0-5 person named", "Ngozi's team@0-12 organization named",
                "It@18-20 abstract", "Kisumu@31-37 place named", "She@40-43 person");
    }

    @Test
    void unbalancedBracketsAreReportedWithTheFile() {
        String broken = "1\tX\tx\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person-new\n";
        assertThatThrownBy(() -> GumReader.parse(broken, "broken.conllu"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("broken.conllu")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> GumReader.parse("1\tX\tx\tPROPN\tNNP\t_\t0\troot\t_\tEntity=7)\n", "b.conllu"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("never opened");
    }

    @Test
    void aMissingArchiveIsAnInputError() {
        assertThatThrownBy(() -> GumReader.read(Path.of("/nonexistent-dyad/gum.tar.gz")))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("not found");
    }

    @Test
    void readsTheSharedArchive() {
        List<GumDocument> docs = GumReader.read(SharedFixture.sharedFile("eval/entities/gum-news.tar.gz"));
        assertThat(docs).hasSize(24);
        // counted independently from the CoNLL-U files: 595 person, 462 organization, 390 place mentions
        // holding a PROPN token
        long named = docs.stream().flatMap(d -> d.entities().stream())
                .filter(e -> e.named() && EntityScore.TYPES.contains(e.type())).count();
        assertThat(named).isEqualTo(1447);
        assertThat(docs.get(0).id()).isEqualTo("GUM_news_afghan");
        assertThat(docs.get(0).date()).contains(LocalDate.of(2017, 7, 18));
    }
}
