package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.tokenize.OpenNlpModels;
import org.junit.jupiter.api.Test;

/** The production chain never throws on odd text, and what it outputs is well formed. */
class StandardPipelineTest {
    private static final Dictionaries DICTIONARIES = Dictionaries.bundled(new DictionaryReport());
    private static final Pipeline PIPELINE = StandardPipeline.create(DICTIONARIES, OpenNlpModels.load());

    private static final List<String> ODD = List.of("", " ", "Attacked.", "Kenya said", "said Kenya", "... !!! ??? ,,,",
            "\"\"\"\"", "Kenya's", "'s 's Kenya's Uganda's attacked's", "( ISAF ) ( ) ( Kenya",
            "The the the alliance alliance the country's's", "- - - Kenya - attacked - Uganda -",
            "Kenya, , , , attacked , , Uganda", "He said. She said. They said. It said.", "Kenya would like",
            "did n't n't not never no Kenya", "Kenya_ _Uganda __ _ attacked_", "\u202EKenya \u0001attacked\u0002 Uganda",
            "Kenya and Uganda and Tanzania and Somalia attacked Niger and Mali.", "1 2 3 4 5 6 7 8 9 10",
            "كينيا هاجمت أوغندا. Kenya attacked Uganda.", "\n\n\nKenya\n\n\nattacked\n\n\nUganda\n\n\n");

    @Test
    void oddTextGivesWellFormedEventsOrNone() {
        for (String text : ODD) {
            assertWellFormed(text);
        }
    }

    @Test
    void randomMixturesOfNewsWordsAndPunctuationNeverBreakIt() {
        String[] pieces = {"Kenya", "Uganda", "NATO", "the", "alliance", "said", "attacked", "did", "n't", "not", "by",
                "was", ",", ".", "\"", "'s", "(", ")", "and", "to", "urged", "he", "Foreign", "Minister", "Jane", "Roe",
                "soldiers", "of", "that", "-", "_", "\n", "\n\n", ":", ";", "who", "would", "like", "ready", "meet"};
        Random random = new Random(20171110L);     // fixed seed: the same texts on every run
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            assertWellFormed(sb.toString());
        }
    }

    private static void assertWellFormed(String text) {
        List<Event> events = new ArrayList<>();
        assertThatCode(() -> {
            Document d = PIPELINE.process(Article.ofText("odd", text, LocalDate.of(2017, 11, 10)));
            events.addAll(d.events());
        }).as("coding %s", text).doesNotThrowAnyException();
        for (Event e : events) {
            assertThat(e.span().end()).as(text).isLessThanOrEqualTo(text.length());
            assertThat(e.span().contains(e.verb())).as(text).isTrue();
            assertThat(DICTIONARIES.cameo().contains(e.code().value())).as(text).isTrue();
            assertThat(e.source().isPresent() || e.target().isPresent()).as(text).isTrue();
        }
    }
}
