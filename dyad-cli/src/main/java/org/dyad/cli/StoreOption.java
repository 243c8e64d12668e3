package org.dyad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option shared by {@code dyad ingest}, {@code dyad export} and {@code dyad query}. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The DuckDB store (default: ${DEFAULT-VALUE} in the current directory).")
    Path db = Path.of("dyad.duckdb");

    /** The store file chosen. */
    public Path db() {
        return db;
    }
}
