package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.tokenize.OpenNlpModels;

/**
 * Fuzz target (issue 11): the whole production chain ({@link StandardPipeline}, bundled dictionaries and gazetteer,
 * loaded once) on any text. Every stage runs without throwing, and every event it codes lies inside the text, has
 * its verb inside its sentence, a code of the CAMEO table and at least one side.
 */
class StandardPipelineFuzzTest {
    private static final Dictionaries DICTIONARIES = Dictionaries.bundled(new DictionaryReport());
    private static final Pipeline PIPELINE = StandardPipeline.create(DICTIONARIES, OpenNlpModels.load());

    @FuzzTest(maxDuration = "30s")
    void codesWithoutThrowing(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Document doc = PIPELINE.process(Article.ofText("fuzz", text, LocalDate.of(2017, 11, 10)));
        for (Event e : doc.events()) {
            assertThat(e.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(e.span().contains(e.verb())).isTrue();
            assertThat(DICTIONARIES.cameo().contains(e.code().value())).isTrue();
            assertThat(e.source().isPresent() || e.target().isPresent()).isTrue();
        }
    }
}
