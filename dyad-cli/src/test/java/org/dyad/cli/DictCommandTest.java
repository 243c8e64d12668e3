package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 11: {@code dyad dict lint} on the shipped dictionaries and on files with mistakes. */
class DictCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    /**
     * The shipped dictionaries lint with no error; their warnings are kept in {@code target/dict-lint-report.txt}
     * (the report CI keeps).
     */
    @Test
    void theShippedDictionariesHaveNoError() throws Exception {
        Path report = Path.of("target", "dict-lint-report.txt");
        Files.createDirectories(report.getParent());
        Run r = run("dict", "lint", "--report", report.toString());
        assertThat(r.status()).as(r.out()).isEqualTo(ErrorPolicy.CODED);
        assertThat(r.out()).doesNotContain("error: ");
        List<String> lines = Files.readAllLines(report);
        String summary = lines.get(lines.size() - 1);
        assertThat(summary).matches("dyad dict lint: 0 errors, [0-9]+ warnings in 9 files");
        assertThat(lines).allMatch(l -> l.startsWith("warning: ") || l == summary);
        // one warning checked by hand: CAMEO.2.0.txt lists "- * STRIKE [140]" (line 858) before "[143]" (line 867)
        assertThat(lines).contains("warning: CAMEO.2.0.txt:867: pattern is the same as CAMEO.2.0.txt:858 in block "
                + "ARRANGE, which always matches first [never-matches]");
    }

    @Test
    void aDictionaryWithAnErrorExitsWithOne() throws Exception {
        Path verbs = dir.resolve("mine.verbs.txt");
        Files.writeString(verbs, "--- ACCUSE [112] ---\nACCUSE\n- * + OF LYING [1129]\n");
        Run r = run("dict", "lint", verbs.toString());
        assertThat(r.status()).isEqualTo(ErrorPolicy.LINT_ERRORS);
        assertThat(r.out()).isEqualTo("error: " + verbs + ":3: pattern has code [1129], which is not in the CAMEO code"
                + " table [unknown-code]\ndyad dict lint: 1 error, 0 warnings in 1 file\n");
    }

    @Test
    void aFileWhoseKindCannotBeToldNeedsKind() throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "KENYA_ [kEN]\n");
        Run r = run("dict", "lint", file.toString());
        assertThat(r.status()).isEqualTo(ErrorPolicy.USAGE);
        assertThat(r.err()).contains("cannot tell what " + file + " holds from its name; give --kind");
        Run withKind = run("dict", "lint", "--kind", "actors", file.toString());
        assertThat(withKind.status()).isEqualTo(ErrorPolicy.LINT_ERRORS);
        assertThat(withKind.out()).contains(file + ":1: actor KENYA has code [kEN]");
    }

    @Test
    void aFolderIsLintedFileByFileWhenTheNamesSayTheKinds() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(folder.resolve("b.actors.txt"), "KENYA_ [kEN]\n");
        Files.writeString(folder.resolve("a.verbs.txt"), "--- ACCUSE [112] ---\nACCUSE\n- * + OF LYING [1129]\n");
        Files.writeString(folder.resolve("notes.md"), "not a dictionary\n");
        Run r = run("dict", "lint", folder.toString());
        assertThat(r.status()).isEqualTo(ErrorPolicy.LINT_ERRORS);
        assertThat(r.out()).contains(folder.resolve("a.verbs.txt") + ":3: pattern has code [1129]")
                .contains(folder.resolve("b.actors.txt") + ":1: actor KENYA has code [kEN]")
                .endsWith("in 2 files\n");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run none = run("dict", "lint", empty.toString());
        assertThat(none.status()).isEqualTo(ErrorPolicy.USAGE);
        assertThat(none.err()).contains(empty + " is a folder with no dictionary file whose name says its kind");
    }

    @Test
    void dyadAloneIsAUsageError() {
        Run r = run();
        assertThat(r.status()).isEqualTo(ErrorPolicy.USAGE);
        assertThat(r.err()).contains("give a command: code, explain").contains("Try 'dyad --help'");
        assertThat(r.out()).isEmpty();
    }
}
