package org.dyad.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared data directory for tests (system property {@code dyad.shared}); skips the test if absent. */
final class SharedFixture {
    private SharedFixture() {
    }

    static Path shared() {
        String property = System.getProperty("dyad.shared", "");
        assumeTrue(!property.isBlank(), "system property dyad.shared not set; skipping test on shared data");
        Path dir = Path.of(property);
        assumeTrue(Files.isDirectory(dir), "shared data directory " + dir + " absent; skipping");
        return dir;
    }

    static Path sharedFile(String relative) {
        Path file = shared().resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " absent; skipping");
        return file;
    }
}
