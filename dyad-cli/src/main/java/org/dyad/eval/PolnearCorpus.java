package org.dyad.eval;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.dyad.document.Span;

/**
 * Reads the PolNeAR attribution corpus (Newell, Margolin and Ruths, LREC 2018) from its tar.gz: for one split, each
 * article's text ({@code SPLIT/text/NAME.txt}) and its brat standoff annotation
 * ({@code SPLIT/attributions/NAME_ANNOTATOR.ann}) with Source, Cue and Content spans joined by an event line
 * ({@code E1 Attribution:T4 Content:T3 Cue:T2 Source:T1}).
 *
 * <p>Where several annotators annotated an article, the first annotation file in name order is used, so each
 * article is scored once. A discontinuous span ({@code 120 150;160 200}) keeps all its fragments.
 */
public final class PolnearCorpus {
    private PolnearCorpus() {
    }

    /** One annotated attribution; each part may be absent (empty list) and may have several fragments. */
    public record Attribution(String id, List<Span> source, List<Span> cue, List<Span> content) {
        public Attribution {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }
    }

    /** One article: its name (file name without extension), text and attributions. */
    public record Article(String name, String text, List<Attribution> attributions) {
        public Article {
            attributions = List.copyOf(attributions);
        }
    }

    /**
     * Reads one split.
     *
     * @param archive the tar.gz
     * @param split   "train" or "dev"
     * @return the articles that have both a text and an annotation file, in name order
     * @throws EvalInputException when the archive cannot be read, holds no such split, or an annotation is
     *                            malformed (named with its file and line)
     */
    public static List<Article> read(Path archive, String split) {
        if (!Files.isRegularFile(archive)) {
            throw new EvalInputException("PolNeAR archive " + archive + " not found");
        }
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> annotations = new TreeMap<>();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            TarArchiveEntry entry;
            String textDir = split + "/text/";
            String annDir = split + "/attributions/";
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                int at = name.indexOf(textDir);
                if (!entry.isFile()) {
                    continue;
                }
                if (at >= 0 && (at == 0 || name.charAt(at - 1) == '/') && name.endsWith(".txt")) {
                    String base = name.substring(at + textDir.length(), name.length() - 4);
                    texts.put(base, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                    continue;
                }
                at = name.indexOf(annDir);
                if (at >= 0 && (at == 0 || name.charAt(at - 1) == '/') && name.endsWith(".ann")) {
                    String file0 = name.substring(at + annDir.length(), name.length() - 4);
                    int cut = file0.lastIndexOf('_');
                    String base = cut > 0 ? file0.substring(0, cut) : file0;
                    String content = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                    annotations.merge(base, file0 + "\n" + content, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read PolNeAR archive " + archive + ": " + e.getMessage(), e);
        }
        if (texts.isEmpty()) {
            throw new EvalInputException("PolNeAR archive " + archive + " holds no " + split + "/text/*.txt");
        }
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String ann = annotations.get(e.getKey());
            if (ann == null) {
                continue;
            }
            int nl = ann.indexOf('\n');
            String fileName = ann.substring(0, nl) + ".ann";
            out.add(new Article(e.getKey(), e.getValue(), parse(ann.substring(nl + 1), fileName, e.getValue().length())));
        }
        return out;
    }

    /**
     * Parses brat standoff attributions.
     *
     * @param ann        the .ann text
     * @param name       the file name, for error messages
     * @param textLength length of the article text: spans must lie inside it
     * @throws EvalInputException naming {@code name:line} for a malformed span or a reference to an unknown id
     */
    static List<Attribution> parse(String ann, String name, int textLength) {
        Map<String, List<Span>> spans = new TreeMap<>();
        List<String[]> events = new ArrayList<>();
        List<Integer> eventLines = new ArrayList<>();
        String[] lines = ann.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String[] fields = line.split("\t");
            if (fields.length >= 2 && fields[0].startsWith("T")) {
                String[] typeAndRanges = fields[1].split(" ", 2);
                if (typeAndRanges.length != 2) {
                    throw new EvalInputException(name + ":" + (n + 1) + ": no span in '" + line + "'");
                }
                List<Span> fragments = new ArrayList<>();
                for (String range : typeAndRanges[1].split(";")) {
                    String[] ends = range.strip().split(" ");
                    try {
                        Span s = new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]));
                        if (s.end() > textLength) {
                            throw new EvalInputException(name + ":" + (n + 1) + ": span " + s
                                    + " runs past the text (length " + textLength + ")");
                        }
                        fragments.add(s);
                    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                        throw new EvalInputException(name + ":" + (n + 1) + ": bad span '" + range + "'");
                    } catch (IllegalArgumentException e) {
                        throw new EvalInputException(name + ":" + (n + 1) + ": " + e.getMessage());
                    }
                }
                spans.put(fields[0], fragments);
            } else if (fields.length >= 2 && fields[0].startsWith("E")) {
                events.add(fields);
                eventLines.add(n + 1);
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            String[] fields = events.get(k);
            List<Span> source = List.of();
            List<Span> cue = List.of();
            List<Span> content = List.of();
            for (String arg : fields[1].strip().split("\\s+")) {
                int colon = arg.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = arg.substring(0, colon);
                List<Span> target = spans.get(arg.substring(colon + 1));
                if (target == null) {
                    throw new EvalInputException(name + ":" + eventLines.get(k) + ": " + fields[0]
                            + " refers to unknown " + arg.substring(colon + 1));
                }
                switch (role) {
                    case "Source" -> source = target;
                    case "Cue" -> cue = target;
                    case "Content" -> content = target;
                    default -> { }
                }
            }
            out.add(new Attribution(fields[0], source, cue, content));
        }
        return out;
    }
}
