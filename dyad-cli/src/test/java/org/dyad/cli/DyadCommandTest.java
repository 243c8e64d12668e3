package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DyadCommandTest {

    @Test
    void evalIsASubcommandWithSeedAndPetrarch() {
        CommandLine dyad = new CommandLine(new DyadCommand());
        assertThat(dyad.getSubcommands()).containsKey("eval");
        assertThat(dyad.getSubcommands().get("eval").getSubcommands()).containsKeys("seed", "petrarch");
    }

    private static int run(StringWriter err, String... args) {
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void refusesToWriteTheEventsOverAnInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path article = dir.resolve("a.txt");
        java.nio.file.Files.writeString(article, "Kenya attacked Uganda.");
        StringWriter err = new StringWriter();
        assertThat(run(err, "code", article.toString(), "-o", article.toString())).isEqualTo(ErrorPolicy.USAGE);
        assertThat(err.toString()).contains("is also an input");
        assertThat(java.nio.file.Files.readString(article)).isEqualTo("Kenya attacked Uganda.");
    }

    @Test
    void codeIsASubcommand() {
        assertThat(new CommandLine(new DyadCommand()).getSubcommands()).containsKey("code");
    }

    @Test
    void codeWithoutPathsIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "code")).isEqualTo(ErrorPolicy.USAGE);
        assertThat(err.toString()).startsWith("dyad code: Missing required parameter: 'PATHS'");
    }

    @Test
    void codesTheExampleArticleAsJsonLines() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("code", "../examples/regional-bloc-border-talks.txt", "--date", "2024-03-14");
        assertThat(exit).isEqualTo(ErrorPolicy.CODED);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<String> codings = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            com.fasterxml.jackson.databind.JsonNode e = json.readTree(line);
            if (!e.get("record").asText().equals("event")) {
                continue; // quote and claim records follow the events (issue 6)
            }
            codings.add(e.get("sentence_index").asInt() + " " + e.path("source").path("code").asText("-") + " "
                    + e.path("target").path("code").asText("-") + " " + e.get("cameo_code").asText());
        }
        // checked by hand against the example: the AU urges both countries (CAMEO 020, appeal), Eritrea accuses
        // Ethiopia (111), Ethiopian soldiers clash with Eritrean forces (190, both ways)
        assertThat(codings).contains("0 IGOAFRAFU ETH 020", "0 IGOAFRAFU ERI 020", "2 ERI ETH 111", "4 ETHMIL ERI 190");
        assertThat(err.toString()).contains("1 article read, 1 coded, 0 failed");
    }
}
