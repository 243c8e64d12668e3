package org.dyad.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dyad.cli.DictionaryOptions;
import org.dyad.document.Document;
import org.dyad.time.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code dyad eval} command: scores the event coder against the seed gold or a PETRARCH suite.
 *
 * <ul>
 *   <li>{@code dyad eval seed [--date YYYY-MM-DD] [--shared DIR]} codes
 *       {@code seeds/nato-pakistan-cooperation.txt} and prints a {@link SeedReport}. The date defaults to the
 *       gold file's {@code document.document_date} (2017-11-10).</li>
 *   <li>{@code dyad eval polnear [--split dev|train] [--shared DIR]} runs the pipeline over the PolNeAR split in
 *       {@code eval/quotes/polnear-train-dev.tar.gz} and prints precision, recall and F1 of sources, cues and
 *       contents ({@link PolnearEvaluator}).</li>
 *   <li>{@code dyad eval polnear [--split dev|train] [--shared DIR]} runs the pipeline over the PolNeAR split in
 *       {@code eval/quotes/polnear-train-dev.tar.gz} and prints precision, recall and F1 of sources, cues and
 *       contents ({@link PolnearEvaluator}).</li>
 *   <li>{@code dyad eval petrarch [--suite unit|ud-2.02] [--details] [--only-evaluated] [--shared DIR]} codes
 *       every record of the suite and prints a {@link PetrarchReport} table, plus the differing records with
 *       {@code --details}.</li>
 *   <li>{@code dyad eval entities [--details] [--shared DIR]} reads the GUM news documents
 *       ({@code eval/entities/gum-news.tar.gz}) and prints an {@link EntityReport}: precision, recall and F1 of
 *       person, organisation and place mentions ({@link EntityEvaluator}).</li>
 *   <li>{@code dyad eval timebank [--details] [--shared DIR]} tags {@code eval/time/timebank-aquaint-tbaq.tar.gz}
 *       and prints the TempEval-3 TIMEX measures ({@link TimexScore}), plus every difference with
 *       {@code --details}.</li>
 *   <li>{@code dyad eval geo [--corpus gwn|lgl] [--shared DIR]} resolves the gold toponyms of GeoWebNews
 *       ({@code eval/geo/GWN.xml}) or LGL ({@code eval/geo/lgl.xml}) and prints a {@link GeoScore}: accuracy within
 *       161 km, mean and median error, AUC of the log error, and recognition precision, recall and F1.</li>
 * </ul>
 * The shared data directory is {@code --shared}, else the {@code DYAD_SHARED} environment variable, else
 * {@code ../shared} from the working directory; a relative path is taken from the working directory.
 *
 * <p>Exit code 0 when the evaluation ran, whatever the score; 2 for bad options; non-zero (picocli's
 * execution-error code) when data is missing ({@link EvalInputException}) or the coder cannot be obtained.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the event coder against hand-made gold (seed, actors) or a PETRARCH validation suite,"
                + " the name finder against the GUM entity gold (entities), and the time expressions against"
                + " TimeBank (timebank), quote attribution against PolNeAR (polnear), and the toponym resolver against"
                + " GeoWebNews or LGL (geo).")
public final class EvalCommand {
    /** The seed gold file, under {@code shared/seeds/}. */
    static final String SEED_GOLD = "nato-pakistan-cooperation.expected.json";
    /** The TimeBank + AQUAINT TimeML corpus (TempEval-3 training data), under {@code shared/}. */
    static final String TIMEBANK = "eval/time/timebank-aquaint-tbaq.tar.gz";
    /** The PolNeAR train and dev splits, under {@code shared/}. */
    static final String POLNEAR = "eval/quotes/polnear-train-dev.tar.gz";
    private static final String SHARED_ENV = "DYAD_SHARED";
    /** The GUM news documents with entity annotation, under {@code shared/eval/entities/}. */
    static final String GUM_ARCHIVE = "gum-news.tar.gz";

    private final Function<PetrarchSuite, SentenceCoder> suiteCoders;
    private final BiFunction<LocalDate, DictionaryOptions, Function<Path, List<ProducedEvent>>> seedCoders;
    private final Supplier<Function<GumDocument, Document>> entityAnalysers;
    private final Supplier<Function<TimeMlDocument, List<Timex>>> timebankTagger;
    private final Supplier<BiFunction<String, String, Document>> attributionPipeline;
    private final Supplier<GeoEvaluator> geoEvaluators;
    private final Map<String, String> environment;
    /** The coded seed document for {@code dyad eval actors}; tests that never run it keep the default. */
    private BiFunction<LocalDate, DictionaryOptions, Function<Path, Document>> seedDocuments =
            (date, options) -> new EvalCoders().seedDocuments(date, options);
    private final Path workingDirectory;

    @Spec
    private CommandSpec spec;

    /** The command as {@code dyad} runs it: coders from {@link EvalCoders}, the process environment and cwd. */
    public EvalCommand() {
        this(new EvalCoders());
    }

    private EvalCommand(EvalCoders coders) {
        this(coders::forSuite, coders::forSeed, coders::forEntities, coders::forTimebank, coders::forAttribution,
                coders::forGeo, System.getenv(), Path.of("").toAbsolutePath());
        this.seedDocuments = coders::seedDocuments;
    }

    /** The command with its seed and suite coders given and no entity analyser or TimeBank tagger, for tests. */
    EvalCommand(Function<PetrarchSuite, SentenceCoder> suiteCoders,
                BiFunction<LocalDate, DictionaryOptions, Function<Path, List<ProducedEvent>>> seedCoders,
                Map<String, String> environment, Path workingDirectory) {
        this(suiteCoders, seedCoders, () -> {
            throw new IllegalStateException("this EvalCommand was built without an entity analyser");
        }, () -> {
            throw new IllegalStateException("this EvalCommand was built without a TimeBank tagger");
        }, () -> {
            throw new IllegalStateException("this EvalCommand was built without an attribution pipeline");
        }, () -> {
            throw new IllegalStateException("this EvalCommand was built without a toponym evaluator");
        }, environment, workingDirectory);
    }

    /**
     * The command with its collaborators given, for tests.
     *
     * @param suiteCoders      gives the coder for a PETRARCH suite
     * @param seedCoders       gives, for a document date and the dictionary options, the pipeline from a seed
     *                         article's path to its events
     * @param entityAnalysers  gives the pipeline from a GUM document to the analysed document
     * @param timebankTagger   gives the time-expression tagger scored on TimeBank
     * @param attributionPipeline gives the pipeline from an article's name and text to its document with quotes
     * @param geoEvaluators    gives the evaluator of {@code dyad eval geo}
     * @param environment      the environment variables to consult ({@value #SHARED_ENV})
     * @param workingDirectory the directory relative paths and the default {@code ../shared} start from
     */
    EvalCommand(Function<PetrarchSuite, SentenceCoder> suiteCoders,
                BiFunction<LocalDate, DictionaryOptions, Function<Path, List<ProducedEvent>>> seedCoders,
                Supplier<Function<GumDocument, Document>> entityAnalysers,
                Supplier<Function<TimeMlDocument, List<Timex>>> timebankTagger,
                Supplier<BiFunction<String, String, Document>> attributionPipeline,
                Supplier<GeoEvaluator> geoEvaluators,
                Map<String, String> environment, Path workingDirectory) {
        this.attributionPipeline = Objects.requireNonNull(attributionPipeline, "attributionPipeline");
        this.entityAnalysers = Objects.requireNonNull(entityAnalysers, "entityAnalysers");
        this.timebankTagger = Objects.requireNonNull(timebankTagger, "timebankTagger");
        this.geoEvaluators = Objects.requireNonNull(geoEvaluators, "geoEvaluators");
        this.suiteCoders = Objects.requireNonNull(suiteCoders, "suiteCoders");
        this.seedCoders = Objects.requireNonNull(seedCoders, "seedCoders");
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory.toAbsolutePath();
    }

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Code the seed article and score it against its hand-made gold events.")
    int seed(@Option(names = "--date", paramLabel = "YYYY-MM-DD",
                     description = "Document date given to the coder (default: the gold file's document_date).")
             Optional<LocalDate> date,
             @Option(names = "--shared", paramLabel = "DIR",
                     description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
             Optional<Path> shared,
             @Mixin DictionaryOptions dictionaries) {
        dictionaries.validate();
        SeedRun run = seedRun(date, shared);
        PrintWriter out = spec.commandLine().getOut();
        out.println("seed " + run.article().getFileName() + ", document date " + run.documentDate());
        run.gold().documentDate().filter(d -> !d.equals(run.documentDate())).ifPresent(d -> out.println(
                "note: the gold assumes document date " + d + "; its event dates will not line up"));
        List<ProducedEvent> produced = seedCoders.apply(run.documentDate(), dictionaries).apply(run.article());
        SeedScore score = new SeedScorer(run.gold()).score(produced);
        out.print(SeedReport.render(run.gold(), score));
        out.flush();
        return 0;
    }

    @Command(name = "actors", mixinStandardHelpOptions = true,
            description = "Code the seed article and score its actor table against the gold actors.")
    int actors(@Option(names = "--date", paramLabel = "YYYY-MM-DD",
                       description = "Document date given to the coder (default: the gold file's document_date).")
               Optional<LocalDate> date,
               @Option(names = "--shared", paramLabel = "DIR",
                       description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
               Optional<Path> shared,
               @Mixin DictionaryOptions dictionaries) {
        dictionaries.validate();
        SeedRun run = seedRun(date, shared);
        PrintWriter out = spec.commandLine().getOut();
        out.println("seed " + run.article().getFileName() + ", document date " + run.documentDate());
        Document doc = seedDocuments.apply(run.documentDate(), dictionaries).apply(run.article());
        out.print(new SeedActorScorer(SeedActors.read(run.goldFile())).score(doc).render());
        out.flush();
        return 0;
    }

    @Command(name = "petrarch", mixinStandardHelpOptions = true,
            description = "Code a PETRARCH validation suite and score it per category.")
    int petrarch(@Option(names = "--suite", paramLabel = "NAME", defaultValue = PetrarchSuite.UNIT,
                         description = "Suite: " + PetrarchSuite.UNIT + " (default) or " + PetrarchSuite.UD_TWO + ".")
                 String suiteName,
                 @Option(names = "--details", description = "List every record not coded exactly, expected vs produced.")
                 boolean details,
                 @Option(names = "--only-evaluated",
                         description = "Skip records the file marks sentence/evaluate=\"false\" or whose category"
                                 + " its <Include> list omits.")
                 boolean onlyEvaluated,
                 @Option(names = "--shared", paramLabel = "DIR",
                         description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
                 Optional<Path> shared) {
        if (!List.of(PetrarchSuite.UNIT, PetrarchSuite.UD_TWO).contains(suiteName)) {
            throw new ParameterException(spec.commandLine(), "unknown suite '" + suiteName + "'; use "
                    + PetrarchSuite.UNIT + " or " + PetrarchSuite.UD_TWO);
        }
        PetrarchSuite suite = PetrarchSuite.named(suiteName, sharedDirectory(shared));
        List<Path> missing = suite.missingFiles();
        if (!missing.isEmpty()) {
            throw new EvalInputException("PETRARCH suite " + suite.name() + " is incomplete, missing: " + missing);
        }
        PetrarchRecordSet set = PetrarchRecordReader.read(suite.records());
        List<PetrarchRecord> records = onlyEvaluated
                ? set.records().stream().filter(r -> r.evaluate()
                        && (set.include().isEmpty() || set.include().contains(r.category()))).toList()
                : set.records();
        PrintWriter out = spec.commandLine().getOut();
        out.println("PETRARCH suite " + suite.name() + " (" + suite.records() + "): " + set.records().size()
                + " records, " + set.expectedCodings() + " expected codings, " + set.noEventsMarkers()
                + " noevents and " + set.errorMarkers() + " error markers");
        set.notes().forEach(note -> out.println("note: " + note));
        if (onlyEvaluated) {
            out.println("note: --only-evaluated: scoring " + records.size() + " of " + set.records().size()
                    + " records");
        }
        out.flush();
        SentenceCoder coder = suiteCoders.apply(suite);
        PetrarchScore score = new PetrarchEvaluator(coder).evaluate(records);
        out.println();
        out.print(PetrarchReport.table("suite " + suite.name(), score));
        if (details) {
            out.println();
            out.print(PetrarchReport.details(score));
        }
        out.flush();
        return 0;
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Score person, organisation and place mentions against the GUM news documents"
                    + " (eval/entities/" + GUM_ARCHIVE + ").")
    int entities(@Option(names = "--details",
                         description = "List, per document, the named gold mentions no name overlaps and the names"
                                 + " that overlap no named gold mention.")
                 boolean details,
                 @Option(names = "--shared", paramLabel = "DIR",
                         description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
                 Optional<Path> shared) {
        Path archive = sharedDirectory(shared).resolve("eval").resolve("entities").resolve(GUM_ARCHIVE);
        List<GumDocument> documents = GumReader.read(archive);
        PrintWriter out = spec.commandLine().getOut();
        out.println("GUM entities (" + archive + ")");
        EntityEvaluator.Result result = new EntityEvaluator(entityAnalysers.get()).evaluate(documents);
        out.print(EntityReport.render(result));
        if (details) {
            out.println();
            result.details().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    @Command(name = "timebank", mixinStandardHelpOptions = true,
            description = "Tag the TimeBank + AQUAINT TimeML corpus and score the time expressions (TempEval-3).")
    int timebank(@Option(names = "--details", description = "List every missed, spurious or wrongly valued timex.")
                 boolean details,
                 @Option(names = "--shared", paramLabel = "DIR",
                         description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
                 Optional<Path> shared) {
        Path archive = sharedDirectory(shared).resolve(TIMEBANK);
        List<TimeMlDocument> docs = TimeMlReader.readArchive(archive);
        PrintWriter out = spec.commandLine().getOut();
        TimebankEvaluator.Result result = new TimebankEvaluator(timebankTagger.get()).evaluate(docs);
        out.print(TimebankReport.render(archive, docs.size(), result.score()));
        out.print(TimebankReport.renderSubsets(result.subsets()));
        if (details) {
            out.println();
            result.differences().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    @Command(name = "polnear", mixinStandardHelpOptions = true,
            description = "Score quote attribution (sources, cues, contents) on the PolNeAR corpus.")
    int polnear(@Option(names = "--split", paramLabel = "dev|train", defaultValue = "dev",
                        description = "Split to score: dev (default) or train.")
                String split,
                @Option(names = "--shared", paramLabel = "DIR",
                        description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
                Optional<Path> shared) {
        if (!List.of("dev", "train").contains(split)) {
            throw new ParameterException(spec.commandLine(), "unknown split '" + split + "'; use dev or train");
        }
        Path archive = sharedDirectory(shared).resolve(POLNEAR);
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(archive, split);
        PolnearEvaluator.Result result = new PolnearEvaluator(attributionPipeline.get()).evaluate(articles);
        PrintWriter out = spec.commandLine().getOut();
        out.print(PolnearEvaluator.render("PolNeAR " + split + " (" + archive.getFileName() + ")", result));
        out.println("exact: same boundaries after trimming punctuation and quotation marks; overlap: at least one"
                + " shared character; precision over predicted spans, recall over gold spans");
        out.flush();
        return 0;
    }

    @Command(name = "geo", mixinStandardHelpOptions = true,
            description = "Resolve the gold toponyms of GeoWebNews or LGL and report accuracy@161km, mean and median"
                    + " error, AUC of the log error, and recognition P/R/F1.")
    int geo(@Option(names = "--corpus", paramLabel = "NAME", defaultValue = "gwn",
                    description = "Corpus: gwn (GeoWebNews, default) or lgl.")
            String corpusName,
            @Option(names = "--errors", paramLabel = "FILE",
                    description = "Also write every gold toponym resolved more than 161 km off to FILE, one"
                            + " tab-separated line each with the candidates, and the count of each error bucket.")
            Optional<Path> errorsFile,
            @Option(names = "--shared", paramLabel = "DIR",
                    description = "Shared data directory (default: $DYAD_SHARED, else ../shared).")
            Optional<Path> shared) {
        String file = switch (corpusName) {
            case "gwn" -> "GWN.xml";
            case "lgl" -> "lgl.xml";
            default -> throw new ParameterException(spec.commandLine(), "unknown corpus '" + corpusName
                    + "'; use gwn or lgl");
        };
        GeoCorpus corpus = GeoCorpus.read(corpusName, sharedDirectory(shared).resolve("eval/geo").resolve(file));
        PrintWriter out = spec.commandLine().getOut();
        GeoScore score;
        if (errorsFile.isPresent()) {
            try (PrintWriter errors = new PrintWriter(Files.newBufferedWriter(errorsFile.get(), StandardCharsets.UTF_8))) {
                score = geoEvaluators.get().evaluate(corpus, errors);
            } catch (IOException e) {
                throw new EvalInputException("cannot write " + errorsFile.get() + ": " + e.getMessage(), e);
            }
        } else {
            score = geoEvaluators.get().evaluate(corpus);
        }
        out.print(score.render());
        out.flush();
        return 0;
    }

    /** The seed gold file, its events, the article it names and the document date to code it with. */
    private record SeedRun(Path goldFile, SeedGold gold, Path article, LocalDate documentDate) {
    }

    /**
     * Finds the seed gold and its article under the shared directory; the date is {@code --date}, else the gold's.
     *
     * @throws EvalInputException when the gold or the article is missing, or no date is known
     */
    private SeedRun seedRun(Optional<LocalDate> date, Optional<Path> shared) {
        Path goldFile = sharedDirectory(shared).resolve("seeds").resolve(SEED_GOLD);
        SeedGold gold = SeedGold.read(goldFile);
        Path article = goldFile.resolveSibling(gold.documentFile());
        if (!Files.isRegularFile(article)) {
            throw new EvalInputException("seed article " + article + " (named by " + goldFile + ") not found");
        }
        LocalDate documentDate = date.or(gold::documentDate).orElseThrow(() -> new EvalInputException(
                goldFile + " gives no document.document_date; pass --date YYYY-MM-DD"));
        return new SeedRun(goldFile, gold, article, documentDate);
    }

    private Path sharedDirectory(Optional<Path> option) {
        Path chosen = option
                .or(() -> Optional.ofNullable(environment.get(SHARED_ENV)).filter(s -> !s.isBlank()).map(Path::of))
                .orElse(Path.of("..", "shared"));
        Path dir = workingDirectory.resolve(chosen).normalize();
        if (!Files.isDirectory(dir)) {
            throw new EvalInputException("shared data directory " + dir + " not found; pass --shared DIR or set "
                    + SHARED_ENV);
        }
        return dir;
    }
}
