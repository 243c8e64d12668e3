package org.dyad.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One input file of a job, found on the driver by {@link InputListing}.
 *
 * @param order  0-based place in the listing (inputs in the order given, a directory's files by name)
 * @param uri    the file's fully qualified URI ({@code file:/…}, {@code hdfs://…}, {@code s3a://…})
 * @param origin the file as the user named it, or the directory named joined with the relative path: how error rows
 *               and ids name it, as {@code dyad ingest} does
 * @param format how it is read
 */
public record InputFile(int order, String uri, String origin, Format format) implements Serializable {

    /** The input formats of the Spark job. */
    public enum Format {
        /** One JSON object per line, UTF-8, optionally gzip-compressed: {@code .jsonl}, {@code .jsonl.gz}. */
        JSON_LINES,
        /** Apache Parquet, one article per row: {@code .parquet}. */
        PARQUET,
        /** Anything else: recorded as an error, since the job reads only the two formats above. */
        OTHER;

        /** The format a file name stands for (case-insensitive extension). */
        static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                return JSON_LINES;
            }
            if (name.endsWith(".parquet")) {
                return PARQUET;
            }
            return OTHER;
        }
    }

    public InputFile {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
    }
}
