package org.dyad.cli.input;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.dyad.document.Article;
import org.dyad.ingest.JsonLinesArticleParser;
import org.dyad.ingest.PlainTextArticleParser;
import org.dyad.ingest.ReadResult;

/**
 * Reads articles from the files and directories named on the command line, lazily, as one stream of
 * {@link ReadResult}s: one per plain-text file, one per JSON line. Bad input never stops the batch: each unreadable
 * file or line gives exactly one {@link ReadResult.Unreadable} naming the file (and line) and reading goes on.
 *
 * <p>Inputs:
 * <ul>
 *   <li>A directory is read recursively, entries in order of their names (code point order), depth first. Entries
 *       whose name starts with a dot, and a folder's README, LICENSE and NOTICE files (any extension), are skipped;
 *       a directory reached twice through links is read once.</li>
 *   <li>{@code *.jsonl} and {@code *.jsonl.gz} (any case) are JSON Lines, streamed line by line
 *       ({@link JsonLinesFileReader}, {@link JsonLinesArticleParser}).</li>
 *   <li>{@code *.html}, {@code *.htm}: one article, the page reduced to its text ({@link HtmlArticleReader}).</li>
 *   <li>{@code *.xml}, {@code *.rss}, {@code *.atom} holding an RSS or Atom feed: one article per item
 *       ({@link FeedReader}); an XML file that is not a feed is read as plain text.</li>
 *   <li>Any other file is one plain-text article ({@link TextDecoder}, {@link PlainTextArticleParser}). Its id is its
 *       path relative to the directory given ({@code 2024/03/a.txt}), or its file name when it was named itself.</li>
 *   <li>{@value #STANDARD_INPUT} is standard input: JSON Lines when its first character (after a byte-order mark and
 *       white space) is <code>{</code>, gzip'd JSON Lines when it starts with the gzip signature, else one plain-text
 *       article with id and origin {@value #STANDARD_INPUT_NAME}. Name a file called "-" as {@code ./-}.</li>
 * </ul>
 *
 * <p>Limits, so that memory and time stay bounded whatever the input: a plain-text file may be at most
 * {@link #MAX_TEXT_FILE_BYTES} (10 MiB; its size is checked before reading), and one JSON line at most
 * {@link #MAX_JSON_LINE_BYTES} (10 MiB; longer lines are skipped without being held in memory). A news article is a
 * few kilobytes; anything near these sizes is not an article.
 *
 * <p>{@code defaultDate} (the {@code --date} option) becomes the document creation time of every article that has
 * none of its own ({@link Article#withDate}).
 *
 * <p>Close the stream when done ({@code try (Stream<ReadResult> results = source.read())}) to close an open file.
 */
public final class ArticleSource {

    /** Largest plain-text article file read, in bytes: 10 MiB. */
    public static final long MAX_TEXT_FILE_BYTES = 10L * 1024 * 1024;

    /** Largest JSON Lines record read, in bytes, line end excluded: 10 MiB. */
    public static final int MAX_JSON_LINE_BYTES = 10 * 1024 * 1024;

    /** The path that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    /** How ids and error reports name standard input. */
    public static final String STANDARD_INPUT_NAME = "stdin";

    private final List<Path> paths;
    private final Optional<LocalDate> defaultDate;
    private final Supplier<InputStream> standardInput;
    private final PlainTextArticleParser plainText = new PlainTextArticleParser();
    private final JsonLinesArticleParser jsonLines = new JsonLinesArticleParser();

    /**
     * @param paths       files and directories, in the order given
     * @param defaultDate document creation time for articles that carry none
     */
    public ArticleSource(List<Path> paths, Optional<LocalDate> defaultDate) {
        this(paths, defaultDate, () -> System.in);
    }

    /**
     * @param paths         files and directories, in the order given; {@value #STANDARD_INPUT} for standard input
     * @param defaultDate   document creation time for articles that carry none
     * @param standardInput what {@value #STANDARD_INPUT} reads, asked for only when it is named
     */
    public ArticleSource(List<Path> paths, Optional<LocalDate> defaultDate, Supplier<InputStream> standardInput) {
        this.paths = List.copyOf(paths);
        this.defaultDate = Objects.requireNonNull(defaultDate, "defaultDate");
        this.standardInput = Objects.requireNonNull(standardInput, "standardInput");
    }

    /** All read results, lazily, in input order. The stream is sequential and must be closed. */
    public Stream<ReadResult> read() {
        Results results = new Results();
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close);
    }

    /** A short description of an I/O error for a user: "no such file or directory", "permission denied"… */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();   // "Read-only file system", "Is a directory": the path is named by the caller
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * One file or directory waiting to be read.
     *
     * @param path     where it is
     * @param origin   how error messages name it: as given, or the directory given joined with the relative path
     * @param relative the path relative to the directory given, with '/' separators; "" for a path given itself
     */
    private record Input(Path path, String origin, String relative) {

        /** The article id of a plain-text file: its relative path, or its file name when it was given itself. */
        String id() {
            Path name = path.getFileName();
            return !relative.isEmpty() ? relative : name == null ? path.toString() : name.toString();
        }

        Input child(Path entry) {
            String name = entry.getFileName().toString();
            return new Input(entry, entry.toString(), relative.isEmpty() ? name : relative + "/" + name);
        }
    }

    /** The iterator behind {@link #read()}: a depth-first walk that opens one file at a time. */
    private final class Results implements Iterator<ReadResult>, Closeable {
        private final Deque<Input> pending = new ArrayDeque<>();
        private final Set<Path> seenDirectories = new HashSet<>();
        private Iterator<ReadResult> current = Collections.emptyIterator();
        private Optional<Closeable> open = Optional.empty();
        private boolean standardInputRead;

        Results() {
            for (Path path : paths) {
                pending.addLast(new Input(path, path.toString(), ""));
            }
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                close();
                if (pending.isEmpty()) {
                    return false;
                }
                current = open(pending.removeFirst());
            }
            return true;
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ReadResult result = current.next();
            if (result instanceof ReadResult.Read read && read.article().date().isEmpty() && defaultDate.isPresent()) {
                return ReadResult.read(read.article().withDate(defaultDate.get()));
            }
            return result;
        }

        @Override
        public void close() {
            open.ifPresent(closeable -> {
                try {
                    closeable.close();
                } catch (IOException ignored) {
                    // Closing an input we are done with: nothing is lost, and the batch goes on.
                }
            });
            open = Optional.empty();
        }

        private Iterator<ReadResult> open(Input input) {
            Path path = input.path();
            if (input.relative().isEmpty() && STANDARD_INPUT.equals(path.toString())) {
                if (standardInputRead) {
                    return failure(STANDARD_INPUT_NAME, "standard input was named twice and is read once");
                }
                standardInputRead = true;
                return readStandardInput();
            }
            if (Files.isDirectory(path)) {
                return walk(input);
            }
            if (!Files.exists(path)) {
                return failure(input.origin(), "no such file or directory");
            }
            if (!Files.isRegularFile(path)) {
                return failure(input.origin(), "not a regular file");
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
                JsonLinesFileReader reader = new JsonLinesFileReader(path, input.origin(), MAX_JSON_LINE_BYTES, jsonLines);
                open = Optional.of(reader);
                return reader;
            }
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return List.of(readText(input, (text, in) -> HtmlArticleReader.read(text, in.id(), in.origin())))
                        .iterator();
            }
            if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
                return readFeed(input).iterator();
            }
            return List.of(readText(input, (text, in) -> plainText.parse(text, in.id(), in.origin()))).iterator();
        }

        /** Standard input: JSON Lines (plain or gzip'd) when it looks like them, else one plain-text article. */
        private Iterator<ReadResult> readStandardInput() {
            try {
                BufferedInputStream in = new BufferedInputStream(standardInput.get(), 1 << 16);
                in.mark(4096);
                byte[] head = in.readNBytes(4096);
                in.reset();
                if (TextDecoder.startsWith(head, 0x1F, 0x8B)) {
                    return jsonLines(new GZIPInputStream(in, 1 << 16));
                }
                int first = TextDecoder.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
                while (first < head.length && Character.isWhitespace(head[first])) {
                    first++;
                }
                if (first < head.length && head[first] == '{') {
                    return jsonLines(in);
                }
                byte[] bytes;
                try (in) {
                    bytes = in.readNBytes((int) MAX_TEXT_FILE_BYTES + 1);
                }
                if (bytes.length > MAX_TEXT_FILE_BYTES) {
                    return failure(STANDARD_INPUT_NAME, String.format(Locale.ROOT, "standard input is over the limit "
                            + "of %,d bytes (10 MiB) for one plain-text article; give one article a line as JSON Lines",
                            MAX_TEXT_FILE_BYTES));
                }
                String text = TextDecoder.decode(bytes, STANDARD_INPUT_NAME);
                return List.of(plainText.parse(text, STANDARD_INPUT_NAME, STANDARD_INPUT_NAME)).iterator();
            } catch (UnreadableInputException e) {
                return failure(e.origin(), e.getMessage());
            } catch (IOException e) {
                return failure(STANDARD_INPUT_NAME, "cannot read standard input: " + describe(e));
            }
        }

        private Iterator<ReadResult> jsonLines(InputStream in) {
            JsonLinesFileReader reader = new JsonLinesFileReader(in, STANDARD_INPUT_NAME, MAX_JSON_LINE_BYTES, jsonLines);
            open = Optional.of(reader);
            return reader;
        }

        /** An RSS or Atom feed: one result per item; an XML file that is not a feed is read as plain text. */
        private List<ReadResult> readFeed(Input input) {
            try {
                byte[] bytes = readBounded(input);
                if (bytes == null) {
                    return List.of(tooLarge(input, Files.size(input.path())));
                }
                String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
                if (!FeedReader.isFeed(head)) {
                    String text = TextDecoder.decode(bytes, input.origin());
                    return List.of(plainText.parse(text, input.id(), input.origin()));
                }
                return FeedReader.read(bytes, input.origin());
            } catch (UnreadableInputException e) {
                return List.of(ReadResult.unreadable(e.origin(), ReadResult.READ_STAGE, e.getMessage()));
            } catch (IOException e) {
                return List.of(ReadResult.unreadable(input.origin(), ReadResult.READ_STAGE, "cannot read: " + describe(e)));
            }
        }

        /** The whole file, or null when it is over {@link #MAX_TEXT_FILE_BYTES}. */
        private byte[] readBounded(Input input) throws IOException {
            if (Files.size(input.path()) > MAX_TEXT_FILE_BYTES) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(input.path())) {
                bytes = in.readNBytes((int) MAX_TEXT_FILE_BYTES + 1);
            }
            return bytes.length > MAX_TEXT_FILE_BYTES ? null : bytes;
        }

        /**
         * Files a directory walk passes over: hidden ones (".git") and a folder's own notes ("README", "README.md",
         * "LICENSE", "NOTICE"), which describe the articles and are none. A file named on the command line is always
         * read.
         */
        private static boolean skippedInWalk(String name) {
            String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            return name.startsWith(".") || stem.equalsIgnoreCase("README") || stem.equalsIgnoreCase("LICENSE")
                    || stem.equalsIgnoreCase("NOTICE");
        }

        /** Queues the directory's entries, sorted, ahead of what was pending; gives a failure only if unlistable. */
        private Iterator<ReadResult> walk(Input directory) {
            try {
                if (!seenDirectories.add(directory.path().toRealPath())) {
                    return Collections.emptyIterator();
                }
                List<Path> entries;
                try (Stream<Path> listing = Files.list(directory.path())) {
                    entries = listing.filter(p -> !skippedInWalk(p.getFileName().toString()))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .collect(Collectors.toList());
                }
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.addFirst(directory.child(entries.get(i)));
                }
                return Collections.emptyIterator();
            } catch (IOException | UncheckedIOException e) {
                IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                return failure(directory.origin(), "cannot list the directory: " + describe(cause));
            }
        }

        /** A file that is one article: decoded strictly ({@link TextDecoder}), then parsed. */
        private ReadResult readText(Input input, java.util.function.BiFunction<String, Input, ReadResult> parser) {
            try {
                long size = Files.size(input.path());
                byte[] bytes = readBounded(input);
                if (bytes == null) {
                    return tooLarge(input, Math.max(size, MAX_TEXT_FILE_BYTES + 1));
                }
                String text = TextDecoder.decode(bytes, input.origin());
                return parser.apply(text, input);
            } catch (UnreadableInputException e) {
                return ReadResult.unreadable(e.origin(), ReadResult.READ_STAGE, e.getMessage());
            } catch (IOException e) {
                return ReadResult.unreadable(input.origin(), ReadResult.READ_STAGE, "cannot read: " + describe(e));
            }
        }

        private ReadResult tooLarge(Input input, long size) {
            return ReadResult.unreadable(input.origin(), ReadResult.READ_STAGE, String.format(Locale.ROOT,
                    "the file is %,d bytes, over the limit of %,d bytes (10 MiB) for one plain-text article; "
                            + "split it, or give one article a line in a .jsonl file", size, MAX_TEXT_FILE_BYTES));
        }

        private Iterator<ReadResult> failure(String origin, String message) {
            return List.of(ReadResult.unreadable(origin, ReadResult.READ_STAGE, message)).iterator();
        }
    }
}
