package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.actor.Actor;
import org.dyad.actor.ActorLearner;
import org.dyad.actor.LearnedActor;
import org.dyad.cli.input.ArticleSource;
import org.dyad.cli.output.ActorTable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.document.Document;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad actors}: the actor table of each article — every mention with its canonical name, CAMEO actor code,
 * role and how it was resolved (dictionary, composed, agent-only, title, coreference, learned) — and the learned
 * actors of a corpus run.
 *
 * <p>{@code --learn FILE} appends to FILE (tab-separated, {@link LearnedActorsFile}) one line for each person whose
 * role the text states but no dictionary holds; {@code --review FILE} lists the people of such a file with their
 * evidence counts, most evidence first, for an analyst to confirm. Exit status as in {@link ErrorPolicy}.
 */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the actor table of articles, or review the actors learned in a corpus run.",
        footer = {"", "Examples:", "  dyad actors examples/regional-bloc-border-talks.txt --date 2024-03-14",
                "  dyad actors --learn learned-actors.tsv corpus.jsonl.gz > actors.txt",
                "  dyad actors --review learned-actors.tsv"})
public final class ActorsCommand implements Callable<Integer> {
    private static final String ROW = "%-11s %-40s %-30s %-13s %-22s %-12s %s%n";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDateConverter.class,
            description = "Document creation date for articles that carry none (dated dictionary codes depend on it).")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--learn", paramLabel = "FILE",
            description = "Append the people whose role the text states but no dictionary holds to FILE (TSV).")
    private Optional<Path> learn = Optional.empty();

    @Option(names = "--review", paramLabel = "FILE",
            description = "List the learned actors of FILE with their evidence counts, and exit.")
    private Optional<Path> review = Optional.empty();

    @Parameters(arity = "0..*", paramLabel = "PATHS", description = "Article files and directories, as for dyad code.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (review.isPresent()) {
            return review(review.get(), out);
        }
        if (paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "name at least one article file or directory, or --review FILE");
        }
        dictionaries.validate();
        PipelineFactory factory = new PipelineFactory();
        Dictionaries dicts = factory.dictionaries(dictionaries);
        Pipeline pipeline = factory.create(dictionaries, dicts);
        ActorLearner learner = new ActorLearner(dicts.actors());
        PrintWriter err = spec.commandLine().getErr();
        int coded = 0;
        int failed = 0;
        List<LearnedActor> learned = new ArrayList<>();
        try (Stream<ReadResult> inputs = new ArticleSource(paths, date).read()) {
            Iterator<ReadResult> results = inputs.iterator();
            while (results.hasNext()) {
                ReadResult result = results.next();
                if (result instanceof ReadResult.Unreadable unreadable) {
                    failed++;
                    err.println(ErrorPolicy.describe(unreadable.failure()));
                    continue;
                }
                Outcome outcome = pipeline.attempt(((ReadResult.Read) result).article());
                if (outcome instanceof Outcome.Failed f) {
                    failed++;
                    err.println(ErrorPolicy.describe(f.failure()));
                    continue;
                }
                Document doc = ((Outcome.Coded) outcome).document();
                printTable(doc, out);
                learned.addAll(learner.learn(doc));
                coded++;
            }
        }
        if (learn.isPresent()) {
            try {
                LearnedActorsFile.append(learn.get(), learned);
            } catch (IOException e) {
                throw new CommandFailedException("cannot write " + learn.get() + ": "
                        + org.dyad.cli.input.ArticleSource.describe(e), e);
            }
            err.println("dyad: " + learned.size() + " learned actor record(s) appended to " + learn.get());
        }
        out.flush();
        err.println("dyad: " + coded + " article(s) read, " + failed + " failed");
        err.flush();
        return coded > 0 ? ErrorPolicy.CODED : ErrorPolicy.NOTHING_CODED;
    }

    private static void printTable(Document doc, PrintWriter out) {
        out.println("# " + doc.article().id() + doc.article().date().map(d -> " (" + d + ")").orElse(""));
        out.printf(ROW, "OFFSETS", "MENTION", "NAME", "CODE", "ROLE", "RESOLVED", "EVIDENCE");
        for (ActorTable.Row r : ActorTable.rows(doc)) {
            Actor a = r.actor();
            out.printf(ROW, r.span().start() + "-" + r.span().end(), cut(oneLine(r.text()), 40), cut(a.name(), 30), a.code(), cut(a.role(), 22),
                    a.resolution().label(), oneLine(a.evidence()));
        }
        out.println();
    }

    private int review(Path file, PrintWriter out) {
        List<LearnedActorsFile.Summary> summaries;
        try {
            summaries = LearnedActorsFile.summarise(file);
        } catch (IOException e) {
            throw new CommandFailedException("cannot read " + file + ": " + e.getMessage(), e);
        }
        out.printf("%-30s %-13s %-24s %9s %9s %-23s %s%n", "NAME", "CODE", "ROLE", "EVIDENCE", "DOCUMENTS", "DATES",
                "FIRST EVIDENCE");
        for (LearnedActorsFile.Summary s : summaries) {
            out.printf("%-30s %-13s %-24s %9d %9d %-23s %s%n", cut(s.name(), 30), s.code(), cut(s.role(), 24),
                    s.evidence(), s.documents(), s.dates(), s.firstEvidence());
        }
        out.flush();
        return ErrorPolicy.CODED;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
