package org.dyad.spark;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad spark}: the command-line front door of {@link CodingJob}, both for {@code spark-submit} on a cluster
 * (the master comes from {@code spark-submit}) and for a local run ({@code ./dyad spark}, master {@code local[*]}
 * unless {@code --master} says otherwise).
 *
 * <p>Standard error: Spark's warnings, then one summary line. Exit status as {@code dyad ingest}: 0 when at least one
 * article was coded, 1 when none could be (or the job could not run), 2 for a wrong command line.
 */
@Command(name = "dyad spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Code articles on Apache Spark into Parquet tables with the store's columns "
                + "(events, quotes, claims, places, errors).",
        footer = {"", "Exit status: 0 when at least one article was coded, 1 when none could be, 2 for a wrong "
                + "command line."})
public final class SparkCommand implements Callable<Integer> {

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (local path or Hadoop URI); DIR/events, DIR/quotes, DIR/claims, "
                    + "DIR/places and DIR/errors must not exist.")
    private String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: the one spark-submit gives, else local[*].")
    private Optional<String> master = Optional.empty();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "Document creation date for articles that carry none.")
    private Optional<LocalDate> date = Optional.empty();

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Partitions to code in (default: four per core).")
    private int partitions;

    @Parameters(arity = "1..*", paramLabel = "PATHS",
            description = "JSON Lines (.jsonl, .jsonl.gz) and Parquet (.parquet) files, or directories of them.")
    private List<String> paths = new ArrayList<>();

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command; returns its exit status. */
    static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new SparkCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("dyad spark: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be 0 or more");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("dyad");
        String configured = System.getProperty("spark.master");
        if (master.isPresent()) {
            builder.master(master.get());
        } else if (configured == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        PrintWriter err = spec.commandLine().getErr();
        try {
            long started = System.nanoTime();
            CodingJob.Summary s = CodingJob.run(spark, new CodingJob.Options(paths, out, date, partitions));
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println(String.format(Locale.ROOT, "dyad spark: %,d articles coded, %,d events, %,d errors, "
                            + "%,d duplicates left out; %d partitions on %s, %.1f s, %.1f articles/s; tables in %s",
                    s.coded(), s.events(), s.failed(), s.duplicates(), s.partitions(), spark.sparkContext().master(),
                    seconds, s.coded() / Math.max(seconds, 1e-9), out));
            err.flush();
            return s.coded() > 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** Reads {@code --date}. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a date; use YYYY-MM-DD, e.g. 2024-03-05");
            }
        }
    }
}
