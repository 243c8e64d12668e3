package org.dyad.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.ingest.ReadResult;

/**
 * Lists a job's input files on the driver, through Hadoop's {@link FileSystem} (so local paths, {@code hdfs://} and
 * {@code s3a://} all work), in the order {@code dyad ingest} reads them: the paths in the order given, a directory
 * recursively with its entries in name order. A walk skips hidden entries ({@code .…}), Hadoop's and Spark's
 * markers ({@code _SUCCESS}, {@code _temporary}), and a folder's README, LICENSE and NOTICE files. A path that does
 * not exist becomes a failure of stage {@code read}; the other inputs are still read.
 */
public final class InputListing {

    /**
     * What was found.
     *
     * @param files    the files to read, numbered in order
     * @param failures paths that could not be listed, as failed input records
     */
    public record Result(List<InputFile> files, List<InputRecord> failures) {
        public Result {
            files = List.copyOf(files);
            failures = List.copyOf(failures);
        }
    }

    private InputListing() {
    }

    /**
     * @param paths the inputs as the user gave them: files or directories
     * @param conf  the job's Hadoop configuration
     */
    public static Result list(List<String> paths, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<InputRecord> failures = new ArrayList<>();
        for (String given : paths) {
            String origin = given.length() > 1 && given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
            try {
                Path path = new Path(given);
                FileSystem fs = path.getFileSystem(conf);
                add(fs, fs.getFileStatus(path), origin, files);
            } catch (FileNotFoundException e) {
                failures.add(InputRecord.failed(files.size(), origin, 0, ReadResult.READ_STAGE,
                        "no such file or directory"));
            } catch (IOException | IllegalArgumentException e) {
                failures.add(InputRecord.failed(files.size(), origin, 0, ReadResult.READ_STAGE,
                        "cannot list: " + e.getMessage()));
            }
        }
        return new Result(files, failures);
    }

    private static void add(FileSystem fs, FileStatus status, String origin, List<InputFile> files)
            throws IOException {
        if (!status.isDirectory()) {
            files.add(new InputFile(files.size(), status.getPath().toString(), origin,
                    InputFile.Format.of(status.getPath().getName())));
            return;
        }
        FileStatus[] entries = fs.listStatus(status.getPath());
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (!skippedInWalk(name)) {
                add(fs, entry, origin + "/" + name, files);
            }
        }
    }

    /** Entries a directory walk passes over: hidden, Hadoop markers, and a folder's own notes. */
    static boolean skippedInWalk(String name) {
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return name.startsWith(".") || name.startsWith("_") || stem.equalsIgnoreCase("README")
                || stem.equalsIgnoreCase("LICENSE") || stem.equalsIgnoreCase("NOTICE");
    }
}
