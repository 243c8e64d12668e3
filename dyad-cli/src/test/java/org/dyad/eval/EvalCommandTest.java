package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {
    private static final Function<PetrarchSuite, SentenceCoder> NO_SUITE_CODER = suite -> {
        throw new AssertionError("no suite coder expected");
    };
    private static final java.util.function.BiFunction<LocalDate, org.dyad.cli.DictionaryOptions, Function<Path, List<ProducedEvent>>> NO_SEED_CODER = (date, dictionaries) -> {
        throw new AssertionError("no seed coder expected");
    };
    private static final java.util.function.Supplier<Function<GumDocument, org.dyad.document.Document>> NO_ENTITIES =
            () -> {
                throw new AssertionError("no entity analyser expected");
            };
    private static final java.util.function.Supplier<Function<TimeMlDocument, List<org.dyad.time.Timex>>> NO_TIMEBANK =
            () -> {
                throw new AssertionError("no TimeBank tagger expected");
            };
    private static final java.util.function.Supplier<java.util.function.BiFunction<String, String,
            org.dyad.document.Document>> NO_ATTRIBUTION = () -> {
                throw new AssertionError("no attribution pipeline expected");
            };
    private static final java.util.function.Supplier<GeoEvaluator> NO_GEO = () -> {
        throw new AssertionError("no toponym evaluator expected");
    };

    /** Runs the command and keeps its exit code and output. */
    private record Run(int exitCode, String out, String err) {
        static Run of(EvalCommand command, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(command);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(), err.toString());
        }
    }

    private static EvalCommand command(Function<PetrarchSuite, SentenceCoder> suiteCoders,
                                       java.util.function.BiFunction<LocalDate, org.dyad.cli.DictionaryOptions, Function<Path, List<ProducedEvent>>> seedCoders) {
        return new EvalCommand(suiteCoders, seedCoders, Map.of(), Path.of("/nonexistent-dyad/work"));
    }

    /** A coder that answers every record of the suite with its expected codings: a perfect score. */
    private static SentenceCoder oracle(PetrarchSuite suite) {
        List<PetrarchRecord> records = PetrarchRecordReader.read(suite.records()).records();
        return (id, text, date) -> records.stream()
                .filter(r -> r.id().equals(id) && r.text().equals(text))
                .findFirst().orElseThrow()
                .expected().stream().map(e -> new Coding(e.source(), e.target(), e.code())).toList();
    }

    @Test
    void timebankScoresTheArchiveWithTheInjectedTagger(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path archive = dir.resolve("eval/time/timebank-aquaint-tbaq.tar.gz");
        java.nio.file.Files.createDirectories(archive.getParent());
        byte[] tml = ("<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2017-11-10\" functionInDocument="
                + "\"CREATION_TIME\">x</TIMEX3></DCT><TEXT>Met <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2017-11-09\">"
                + "Thursday</TIMEX3>.</TEXT></TimeML>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new java.util.zip.GZIPOutputStream(java.nio.file.Files.newOutputStream(archive)))) {
            var entry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("TBAQ/one.tml");
            entry.setSize(tml.length);
            tar.putArchiveEntry(entry);
            tar.write(tml);
            tar.closeArchiveEntry();
        }
        EvalCommand command = new EvalCommand(NO_SUITE_CODER, NO_SEED_CODER, NO_ENTITIES, () -> doc -> List.of(
                new org.dyad.time.Timex(new org.dyad.document.Span(4, 12), org.dyad.time.TimexType.DATE, "2017-11-09",
                        org.dyad.time.Granularity.DAY, org.dyad.time.Anchor.DOCUMENT_TIME)), NO_ATTRIBUTION, NO_GEO, Map.of(), dir);
        Run run = Run.of(command, "timebank", "--shared", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 documents, 1 gold timexes, 1 found")
                .containsPattern("value\\s+100\\.0\\s+100\\.0\\s+100\\.0");
    }

    @Test
    void timebankWithoutTheArchiveIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) {
        Run run = Run.of(command(NO_SUITE_CODER, NO_SEED_CODER), "timebank", "--shared", dir.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("timebank-aquaint-tbaq.tar.gz").contains("not found");
    }

    @Test
    void petrarchScoresTheUnitSuiteWithTheInjectedCoder() {
        Path shared = SharedFixture.shared();
        List<PetrarchSuite> asked = new ArrayList<>();
        Run run = Run.of(command(suite -> {
            asked.add(suite);
            return oracle(suite);
        }, NO_SEED_CODER), "petrarch", "--shared", shared.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(asked).containsExactly(PetrarchSuite.unitTest(shared.toAbsolutePath().normalize()));
        assertThat(run.out()).contains("284 records, 359 expected codings, 19 noevents and 7 error markers");
        assertThat(run.out()).containsPattern("ALL\\s+284\\s+359\\s+359\\s+0\\s+0\\s+0\\s+100\\.0\\s+26/26\\s+0");
        assertThat(run.out()).doesNotContain("text     ");
    }

    @Test
    void petrarchWithDetailsListsWhatAnEmptyCoderMissed() {
        Path shared = SharedFixture.shared();
        Run run = Run.of(command(suite -> (id, text, date) -> List.of(), NO_SEED_CODER),
                "petrarch", "--suite", "ud-2.02", "--details", "--shared", shared.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("274 records, 322 expected codings");
        assertThat(run.out()).contains("note: 38 non-XML <Name {json}> line(s) dropped");
        assertThat(run.out()).containsPattern("ALL\\s+274\\s+322\\s+0\\s+0\\s+322\\s+0\\s+0\\.0");
        assertThat(run.out()).contains("DEMO-01 [DEMO] 1995-01-01", "missed   ARN -> GON : 050");
    }

    @Test
    void petrarchOnlyEvaluatedDropsBypassedAndExcludedRecords() {
        Path shared = SharedFixture.shared();
        Run run = Run.of(command(suite -> (id, text, date) -> List.of(), NO_SEED_CODER),
                "petrarch", "--suite", "ud-2.02", "--only-evaluated", "--shared", shared.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--only-evaluated: scoring");
        assertThat(run.out()).doesNotContainPattern("(?m)^PARSING ").doesNotContainPattern("(?m)^ERROR ");
    }

    @Test
    void unknownSuiteIsAUsageError() {
        Run run = Run.of(command(NO_SUITE_CODER, NO_SEED_CODER), "petrarch", "--suite", "nope", "--shared", "/");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown suite 'nope'; use unit or ud-2.02");
    }

    @Test
    void missingSharedDirectoryFails() {
        Run run = Run.of(command(NO_SUITE_CODER, NO_SEED_CODER), "petrarch");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("/nonexistent-dyad/shared not found; pass --shared DIR or set DYAD_SHARED");
    }

    @Test
    void anIncompleteSuiteFails(@TempDir Path shared) {
        Run run = Run.of(command(NO_SUITE_CODER, NO_SEED_CODER), "petrarch", "--shared", shared.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("PETRARCH suite unit is incomplete");
    }

    @Test
    void seedScoresTheInjectedPipelineAtTheGoldDate() {
        Path shared = SharedFixture.shared();
        List<LocalDate> dates = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        Run run = Run.of(command(NO_SUITE_CODER, (date, dictionaries) -> {
            dates.add(date);
            return article -> {
                articles.add(article);
                return SeedScorerTest.perfectSeedEvents();
            };
        }), "seed", "--shared", shared.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(dates).containsExactly(LocalDate.of(2017, 11, 10));
        assertThat(articles).singleElement().satisfies(a -> assertThat(a).hasFileName("nato-pakistan-cooperation.txt"));
        assertThat(run.out()).contains("required found: 7/7", "spurious:       0 of 7 produced");
    }

    @Test
    void seedPassesAnExplicitDateAndWarnsThatItDiffers() {
        Path shared = SharedFixture.shared();
        List<LocalDate> dates = new ArrayList<>();
        Run run = Run.of(command(NO_SUITE_CODER, (date, dictionaries) -> {
            dates.add(date);
            return article -> List.of(new ProducedEvent("USA", "CHN", "190", 2, "A sentence."));
        }), "seed", "--date", "2017-11-11", "--shared", shared.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(dates).containsExactly(LocalDate.of(2017, 11, 11));
        assertThat(run.out()).contains("gold assumes document date 2017-11-10", "required found: 0/7",
                "spurious:       1 of 1 produced");
    }

    @Test
    void badDateIsAUsageError() {
        Run run = Run.of(command(NO_SUITE_CODER, NO_SEED_CODER), "seed", "--date", "10/11/2017");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void sharedDirectoryComesFromTheEnvironmentThenFromDotDotShared(@TempDir Path root) throws IOException {
        Path shared = Files.createDirectories(root.resolve("shared"));
        Path seeds = Files.createDirectories(shared.resolve("seeds"));
        Files.writeString(seeds.resolve(EvalCommand.SEED_GOLD), """
                {"about": "test gold", "document": {"file": "article.txt", "document_date": "2001-02-03"},
                 "events": {"required": [{"id": "R1", "what": "w", "source": ["AAA"], "target": ["*"], "root": ["01"]}],
                            "optional": []}}
                """);
        Files.writeString(seeds.resolve("article.txt"), "Hand-made article.");
        java.util.function.BiFunction<LocalDate, org.dyad.cli.DictionaryOptions, Function<Path, List<ProducedEvent>>> pipeline =
                (date, dictionaries) -> article -> List.of(new ProducedEvent("AAA", "", "010", 0, "Hand-made article."));
        Path work = Files.createDirectories(root.resolve("work"));

        Run fromParent = Run.of(new EvalCommand(NO_SUITE_CODER, pipeline, Map.of(), work), "seed");
        assertThat(fromParent.exitCode()).isZero();
        assertThat(fromParent.out()).contains("document date 2001-02-03", "required found: 1/1");

        Run fromEnv = Run.of(new EvalCommand(NO_SUITE_CODER, pipeline, Map.of("DYAD_SHARED", shared.toString()),
                Path.of("/nonexistent-dyad")), "seed");
        assertThat(fromEnv.exitCode()).isZero();

        Run relative = Run.of(new EvalCommand(NO_SUITE_CODER, pipeline, Map.of(), root), "seed", "--shared", "shared");
        assertThat(relative.exitCode()).isZero();
    }

    @Test
    void entitiesReadsTheGumArchiveAndScoresTheInjectedAnalyser() {
        Path shared = SharedFixture.sharedFile("eval/entities/gum-news.tar.gz").getParent().getParent().getParent();
        // an analyser that finds nothing: every gold mention is missed, nothing is predicted
        java.util.function.Supplier<Function<GumDocument, org.dyad.document.Document>> nothing = () -> gum ->
                org.dyad.document.Document.of(org.dyad.document.Article.ofText(gum.id(), gum.text(), null))
                        .withMentions(List.of()).withNames(List.of());
        Run run = Run.of(new EvalCommand(NO_SUITE_CODER, NO_SEED_CODER, nothing, NO_TIMEBANK, NO_ATTRIBUTION, NO_GEO, Map.of(),
                Path.of("/nonexistent-dyad")), "entities", "--shared", shared.toString(), "--details");
        assertThat(run.exitCode()).isZero();
        // gold counts checked by an independent count over the CoNLL-U files
        assertThat(run.out()).contains("24 documents; 1447 named and 2482 in all gold")
                .contains("GUM_news_korea  missed    North Korea [organization]");
    }

    @Test
    void entitiesWithoutTheArchiveFails(@TempDir Path root) {
        Run run = Run.of(new EvalCommand(NO_SUITE_CODER, NO_SEED_CODER, () -> gum -> {
            throw new AssertionError("no analyser expected");
        }, NO_TIMEBANK, NO_ATTRIBUTION, NO_GEO, Map.of(), root), "entities", "--shared", root.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("gum-news.tar.gz").contains("not found");
    }
}
