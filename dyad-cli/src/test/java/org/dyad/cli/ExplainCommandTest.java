package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 11 acceptance: {@code dyad explain} on the seed article shows, for Stoltenberg's request (gold event E1,
 * NATO → Pakistan, CAMEO 02), the dictionary line that gave the code and the title that made Stoltenberg NATO; and
 * how its date (the reporting clause's "Thursday") and place (the BRUSSELS dateline) were chosen.
 */
class ExplainCommandTest {
    private static Path seed;
    private static Run all;

    private record Run(int status, String out, String err) {
        /** The explanation blocks, one per event. */
        List<String> blocks() {
            return Arrays.stream(out.split("\n\n")).filter(b -> b.startsWith("event ")).toList();
        }
    }

    private static Run run(String... args) {
        CommandLine cli = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @BeforeAll
    static void explainTheSeed() {
        seed = Path.of(System.getProperty("dyad.shared", "../../shared"), "seeds", "nato-pakistan-cooperation.txt");
        assumeTrue(Files.isRegularFile(seed), "missing " + seed);
        all = run("explain", seed.toString(), "--date", "2017-11-10");
    }

    private static String request() {
        return all.blocks().stream().filter(b -> b.lines().findFirst().orElse("").contains(": IGOWSTNAT 020 PAK"))
                .findFirst().orElseThrow(() -> new AssertionError("no IGOWSTNAT 020 PAK event in\n" + all.out()));
    }

    @Test
    void stoltenbergsRequestShowsItsDictionaryLineAndTheTitleThatMadeHimNato() {
        assertThat(all.status()).as(all.err()).isEqualTo(ErrorPolicy.CODED);
        String block = request();
        assertThat(block).contains("\n  sentence: \"").contains("\" 103-302\n");
        // the code comes from the supplement's verb line 9, whose text is shown beside its place
        String line9 = Dictionaries.resource(Dictionaries.SUPPLEMENT_VERBS, new DictionaryReport()).lines()
                .skip(8).findFirst().orElseThrow().strip();
        assertThat(line9).isEqualTo("WOULD_+LIKE");
        assertThat(block).contains("verb line: Dyad.supplement.verbs.txt:9   WOULD_+LIKE");
        // the speaker is NATO because of the title the text gives him (the seed has a no-break space before "Jens")
        String name = "NATO Secretary General Jens Stoltenberg";
        assertThat(block.replace('\u00a0', ' ')).contains("reported by: \"" + name + "\" 103-142 -> IGOWSTNAT (Jens Stoltenberg, Secretary "
                + "General) by title: title: '" + name + "'");
        // the target's dictionary entry, by file and line, with the line itself
        assertThat(block).contains("target:   \"Pakistan\" 196-204 -> PAK (PAKISTAN) by dictionary: "
                + "Phoenix.Countries.actors.txt:35970\n        Phoenix.Countries.actors.txt:35970   PAKISTAN_  [PAK]");
        assertThat(block).contains("date:     2017-11-09 (day), from the time expression of its reporting clause "
                + "\"Thursday\" 146-154");
        assertThat(block).contains("place:    Brussels (GeoNames 2800866, BE), from \"BRUSSELS\" 93-101: the dateline");
    }

    @Test
    void eventPicksOneEventAndAnUnknownIdIsAnError() {
        String id = request().substring("event ".length(), "event ".length() + 16);
        Run one = run("explain", seed.toString(), "--date", "2017-11-10", "--event", id.substring(0, 8));
        assertThat(one.blocks()).hasSize(1);
        assertThat(one.blocks().get(0)).isEqualTo(request());
        Run none = run("explain", seed.toString(), "--date", "2017-11-10", "--event", "ffffffffffffffff");
        assertThat(none.status()).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(none.err()).contains("dyad: no event ffffffffffffffff in").contains(id);
    }
}
