package org.dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A smoke run of the throughput runner on a three-line corpus: it must finish and print its figures. */
class ThroughputTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            List<String> lines = out.lines().toList();
            return new ObjectMapper().readTree(lines.get(lines.size() - 1));
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Throughput.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void timesTheFullPipelineAndTheBaselineOnATinyCorpus() throws Exception {
        Path corpus = dir.resolve("tiny.jsonl");
        Files.writeString(corpus, """
                {"id": "a", "date": "2024-03-05", "text": "Arnor troops attacked Gondor on Monday."}
                not json
                {"id": "b", "date": "2024-03-05", "text": "The President of France met the Prime Minister of Japan."}
                """);

        Run run = run(corpus.toString(), "--warmup", "1");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("tokens/s", "full/baseline");
        JsonNode json = run.json();
        assertThat(json.get("articles").asInt()).isEqualTo(2);
        assertThat(json.get("unreadable").asInt()).isEqualTo(1);
        assertThat(json.get("warmup_articles").asInt()).isEqualTo(1);
        assertThat(json.at("/full/sentences").asInt()).isEqualTo(2);
        assertThat(json.at("/full/failures").asInt()).isZero();
        assertThat(json.at("/baseline/tokens").asInt()).isEqualTo(json.at("/full/tokens").asInt()).isPositive();
        assertThat(json.at("/full/slowest")).hasSize(2);
    }

    @Test
    void theBaselineIsOnUnlessNoBaselineIsGiven() {
        assertThat(baselineOption()).isTrue();
        assertThat(baselineOption("--baseline")).isTrue();
        assertThat(baselineOption("--no-baseline")).isFalse();
    }

    private static boolean baselineOption(String... args) {
        CommandLine commandLine = Throughput.commandLine();
        commandLine.parseArgs(args);
        return commandLine.getCommandSpec().findOption("--baseline").getValue();
    }

    @Test
    void aMissingCorpusIsOneLineAndStatusOne() {
        Run run = run(dir.resolve("absent.jsonl.gz").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("dyad: no corpus at").doesNotContain("Exception");
    }
}
