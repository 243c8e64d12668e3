package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DyadCommandTest {

    @Test
    void evalIsASubcommandWithSeedAndPetrarch() {
        CommandLine dyad = new CommandLine(new DyadCommand());
        assertThat(dyad.getSubcommands()).containsKey("eval");
        assertThat(dyad.getSubcommands().get("eval").getSubcommands()).containsKeys("seed", "petrarch");
    }
}
