package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DictionaryOptionsTest {

    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Mixin
        DictionaryOptions dictionaries;

        @Override
        public void run() {
            dictionaries.validate();
        }
    }

    @TempDir
    Path dir;

    private DictionaryOptions parse(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.dictionaries;
    }

    @Test
    void nothingGivenMeansBundledDictionaries() {
        DictionaryOptions options = parse();
        assertThat(options.verbs()).isEmpty();
        assertThat(options.actors()).isEmpty();
        assertThat(options.agents()).isEmpty();
        assertThat(options.discards()).isEmpty();
        options.validate();
    }

    @Test
    void actorsAreCommaSeparatedOrRepeated() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "");
        Path b = Files.writeString(dir.resolve("b.txt"), "");
        Path c = Files.writeString(dir.resolve("c.txt"), "");
        DictionaryOptions options = parse("--actors", a + "," + b, "--actors", c.toString(),
                "--agents", a.toString(), "--discards", b.toString());
        assertThat(options.actors()).containsExactly(a, b, c);
        assertThat(options.agents()).contains(a);
        assertThat(options.discards()).contains(b);
        options.validate();
    }

    @Test
    void missingFileIsAUsageError() {
        DictionaryOptions options = parse("--agents", dir.resolve("agents.txt").toString());
        assertThatThrownBy(options::validate).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--agents: no such file: " + dir.resolve("agents.txt"));
        assertThatThrownBy(parse("--verbs", dir.toString())::validate)
                .hasMessage("--verbs: no such file: " + dir);
    }
}
