package org.dyad.pipeline;

import java.util.Objects;

/**
 * Why one article could not be read or coded. Bad input is data: it is reported and the batch goes on.
 *
 * @param origin  where the article came from: "dir/a.txt" or "feed.jsonl:17"
 * @param stage   what failed: "read", "parse", or a stage's simple class name
 * @param message what was wrong, in words a user can act on
 */
public record Failure(String origin, String stage, String message) {
    public Failure {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return origin + ": " + stage + ": " + message;
    }
}
