package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.dictionary.DictionaryLinter.Kind;
import org.dyad.dictionary.DictionaryLinter.Source;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: test dictionaries with planted mistakes (under {@code lint/}) give exactly one finding per mistake, with
 * its line, check and severity; clean text gives none.
 */
class DictionaryLinterTest {
    private static final DictionaryLinter LINTER = new DictionaryLinter(Dictionaries.bundledCameo(new DictionaryReport()));

    private static Source planted(String name, Kind kind) throws IOException {
        try (InputStream in = DictionaryLinterTest.class.getResourceAsStream("lint/" + name)) {
            return new Source(name, kind, in.readAllBytes());
        }
    }

    /** "severity file:line check" of each finding, for compact assertions. */
    private static List<String> keys(List<LintFinding> findings) {
        return findings.stream().map(f -> f.severity().label() + " " + f.file() + ":" + f.line() + " " + f.check())
                .toList();
    }

    @Test
    void everyPlantedMistakeInTheVerbsIsFoundOnce() throws IOException {
        List<LintFinding> findings = LINTER.lint(List.of(planted("planted.verbs.txt", Kind.VERBS)));
        assertThat(keys(findings)).containsExactly(
                "warning planted.verbs.txt:11 undefined",          // &WEAPONRY is never defined
                "error planted.verbs.txt:12 unknown-code",         // 0299 is not a CAMEO code
                "warning planted.verbs.txt:13 never-matches",      // same pattern as line 10, which wins
                "error planted.verbs.txt:14 malformed-code",       // [03 1]
                "warning planted.verbs.txt:18 duplicate",          // PLEDGE is also in block PLEDGE with 033
                "warning planted.verbs.txt:22 never-matches");     // block EMPTY has no verbs
        assertThat(findings.get(1).message()).isEqualTo("pattern has code [0299], which is not in the CAMEO code table");
        assertThat(findings.get(2).message()).contains("same as planted.verbs.txt:10");
        assertThat(findings.get(4).message()).contains("block PLEDGE (planted.verbs.txt:7) with code [033]");
    }

    @Test
    void everyPlantedMistakeInTheActorsIsFoundOnce() throws IOException {
        List<LintFinding> findings = LINTER.lint(List.of(planted("planted.actors.txt", Kind.ACTORS)));
        assertThat(keys(findings)).containsExactly(
                "warning planted.actors.txt:1 malformed-line",     // a date restriction before any actor
                "error planted.actors.txt:5 unknown-code",         // [uga] is not an actor code
                "warning planted.actors.txt:6 overlapping-dates",  // KENGOV to 2019-12-31, KENMIL from 2019-01-01
                "error planted.actors.txt:10 inverted-dates",      // 2020-01-01 to 2019-01-01
                "warning planted.actors.txt:12 duplicate");        // KENYA again, with KENGOV
        assertThat(findings.get(2).message()).contains("overlap from 2019-01-01 to 2019-12-31");
        assertThat(findings.get(4).message()).contains("is also at planted.actors.txt:3 with [KEN]");
    }

    @Test
    void everyPlantedMistakeInTheAgentsIsFoundOnce() throws IOException {
        List<LintFinding> findings = LINTER.lint(List.of(planted("planted.agents.txt", Kind.AGENTS)));
        assertThat(keys(findings)).containsExactly(
                "error planted.agents.txt:5 unknown-code",         // [~MI]
                "warning planted.agents.txt:6 undefined",          // !GENERL! is never defined
                "warning planted.agents.txt:7 duplicate",          // POLICE again, with MIL
                "warning planted.agents.txt:9 malformed-line");    // TROOPS has no code
    }

    @Test
    void duplicatesAreFoundAcrossActorFilesLintedTogether() {
        Source first = new Source("a.actors.txt", Kind.ACTORS, "KENYA_ [KEN]\n".getBytes(StandardCharsets.UTF_8));
        Source second = new Source("b.actors.txt", Kind.ACTORS, "KENYA_ [UGA]\n".getBytes(StandardCharsets.UTF_8));
        assertThat(keys(LINTER.lint(List.of(first, second)))).containsExactly("warning b.actors.txt:1 duplicate");
    }

    @Test
    void binaryAndEmptyFilesAreNotPassedAsDictionaries() {
        // a fresh-user trial: random bytes linted as verbs gave 0 errors, an empty file no finding at all
        Source binary = new Source("g.verbs.txt", Kind.VERBS, new byte[] {'A', 'B', 0, 7, 'C'});
        Source empty = new Source("e.discards.txt", Kind.DISCARDS, " \n# nothing here\n".getBytes(StandardCharsets.UTF_8));
        Source blank = new Source("b.actors.txt", Kind.ACTORS, new byte[0]);
        assertThat(keys(LINTER.lint(List.of(binary, empty, blank)))).containsExactly(
                "error g.verbs.txt:0 binary", "warning e.discards.txt:0 empty", "warning b.actors.txt:0 empty");
    }

    @Test
    void cleanDictionariesGiveNoFinding() {
        Source verbs = new Source("v.verbs.txt", Kind.VERBS, """
                --- ACCUSE [112] ---
                ACCUSE
                - * + OF LYING [112]
                """.getBytes(StandardCharsets.UTF_8));
        Source actors = new Source("a.actors.txt", Kind.ACTORS, """
                JANE_ROE_
                \t[KENGOV 150101-191231]
                \t[KENMIL 191231-201231]
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(LINTER.lint(List.of(verbs, actors))).isEmpty();
    }

    @Test
    void kindsAreToldFromFileNames() {
        assertThat(Kind.fromName("dicts/CAMEO.2.0.txt")).contains(Kind.VERBS);
        assertThat(Kind.fromName("PETR.Validate.verbs.txt")).contains(Kind.VERBS);
        assertThat(Kind.fromName("Phoenix.Countries.actors.txt")).contains(Kind.ACTORS);
        assertThat(Kind.fromName("Phoenix.agents.txt")).contains(Kind.AGENTS);
        assertThat(Kind.fromName("Phoenix.discards.txt")).contains(Kind.DISCARDS);
        assertThat(Kind.fromName("Phoenix.IssueCoding.txt")).contains(Kind.ISSUES);
        assertThat(Kind.fromName("cameo-codes.csv")).isEmpty();
    }
}
