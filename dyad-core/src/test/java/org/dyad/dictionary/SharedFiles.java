package org.dyad.dictionary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test access to the evaluation data under {@code ../shared} (the PETRARCH validation dictionaries). Surefire sets
 * the system property {@code dyad.shared}; tests that need a file are skipped when it is absent.
 */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The file {@code eval/petrarch/<name>} under the shared folder; skips the calling test when missing. */
    public static Path petrarch(String name) {
        String shared = System.getProperty("dyad.shared");
        assumeTrue(shared != null, "system property dyad.shared is not set");
        Path file = Path.of(shared, "eval", "petrarch", name);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        return file;
    }
}
