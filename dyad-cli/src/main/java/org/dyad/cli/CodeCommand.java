package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dyad.cli.input.ArticleSource;
import org.dyad.cli.output.EventWriter;
import org.dyad.cli.output.OutputFormat;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.event.Event;
import org.dyad.event.OutputCodes;
import org.dyad.quote.Claim;
import org.dyad.quote.Quote;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code dyad code}: reads articles from files and directories, codes them, and writes one line per event.
 *
 * <p>Input: plain-text articles and JSON Lines files ({@link ArticleSource}). Output: JSON Lines (default; fields in
 * {@code docs/output-schema.md}; each article's quote and claim records follow its events unless {@code --records
 * events}) or a table, on standard output or {@code -o OUT}. Standard error gets one line per
 * article that failed ({@code dyad: FILE[:LINE]: what was wrong}) and a one-line summary at the end; a failed
 * article never stops the batch. Exit status as in {@link ErrorPolicy}: 0 when at least one article was coded,
 * 1 when none was, 2 for a wrong command line.
 */
@Command(name = "code", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Code news articles into CAMEO/PLOVER events, one JSON line per event.",
        footer = {"", "Exit status: 0 when at least one article was coded, 1 when none was, 2 for a wrong command line."})
public final class CodeCommand implements Callable<Integer> {

    /** {@link Failure#stage()} of an event refused by {@link OutputCodes}: its codes may not be output. */
    static final String OUTPUT_STAGE = "output";

    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDateConverter.class,
            description = "Document creation date for articles that carry none.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--format", paramLabel = "json|table", converter = FormatConverter.class, defaultValue = "json",
            description = "Output format: json (JSON Lines, the default) or table.")
    private OutputFormat format = OutputFormat.JSON;

    @Option(names = "--records", paramLabel = "events|all", converter = RecordsConverter.class, defaultValue = "all",
            description = "What to write: all (events, then the article's quotes and claims; the default) or events.")
    private Records records = Records.ALL;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write events to OUT instead of standard output.")
    private Optional<Path> output = Optional.empty();

    @Parameters(arity = "1..*", paramLabel = "PATHS",
            description = "Article files (.txt or any text: one article; .jsonl, .jsonl.gz: one article a line) "
                    + "and directories, read recursively; - for standard input (JSON Lines if it starts with {, else one "
                    + "article).")
    private List<Path> paths = new ArrayList<>();

    private final Function<DictionaryOptions, Pipeline> pipelines;

    /** The command as the {@code dyad} front door creates it, with the production {@link PipelineFactory}. */
    public CodeCommand() {
        this(new PipelineFactory()::create);
    }

    /** For tests: the command with another way to build the pipeline (a fake stage producing EVENTS). */
    CodeCommand(Function<DictionaryOptions, Pipeline> pipelines) {
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
    }

    /** "-o article.txt article.txt" would empty the article before reading it: a usage error, nothing touched. */
    private void refuseToOverwriteAnInput() {
        if (output.isEmpty()) {
            return;
        }
        Path out = output.get().toAbsolutePath().normalize();
        for (Path p : paths) {
            Path in = p.toAbsolutePath().normalize();
            boolean same = in.equals(out) || (Files.isDirectory(in) && out.startsWith(in) && Files.exists(out));
            try {
                same |= Files.exists(out) && Files.exists(in) && Files.isSameFile(in, out);
            } catch (IOException e) {
                // cannot tell: keep what the paths say
            }
            if (same) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "the output " + output.get()
                        + " is also an input; write the events to another file");
            }
        }
    }

    @Override
    public Integer call() {
        dictionaries.validate();
        refuseToOverwriteAnInput();
        Pipeline pipeline = buildPipeline();
        Tally tally = new Tally();
        if (output.isPresent()) {
            try (Writer out = Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)) {
                code(pipeline, out, tally);
            } catch (IOException e) {
                throw new CommandFailedException("cannot write " + output.get() + ": " + ArticleSource.describe(e), e);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            try {
                code(pipeline, out, tally);
            } catch (OutputClosedException e) {
                // the reader has what it wanted (`dyad code … | head`): stop quietly, as Unix tools do
            } catch (IOException e) {
                throw new CommandFailedException("cannot write the output: " + ArticleSource.describe(e), e);
            }
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(tally);
        err.flush();
        return tally.coded > 0 ? ErrorPolicy.CODED : ErrorPolicy.NOTHING_CODED;
    }

    private Pipeline buildPipeline() {
        Pipeline pipeline;
        try {
            pipeline = pipelines.apply(dictionaries);
        } catch (RuntimeException e) {
            throw new CommandFailedException("cannot build the pipeline: " + e.getMessage(), e);
        }
        if (pipeline.stages().stream().noneMatch(stage -> stage.produces() == Layer.EVENTS)) {
            throw new CommandFailedException("cannot build the pipeline: no stage produces EVENTS; add "
                    + Layer.EVENTS.producer() + " at its end", new IllegalStateException("no EVENTS layer"));
        }
        return pipeline;
    }

    private void code(Pipeline pipeline, Writer out, Tally tally) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        EventWriter events = format.open(out);
        try (Stream<ReadResult> inputs = new ArticleSource(paths, date).read()) {
            Iterator<ReadResult> results = inputs.iterator();
            while (results.hasNext()) {
                ReadResult result = results.next();
                if (result instanceof ReadResult.Unreadable unreadable) {
                    tally.failed(err, unreadable.failure());
                    continue;
                }
                tally.read++;
                Outcome outcome = pipeline.attempt(((ReadResult.Read) result).article());
                if (outcome instanceof Outcome.Failed failed) {
                    tally.failed(err, failed.failure());
                    continue;
                }
                Document doc = ((Outcome.Coded) outcome).document();
                for (Event event : doc.events()) {
                    try {
                        events.write(doc, event);
                        tally.events++;
                    } catch (OutputCodes.MalformedCodeException e) {
                        tally.refused(err, new Failure(doc.article().origin(), OUTPUT_STAGE, e.getMessage()));
                    }
                }
                if (records == Records.ALL && doc.has(Layer.QUOTES)) {
                    for (Quote quote : doc.quotes()) {
                        try {
                            events.writeQuote(doc, quote);
                        } catch (OutputCodes.MalformedCodeException e) {
                            tally.refused(err, new Failure(doc.article().origin(), OUTPUT_STAGE, e.getMessage()));
                        }
                    }
                }
                if (records == Records.ALL && doc.has(Layer.CLAIMS)) {
                    for (Claim claim : doc.claims()) {
                        events.writeClaim(doc, claim);
                    }
                }
                tally.coded++;
                events.flush();
                // A PrintWriter swallows write errors: stop when the reader has gone (`dyad code … | head`).
                if (out instanceof PrintWriter printer && printer.checkError()) {
                    throw new OutputClosedException();
                }
            }
        }
        events.finish();
    }

    /** Standard output was closed by its reader: the run stops, without an error. */
    private static final class OutputClosedException extends IOException {
        OutputClosedException() {
            super("the output was closed");
        }
    }

    /** Counts for the summary line. */
    private static final class Tally {
        private long read;
        private long coded;
        private long failed;
        private long events;
        private long refused;

        /** An event or quote whose codes may not be output: reported, not counted as a failed article. */
        void refused(PrintWriter err, Failure failure) {
            refused++;
            err.println(ErrorPolicy.describe(failure));
            err.flush();
        }

        void failed(PrintWriter err, Failure failure) {
            failed++;
            err.println(ErrorPolicy.describe(failure));
            err.flush();
        }

        @Override
        public String toString() {
            return "dyad: " + read + (read == 1 ? " article" : " articles") + " read, " + coded + " coded, "
                    + failed + " failed, " + events + (events == 1 ? " event" : " events")
                    + (refused > 0 ? ", " + refused + " refused for malformed codes" : "");
        }
    }

    /** Reads {@code --date}: an ISO calendar date. */
    static final class IsoDateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; use YYYY-MM-DD, e.g. 2024-03-05");
            }
        }
    }

    /** What {@code --records} asks for. */
    enum Records {
        /** Event lines only, as before quotes existed. */
        EVENTS,
        /** Event lines, then each article's quote and claim lines. */
        ALL
    }

    /** Reads {@code --records} in any case. */
    static final class RecordsConverter implements ITypeConverter<Records> {
        @Override
        public Records convert(String value) {
            for (Records r : Records.values()) {
                if (r.name().equalsIgnoreCase(value)) {
                    return r;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a record choice; use events or all");
        }
    }

    /** Reads {@code --format} in any case. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat f : OutputFormat.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format; use json or table");
        }
    }
}
