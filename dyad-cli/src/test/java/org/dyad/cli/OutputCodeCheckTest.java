package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.event.Participant;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11: an event whose codes are not CAMEO codes (a dictionary typo) is an error line on standard error and
 * never an output line, in both formats; the other events of the article are written.
 */
class OutputCodeCheckTest {
    @TempDir
    Path dir;

    /** Codes "urged" as 020 KEN→UGA and "attacked" with the codes its constructor is given. */
    private record TwoEvents(String badCode, String badActor) implements Stage {
        @Override
        public Document apply(Document doc) {
            String text = doc.text();
            Span sentence = new Span(0, text.length());
            int urged = text.indexOf("urged");
            int attacked = text.indexOf("attacked");
            Event good = new Event("good", doc.article().id(), 0, sentence, new Span(urged, urged + 5),
                    Optional.of(participant(text, "Kenya", "KEN")), Optional.of(participant(text, "Uganda", "UGA")),
                    new CameoCode("020"), 3.0, Optional.empty(), Optional.empty(), "fake.txt:1", List.of());
            Event bad = new Event("bad", doc.article().id(), 0, sentence, new Span(attacked, attacked + 8),
                    Optional.of(participant(text, "Uganda", badActor)), Optional.empty(),
                    new CameoCode(badCode), -10.0, Optional.empty(), Optional.empty(), "fake.txt:2", List.of());
            return doc.withEvents(List.of(good, bad));
        }

        private static Participant participant(String text, String name, String code) {
            int at = text.indexOf(name);
            return new Participant(new Span(at, at + name.length()), name,
                    new Actor(code, name.toUpperCase(), Actor.Resolution.DICTIONARY, "fake.txt:9"));
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Layer produces() {
            return Layer.EVENTS;
        }
    }

    private String[] run(Stage stage, String format) throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Kenya urged Uganda to talk, then Uganda attacked.\n");
        CommandLine cli = ErrorPolicy.applyTo(new CommandLine(new CodeCommand(options -> Pipeline.of(stage))));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(article.toString(), "--format", format, "--records", "events");
        return new String[] {String.valueOf(status), out.toString(), err.toString(), article.toString()};
    }

    @Test
    void anEventCodeOutsideTheCameoTableIsAnErrorNotAnOutputLine() throws Exception {
        String[] r = run(new TwoEvents("209", "UGA"), "json");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines()).hasSize(1);
        assertThat(r[1]).contains("\"event_id\":\"good\"").doesNotContain("\"bad\"").doesNotContain("209");
        assertThat(r[2]).contains("dyad: " + r[3] + ": output failed: event bad not written: event code '209' is "
                + "not in the CAMEO code table");
        assertThat(r[2]).contains("1 event, 1 refused for malformed codes");
    }

    @Test
    void aMalformedActorCodeIsRefusedInTheTableToo() throws Exception {
        String[] r = run(new TwoEvents("190", "UGa"), "table");
        assertThat(r[1]).contains("020").doesNotContain("UGa");
        assertThat(r[2]).contains("event bad not written: source code 'UGa' is not a CAMEO actor code");
    }
}
