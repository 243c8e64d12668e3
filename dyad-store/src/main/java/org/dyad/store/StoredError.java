package org.dyad.store;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.pipeline.Failure;

/**
 * One input that could not be stored, as a row of the {@code errors} table.
 *
 * @param file   the file as named on the command line (or joined with the directory given)
 * @param line   1-based line (JSON Lines record, feed item number); empty for a whole file
 * @param stage  "read", "parse", or the simple name of the pipeline stage that threw
 * @param reason what was wrong, in words a user can act on
 */
public record StoredError(String file, Optional<Long> line, String stage, String reason) {
    private static final Pattern FILE_LINE = Pattern.compile("(.*):([0-9]{1,18})");

    public StoredError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    /** Splits a failure's origin "file:line" (or "file") into file and line. */
    public static StoredError of(Failure failure) {
        Matcher m = FILE_LINE.matcher(failure.origin());
        if (m.matches()) {
            return new StoredError(m.group(1), Optional.of(Long.parseLong(m.group(2))), failure.stage(),
                    failure.message());
        }
        return new StoredError(failure.origin(), Optional.empty(), failure.stage(), failure.message());
    }

    /** The error's key: 16 hex digits of SHA-256 over file, line, stage and reason. */
    public String errorId() {
        return ContentHash.hex16(file, line.map(String::valueOf).orElse(""), stage, reason);
    }
}
