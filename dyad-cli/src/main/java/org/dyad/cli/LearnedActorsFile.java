package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.LearnedActor;
import org.dyad.actor.LearnedActors;

/**
 * The reviewable file of learned actors: UTF-8, tab-separated, one piece of evidence a line, under the header
 * {@code name code role doc_id sentence_index doc_date evidence}. Tabs and line breaks inside a value are written
 * as blanks. Runs append to it; {@link #summarise} groups it by person, code and role for review.
 */
final class LearnedActorsFile {
    static final String HEADER = "name\tcode\trole\tdoc_id\tsentence_index\tdoc_date\tevidence";

    private LearnedActorsFile() {
    }

    /** Appends the records, writing the header first when the file is new or empty. */
    static void append(Path file, List<LearnedActor> learned) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            if (fresh) {
                w.write(HEADER);
                w.newLine();
            }
            for (LearnedActor a : learned) {
                w.write(String.join("\t", clean(a.name()), clean(a.code()), clean(a.role()), clean(a.docId()),
                        Integer.toString(a.sentenceIndex()), a.docDate().map(LocalDate::toString).orElse(""),
                        clean(a.evidence())));
                w.newLine();
            }
        }
    }

    /**
     * One person of the file: all lines with the same name, code and role.
     *
     * @param evidence      number of lines
     * @param documents     number of distinct documents
     * @param dates         "first..last" document date, or "" when no line has one
     * @param firstEvidence the evidence words of the first line
     */
    record Summary(String name, String code, String role, int evidence, int documents, String dates,
                   String firstEvidence) {
    }

    /**
     * Reads the file and groups it; most evidence first, then by name.
     *
     * @throws IOException when the file cannot be read or a line has not 7 fields (the message names the line)
     */
    static List<Summary> summarise(Path file) throws IOException {
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no such file", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException("not valid UTF-8; a learned-actors file is the TSV that dyad actors --learn writes",
                    e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.equals(HEADER)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IOException("line " + (i + 1) + ": expected 7 tab-separated fields, found " + f.length);
            }
            String problem = problem(f);
            if (!problem.isEmpty()) {
                throw new IOException("line " + (i + 1) + ": " + problem);
            }
            groups.computeIfAbsent(f[0] + "\t" + f[1] + "\t" + f[2], k -> new ArrayList<>()).add(f);
        }
        List<Summary> out = new ArrayList<>();
        for (List<String[]> g : groups.values()) {
            Set<String> docs = new LinkedHashSet<>();
            String first = "";
            String last = "";
            for (String[] f : g) {
                docs.add(f[3]);
                if (!f[5].isEmpty()) {
                    first = first.isEmpty() || f[5].compareTo(first) < 0 ? f[5] : first;
                    last = f[5].compareTo(last) > 0 ? f[5] : last;
                }
            }
            String[] head = g.get(0);
            out.add(new Summary(head[0], head[1], head[2], g.size(), docs.size(),
                    first.isEmpty() ? "" : first + ".." + last, head[6]));
        }
        out.sort(Comparator.comparingInt(Summary::evidence).reversed().thenComparing(Summary::name));
        return out;
    }

    /**
     * Reads the file as learned actors for the matcher: one entry per name, code and role.
     *
     * @throws IOException when the file cannot be read or a line is malformed (the message names the line)
     */
    static LearnedActors load(Path file) throws IOException {
        List<LearnedActors.Entry> entries = new ArrayList<>();
        for (Summary s : summarise(file)) {
            Optional<LocalDate> first = Optional.empty();
            Optional<LocalDate> last = Optional.empty();
            if (!s.dates().isEmpty()) {
                String[] range = s.dates().split("\\.\\.");
                try {
                    first = Optional.of(LocalDate.parse(range[0]));
                    last = Optional.of(LocalDate.parse(range[1]));
                } catch (RuntimeException e) {
                    throw new IOException("a learned actor '" + s.name() + "' has a date that is not YYYY-MM-DD: "
                            + s.dates(), e);
                }
            }
            entries.add(new LearnedActors.Entry(s.name(), s.code(), s.role(), s.evidence(), first, last,
                    file.getFileName().toString()));
        }
        return LearnedActors.of(entries);
    }

    /** What is wrong with a line's fields, or "" when nothing is. */
    private static String problem(String[] f) {
        if (f[0].isBlank()) {
            return "the name is empty";
        }
        if (!f[1].matches("[A-Z]{3,18}") || f[1].length() % 3 != 0) {
            return "'" + f[1] + "' is not a CAMEO actor code (3-letter parts in capitals, e.g. PAKGOV)";
        }
        if (!f[4].matches("\\d{1,9}")) {
            return "sentence_index '" + f[4] + "' is not a number";
        }
        if (!f[5].isEmpty()) {
            try {
                LocalDate.parse(f[5]);
            } catch (java.time.format.DateTimeParseException e) {
                return "doc_date '" + f[5] + "' is not a date (YYYY-MM-DD, or empty)";
            }
        }
        return "";
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
