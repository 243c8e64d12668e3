package org.dyad.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.dyad.document.Span;

/**
 * Reads GUM documents (Georgetown University Multilayer corpus, CoNLL-U with CorefUD-style entity brackets) from
 * a {@code .tar.gz} archive of {@code dep/*.conllu} files, rebuilding each document's text and the character
 * offsets of its gold entity mentions.
 *
 * <p>Entity annotation: the MISC column's {@code Entity=} value opens mentions with {@code (ID-TYPE-…} and closes
 * them with {@code ID)}; {@code (ID-TYPE-…)} is a one-token mention, and several may follow one another
 * ({@code (5-time-…)4)}). A multi-word token line ({@code 35-36 Trump's}) gives the surface form; its words get
 * their own offsets inside it when their forms spell it, else the whole token's.
 */
public final class GumReader {
    private GumReader() {
    }

    /**
     * Reads every {@code dep/*.conllu} file of the archive, in name order.
     *
     * @param archive a {@code .tar.gz} file
     * @return the documents
     * @throws EvalInputException when the file is missing, is not a gzip tar archive, holds no CoNLL-U file, or a
     *                            file's entity brackets do not balance
     */
    public static List<GumDocument> read(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new EvalInputException("GUM archive " + archive + " not found");
        }
        List<GumDocument> out = new ArrayList<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                if (entry.isFile() && name.endsWith(".conllu") && name.contains("dep/")) {
                    String content = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                    out.add(parse(content, name.substring(name.lastIndexOf('/') + 1)));
                }
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read GUM archive " + archive + " as .tar.gz: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new EvalInputException("GUM archive " + archive + " holds no dep/*.conllu file");
        }
        out.sort(Comparator.comparing(GumDocument::id));
        return out;
    }

    /** A word of the document: its offsets and gold POS. */
    private record Word(Span span, String upos) {
    }

    /** An open mention: its first word and type. */
    private record Open(int firstWord, String type) {
    }

    /**
     * Parses one CoNLL-U document.
     *
     * @param content the file's text
     * @param source  file name, for messages and the default id
     * @return the document
     * @throws EvalInputException when the entity brackets do not balance or a line is malformed
     */
    public static GumDocument parse(String content, String source) {
        StringBuilder text = new StringBuilder();
        List<Word> words = new ArrayList<>();
        List<GoldEntity> entities = new ArrayList<>();
        Map<String, Deque<Open>> open = new HashMap<>();
        String id = source.endsWith(".conllu") ? source.substring(0, source.length() - ".conllu".length()) : source;
        Optional<LocalDate> date = Optional.empty();
        boolean newParagraph = false;
        boolean sentenceStart = true;
        boolean space = false;
        int rangeEnd = -1;
        int rangeStart = 0;
        int rangeOffset = 0;
        String rangeForm = "";
        int lineNumber = 0;
        for (String line : content.split("\n", -1)) {
            lineNumber++;
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc id = ")) {
                    id = line.substring("# newdoc id = ".length()).strip();
                } else if (line.startsWith("# meta::dateCreated = ")) {
                    try {
                        date = Optional.of(LocalDate.parse(line.substring("# meta::dateCreated = ".length()).strip()));
                    } catch (DateTimeParseException e) {
                        date = Optional.empty();
                    }
                } else if (line.equals("# newpar") || line.startsWith("# newpar ")) {
                    newParagraph = true;
                }
                continue;
            }
            if (line.isBlank()) {
                sentenceStart = true;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 10) {
                throw new EvalInputException(source + ":" + lineNumber + ": expected 10 tab-separated columns, found "
                        + cols.length);
            }
            String wordId = cols[0];
            if (wordId.contains(".")) {
                continue; // an empty node: no text
            }
            if (sentenceStart) {
                if (text.length() > 0) {
                    text.append(newParagraph ? "\n\n" : "\n");
                }
                sentenceStart = false;
                newParagraph = false;
                space = false;
                rangeEnd = -1; // word numbers start again in each sentence
            }
            if (wordId.contains("-")) {
                String[] range = wordId.split("-");
                if (space) {
                    text.append(' ');
                }
                rangeStart = text.length();
                rangeForm = cols[1];
                text.append(rangeForm);
                rangeOffset = 0;
                rangeEnd = Integer.parseInt(range[1]);
                space = !cols[9].contains("SpaceAfter=No");
                continue;
            }
            int number = Integer.parseInt(wordId);
            Span span;
            if (number <= rangeEnd) {
                String form = cols[1];
                if (rangeForm.startsWith(form, rangeOffset)) {
                    span = new Span(rangeStart + rangeOffset, rangeStart + rangeOffset + form.length());
                    rangeOffset += form.length();
                } else {
                    span = new Span(rangeStart, rangeStart + rangeForm.length());
                }
            } else {
                if (space) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(cols[1]);
                span = new Span(start, text.length());
                space = !cols[9].contains("SpaceAfter=No");
            }
            words.add(new Word(span, cols[3]));
            readEntities(cols[9], words, open, entities, source, lineNumber);
        }
        for (Map.Entry<String, Deque<Open>> e : open.entrySet()) {
            if (!e.getValue().isEmpty()) {
                throw new EvalInputException(source + ": entity " + e.getKey() + " is opened but never closed");
            }
        }
        return new GumDocument(id, text.toString(), date, entities);
    }

    private static void readEntities(String misc, List<Word> words, Map<String, Deque<Open>> open,
                                     List<GoldEntity> entities, String source, int lineNumber) {
        String value = null;
        for (String field : misc.split("\\|")) {
            if (field.startsWith("Entity=")) {
                value = field.substring("Entity=".length());
            }
        }
        if (value == null) {
            return;
        }
        int current = words.size() - 1;
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '(') {
                int k = i + 1;
                while (k < value.length() && value.charAt(k) != '(' && value.charAt(k) != ')') {
                    k++;
                }
                String[] parts = value.substring(i + 1, k).split("-", 3);
                if (parts.length < 2) {
                    throw new EvalInputException(source + ":" + lineNumber + ": entity '" + value.substring(i, k)
                            + "' has no id and type");
                }
                open.computeIfAbsent(parts[0], x -> new ArrayDeque<>()).push(new Open(current, parts[1]));
                if (k < value.length() && value.charAt(k) == ')') {
                    close(parts[0], current, words, open, entities, source, lineNumber);
                    k++;
                }
                i = k;
            } else {
                int k = value.indexOf(')', i);
                if (k < 0) {
                    throw new EvalInputException(source + ":" + lineNumber + ": unreadable entity value '" + value + "'");
                }
                close(value.substring(i, k), current, words, open, entities, source, lineNumber);
                i = k + 1;
            }
        }
    }

    private static void close(String id, int lastWord, List<Word> words, Map<String, Deque<Open>> open,
                              List<GoldEntity> entities, String source, int lineNumber) {
        Deque<Open> stack = open.get(id);
        if (stack == null || stack.isEmpty()) {
            throw new EvalInputException(source + ":" + lineNumber + ": entity " + id + " closed but never opened");
        }
        Open o = stack.pop();
        boolean named = false;
        for (int w = o.firstWord(); w <= lastWord; w++) {
            named |= words.get(w).upos().equals("PROPN");
        }
        entities.add(new GoldEntity(new Span(words.get(o.firstWord()).span().start(), words.get(lastWord).span().end()),
                o.type(), named));
    }
}
