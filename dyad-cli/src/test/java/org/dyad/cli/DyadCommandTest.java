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
    void unwiredPipelineExitsOneWithOneLine() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "code", "../examples/ministers-border-talks.txt")).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(err.toString()).isEqualTo("dyad: cannot build the pipeline: wired later" + System.lineSeparator());
    }
}
