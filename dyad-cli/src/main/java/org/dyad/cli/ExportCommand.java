package org.dyad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.store.DuckDbEventStore;
import org.dyad.store.EventExporter;
import org.dyad.store.ExportFormat;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dyad export}: writes the stored events as GDELT 2.0, ICEWS, Phoenix or PLOVER JSON Lines (to {@code --out}
 * or standard output), or every table as Parquet files in the {@code --out} directory. Columns are documented in
 * {@code docs/store-schema.md}. Exit status 0 when written, 1 when the store cannot be read or the output written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export stored events as GDELT, ICEWS, Phoenix, PLOVER JSON, or every table as Parquet.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "gdelt|icews|phoenix|plover|parquet",
            converter = FormatConverter.class,
            description = "gdelt (61 tab-separated columns), icews (20 with a header), phoenix (26), plover "
                    + "(JSON Lines), parquet (one file per table; needs --out DIR).")
    private ExportFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Output file (a directory for parquet); standard output when absent.")
    private Optional<Path> out = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (format == ExportFormat.PARQUET && out.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format parquet writes one file per table: give a directory with --out DIR");
        }
        try (DuckDbEventStore db = DuckDbEventStore.openReadOnly(store.db())) {
            EventExporter exporter = new EventExporter(db.connection(),
                    Dictionaries.bundledCameo(new DictionaryReport()));
            if (format == ExportFormat.PARQUET) {
                List<Path> files = exporter.writeParquet(out.get());
                err.println("dyad: wrote " + files.size() + " Parquet files to " + out.get());
            } else if (out.isPresent()) {
                try (OutputStream file = Files.newOutputStream(out.get())) {
                    long n = exporter.write(format, file);
                    err.println("dyad: wrote " + n + " events to " + out.get());
                }
            } else {
                OutputStream stdout = System.out;
                long n = exporter.write(format, stdout);
                stdout.flush();
                err.println("dyad: wrote " + n + " events");
            }
            err.flush();
            return ErrorPolicy.CODED;
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailedException("cannot write " + out.map(Path::toString).orElse("the output") + ": "
                    + org.dyad.cli.input.ArticleSource.describe(e), e);
        }
    }

    /** Reads {@code --format} in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
