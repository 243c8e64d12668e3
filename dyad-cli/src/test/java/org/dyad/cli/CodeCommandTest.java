package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.event.CameoCode;
import org.dyad.event.Event;
import org.dyad.actor.Actor;
import org.dyad.event.Participant;
import org.dyad.event.Plover;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.Stage;
import org.dyad.quote.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CodeCommandTest {

    /** The example article at the repository root, written for Dyad. */
    private static final Path EXAMPLE = Path.of("..", "examples", "ministers-border-talks.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * A fake EventCoder: each paragraph of the body is a sentence; "urged" gives an appeal (020) from the words
     * before it (up to "on Monday") to the next word, "attacked" an assault (190) with no source. A text containing
     * "EXPLODE" makes it throw, as a stage bug would.
     */
    static final class FakeEventCoder implements Stage {
        @Override
        public Document apply(Document doc) {
            String text = doc.text();
            if (text.contains("EXPLODE")) {
                throw new IllegalStateException("cannot read this sentence");
            }
            List<Event> events = new ArrayList<>();
            int bodyStart = doc.article().body().start();
            int urged = text.indexOf("urged", bodyStart);
            if (urged >= 0) {
                Span sentence = paragraph(text, urged, bodyStart);
                int source = sentence.start();
                int onMonday = text.lastIndexOf(" on Monday", urged);
                int sourceEnd = onMonday > source ? onMonday : urged - 1;
                int target = urged + "urged ".length();
                int targetEnd = text.indexOf(' ', target);
                events.add(new Event("urge-" + urged, doc.article().id(), index(text, bodyStart, sentence), sentence,
                        new Span(urged, urged + 5),
                        Optional.of(new Participant(new Span(source, sourceEnd), text.substring(source, sourceEnd),
                                new Actor("IGOEAFIGD", "INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT",
                                        Actor.Resolution.DICTIONARY, "test"))),
                        Optional.of(new Participant(new Span(target, targetEnd), text.substring(target, targetEnd),
                                new Actor("KEN", "KENYA", Actor.Resolution.DICTIONARY, "test"))),
                        new CameoCode("020"), 3.0, Optional.of(new Plover("REQUEST", "", "")), doc.article().date(),
                        "fake.txt:1 - * URGE [020]", List.of()));
            }
            int attacked = text.indexOf("attacked", bodyStart);
            if (attacked >= 0) {
                Span sentence = paragraph(text, attacked, bodyStart);
                events.add(new Event("attack-" + attacked, doc.article().id(), index(text, bodyStart, sentence),
                        sentence, new Span(attacked, attacked + 8), Optional.empty(), Optional.empty(),
                        new CameoCode("190"), -10.0, Optional.of(new Plover("ASSAULT", "", "")), doc.article().date(),
                        "fake.txt:2 - * ATTACK [190]", List.of()));
            }
            return doc.withEvents(events);
        }

        private static Span paragraph(String text, int at, int bodyStart) {
            int start = Math.max(text.lastIndexOf('\n', at) + 1, bodyStart);
            int end = text.indexOf('\n', at);
            return new Span(start, end < 0 ? text.length() : end);
        }

        private static int index(String text, int bodyStart, Span sentence) {
            return text.substring(bodyStart, sentence.start()).split("\n\n", -1).length - 1;
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

    private record Run(int status, String out, String err) {
        List<JsonNode> events() throws IOException {
            return records("event");
        }

        /** The output lines whose {@code record} field is the given kind. */
        List<JsonNode> records(String kind) throws IOException {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    JsonNode node = JSON.readTree(line);
                    if (kind.equals(node.path("record").asText())) {
                        lines.add(node);
                    }
                }
            }
            return lines;
        }
    }

    private static Run run(Function<DictionaryOptions, Pipeline> pipelines, String... args) {
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new CodeCommand(pipelines)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(options -> Pipeline.of(new FakeEventCoder()), args);
    }

    /** Adds one reported statement per article: its first word, as said by nobody (issue 6 output plumbing). */
    static final class FakeQuoteFinder implements Stage {
        @Override
        public Document apply(Document doc) {
            int start = doc.article().body().start();
            int end = doc.text().indexOf(' ', start);
            return doc.withQuotes(List.of(new Quote("q-" + start, new Span(start, end), false, 0, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty())));
        }

        @Override
        public Set<Layer> requires() {
            return Set.of();
        }

        @Override
        public Layer produces() {
            return Layer.QUOTES;
        }
    }

    @Test
    void quoteRecordsFollowTheEventsUnlessOnlyEventsAreAskedFor() throws IOException {
        Function<DictionaryOptions, Pipeline> pipelines = options -> Pipeline.of(new FakeEventCoder(),
                new FakeQuoteFinder());
        Run all = run(pipelines, "--date", "2025-03-03", EXAMPLE.toString());
        assertThat(all.status()).isZero();
        assertThat(all.events()).hasSize(2);
        List<JsonNode> quotes = all.records("quote");
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).get("text").asText()).isEqualTo("The");
        assertThat(quotes.get(0).get("speaker").isNull()).isTrue();
        assertThat(all.out().trim().lines().reduce((a, b) -> b).orElseThrow()).contains("\"record\":\"quote\"");

        Run events = run(pipelines, "--records", "events", "--date", "2025-03-03", EXAMPLE.toString());
        assertThat(events.events()).hasSize(2);
        assertThat(events.records("quote")).isEmpty();

        assertThat(run(pipelines, "--records", "quotes", EXAMPLE.toString()).status()).isEqualTo(2);
    }

    @Test
    void codesTheExampleAndReportsTheBadFileExitingZero() throws IOException {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', 0, 'b'});

        Run run = run("--date", "2025-03-03", EXAMPLE.toString(), bad.toString());

        assertThat(run.status()).isZero();
        List<JsonNode> events = run.events();
        assertThat(events).hasSize(2);
        JsonNode appeal = events.get(0);
        List<String> fields = new ArrayList<>();
        appeal.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("record", "event_id", "doc_id", "sentence_index", "start", "end", "verb_start",
                "verb_end", "source", "target", "cameo_code", "root_code", "goldstein", "quad_class", "plover_type",
                "plover_mode", "plover_context", "date", "date_granularity", "date_source", "date_start", "date_end",
                "sentence", "pattern", "issues", "place_name", "geonames_id", "country_code", "admin1", "lat", "lon",
                "place_role");
        assertThat(appeal.get("doc_id").asText()).isEqualTo("ministers-border-talks.txt");
        assertThat(appeal.get("sentence_index").asInt()).isZero();
        assertThat(appeal.get("start").asInt()).isEqualTo(111);
        assertThat(appeal.get("end").asInt()).isEqualTo(291);
        assertThat(appeal.get("verb_start").asInt()).isEqualTo(168);
        assertThat(appeal.get("verb_end").asInt()).isEqualTo(173);
        assertThat(appeal.get("source").get("text").asText()).isEqualTo("The Intergovernmental Authority on Development");
        assertThat(appeal.get("source").get("start").asInt()).isEqualTo(111);
        assertThat(appeal.get("source").get("end").asInt()).isEqualTo(157);
        assertThat(appeal.get("target").get("code").asText()).isEqualTo("KEN");
        assertThat(appeal.get("target").get("start").asInt()).isEqualTo(174);
        assertThat(appeal.get("cameo_code").asText()).isEqualTo("020");
        assertThat(appeal.get("root_code").asText()).isEqualTo("02");
        assertThat(appeal.get("goldstein").asDouble()).isEqualTo(3.0);
        assertThat(appeal.get("quad_class").asInt()).isEqualTo(1);
        assertThat(appeal.get("plover_type").asText()).isEqualTo("REQUEST");
        assertThat(appeal.get("plover_mode").isNull()).isTrue();
        // the fake coder's pipeline has no EventDater: the event's own date, the document date
        assertThat(appeal.get("date").asText()).isEqualTo("2025-03-03");
        assertThat(appeal.get("date_source").asText()).isEqualTo("document");
        assertThat(appeal.get("date_start").isNull()).isTrue();
        assertThat(appeal.get("sentence").asText()).startsWith("The Intergovernmental Authority").endsWith("communities.");
        assertThat(appeal.get("pattern").asText()).isEqualTo("fake.txt:1 - * URGE [020]");

        JsonNode attack = events.get(1);
        assertThat(attack.get("source").isNull()).isTrue();
        assertThat(attack.get("target").isNull()).isTrue();
        assertThat(attack.get("sentence_index").asInt()).isEqualTo(3);
        assertThat(attack.get("sentence").asText()).startsWith("On Sunday, gunmen attacked");
        assertThat(attack.get("quad_class").asInt()).isEqualTo(4);

        assertThat(run.err().lines()).containsExactly(
                "dyad: " + bad + ": binary file (a NUL byte at offset 1); only text files are read as articles",
                "dyad: 1 article read, 1 coded, 1 failed, 2 events");
    }

    @Test
    void aReaderThatLeavesEarlyStopsTheRunQuietly() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "The bloc on Monday urged Kenya to talk.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "The bloc on Monday urged Kenya again.\n");
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new CodeCommand(options -> Pipeline.of(
                new FakeEventCoder()))));
        java.io.OutputStream gone = new java.io.OutputStream() {    // `dyad code … | head` after head has exited
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(gone));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(a.toString(), b.toString());
        assertThat(status).isZero();
        assertThat(err.toString().lines()).containsExactly("dyad: 1 article read, 1 coded, 0 failed, 1 event");
    }

    @Test
    void exitsOneWhenNothingIsCoded() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": 1}\nnot json\n");
        Run run = run(empty.toString(), feed.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "dyad: " + empty + ": the input is empty; an article needs some text",
                "dyad: " + feed + ":1: missing field \"text\": every record needs the article text",
                "dyad: " + feed + ":2: not valid JSON at column 1: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "dyad: " + dir.resolve("missing.txt") + ": no such file or directory",
                "dyad: 0 articles read, 0 coded, 4 failed, 0 events");
    }

    @Test
    void aStageThatThrowsFailsOneArticleAndTheBatchGoesOn() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\": \"a\", \"text\": \"The envoy urged Kenya to talk.\"}\n"
                        + "{\"id\": \"b\", \"text\": \"EXPLODE here.\"}\n"
                        + "{\"id\": \"c\", \"text\": \"Nothing happened.\"}\n");
        Run run = run(feed.toString());
        assertThat(run.status()).isZero();
        assertThat(run.events()).hasSize(1);
        assertThat(run.err().lines()).containsExactly(
                "dyad: " + feed + ":2: FakeEventCoder failed: cannot read this sentence (IllegalStateException)",
                "dyad: 3 articles read, 2 coded, 1 failed, 1 event");
    }

    @Test
    void aStageThatAlwaysThrowsExitsOne() throws IOException {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"b\", \"text\": \"EXPLODE here.\"}\n");
        assertThat(run(feed.toString()).status()).isEqualTo(1);
    }

    @Test
    void tableFormat() {
        Run run = run("--format", "TABLE", EXAMPLE.toString());
        assertThat(run.status()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("DOC ");
        assertThat(lines.get(1)).startsWith("ministers-border-talks.txt"
                .substring(0, 23) + "…    0 IGOEAFIGD    KEN          020    +3.0    1 REQUEST      -          The Intergovernmental");
    }

    @Test
    void outputFile() throws IOException {
        Path out = dir.resolve("events.jsonl");
        Run run = run("-o", out.toString(), EXAMPLE.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(2);
    }

    @Test
    void unwritableOutputExitsOne() {
        Run run = run("-o", dir.resolve("no/such/dir/out.jsonl").toString(), EXAMPLE.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("dyad: cannot write " + dir.resolve("no/such/dir/out.jsonl")
                + ": no such file or directory");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run().status()).isEqualTo(2);
        Run badDate = run("--date", "2025-13-01", EXAMPLE.toString());
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("'2025-13-01' is not a date; use YYYY-MM-DD");
        assertThat(run("--format", "xml", EXAMPLE.toString()).err()).contains("'xml' is not a format; use json or table");
        Run missingVerbs = run("--verbs", dir.resolve("verbs.txt").toString(), EXAMPLE.toString());
        assertThat(missingVerbs.status()).isEqualTo(2);
        assertThat(missingVerbs.err()).startsWith("code: --verbs: no such file: " + dir.resolve("verbs.txt"));
        assertThat(run("--bogus", EXAMPLE.toString()).status()).isEqualTo(2);
    }

    @Test
    void pipelineThatCannotBeBuiltExitsOneWithoutATrace() {
        Run run = run(options -> {
            throw new IllegalArgumentException("CAMEO.2.0.txt:12: bad code [999]");
        }, EXAMPLE.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("dyad: cannot build the pipeline: CAMEO.2.0.txt:12: bad code [999]"
                + System.lineSeparator());
    }

    @Test
    void pipelineWithoutEventsIsRefused() {
        Stage splitter = new Stage() {
            @Override
            public Document apply(Document doc) {
                return doc.withSentences(List.of());
            }

            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Layer produces() {
                return Layer.SENTENCES;
            }
        };
        Run run = run(options -> Pipeline.of(splitter), EXAMPLE.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no stage produces EVENTS; add EventCoder at its end");
    }

    @Test
    void dictionaryOptionsReachThePipelineFactory() throws IOException {
        Path verbs = Files.writeString(dir.resolve("verbs.txt"), "");
        Path a1 = Files.writeString(dir.resolve("a1.txt"), "");
        Path a2 = Files.writeString(dir.resolve("a2.txt"), "");
        List<DictionaryOptions> seen = new ArrayList<>();
        Run run = run(options -> {
            seen.add(options);
            return Pipeline.of(new FakeEventCoder());
        }, "--verbs", verbs.toString(), "--actors", a1 + "," + a2, EXAMPLE.toString());
        assertThat(run.status()).isZero();
        DictionaryOptions options = seen.get(0);
        assertThat(options.verbs()).contains(verbs);
        assertThat(options.actors()).containsExactly(a1, a2);
        assertThat(options.agents()).isEmpty();
        assertThat(options.discards()).isEmpty();
    }

    @Test
    void directoriesAreReadRecursively() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/one.txt"), "The envoy urged Kenya to talk.");
        Files.writeString(dir.resolve("a.txt"), "Gunmen attacked a post.");
        Run run = run(dir.toString());
        Iterator<String> docs = run.out().lines().map(line -> {
            try {
                return JSON.readTree(line).get("doc_id").asText();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).iterator();
        assertThat(docs).toIterable().containsExactly("a.txt", "b/c/one.txt");
    }
}
