package org.dyad.spark;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.dyad.pipeline.Failure;

/**
 * One article as read, before coding: a JSON object of the {@code dyad code} JSON Lines shape (a line of a
 * {@code .jsonl} file, or a Parquet row turned into JSON), or the reason the input could not be read. Small and
 * serializable, so it can cross Spark's shuffle; the article itself is parsed where it is coded.
 *
 * @param fileOrder the input file's place in the listing (0-based): with {@code line}, the order that decides which
 *                  of two records with the same content is kept, as {@code dyad ingest} keeps the first it reads
 * @param file      the file as the user named it (JSON Lines), or its URI (Parquet)
 * @param line      1-based line (JSON Lines) or row number (Parquet); 0 for a failure of the whole file
 * @param json      the record, or null for a failure
 * @param stage     for a failure, {@code read} or {@code parse}; null otherwise
 * @param reason    for a failure, what was wrong; null otherwise
 */
public record InputRecord(int fileOrder, String file, long line, String json, String stage, String reason)
        implements Serializable {

    public InputRecord {
        Objects.requireNonNull(file, "file");
        if ((json == null) == (reason == null)) {
            throw new IllegalArgumentException("an input record holds either a record or a failure");
        }
    }

    /** A record read from {@code file} at {@code line}. */
    static InputRecord of(int fileOrder, String file, long line, String json) {
        return new InputRecord(fileOrder, file, line, Objects.requireNonNull(json, "json"), null, null);
    }

    /** An input that could not be read; {@code line} 0 names the whole file. */
    static InputRecord failed(int fileOrder, String file, long line, String stage, String reason) {
        return new InputRecord(fileOrder, file, line, null, Objects.requireNonNull(stage, "stage"),
                Objects.requireNonNull(reason, "reason"));
    }

    /** Where it was read, as {@code dyad ingest} names it: {@code file:line}, or {@code file} for a whole file. */
    public String origin() {
        return line > 0 ? file + ":" + line : file;
    }

    /** The failure, when the input could not be read. */
    public Optional<Failure> failure() {
        return reason == null ? Optional.empty() : Optional.of(new Failure(origin(), stage, reason));
    }

    /** True when this record comes before {@code other} in input order (file, then line). */
    boolean before(InputRecord other) {
        return fileOrder != other.fileOrder ? fileOrder < other.fileOrder : line < other.line;
    }
}
