package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.dictionary.DictionaryLine;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;

/**
 * The actor dictionary: phrases naming countries, organizations and people, with their CAMEO/Phoenix actor codes,
 * read from PETRARCH {@code .actors} files (Phoenix.Countries, Phoenix.International, Phoenix.MilNonState,
 * PETR.Validate.actors). Immutable after parsing and safe to share between threads.
 *
 * <p>Format ("PETRARCH Dictionary Formats", Actor Dictionary; TABARI manual 5.3.1 and 6.5.2), one record per
 * actor:
 * <pre>
 * AFGHANISTAN_  [AFG]                      primary phrase, optional codes on the same line
 * +AFGHAN_                                 synonym phrases, one per line
 * MOHAMMAD_ZAHIR_SHAH_
 * 	[AFGELI 320101-331108]               restriction lines, starting with a tab (or blank)
 * 	[AFGGOV 331108-730717]
 * JAVIER_SOLANA_	[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]   several codes on one line
 * </pre>
 * A record ends at the next primary phrase that follows a code, so codes may follow on lines after the synonyms,
 * and consecutive primary phrases without codes form one record whose codes follow them (the Phoenix files list
 * spelling variants of a leader this way, without '+': {@code IVO_JOSIPOVIC_}, {@code PRESIDENT_JOSIPOVIC_},
 * {@code JOSIPOVIC_}, then the restrictions). Each primary phrase is the {@code name} of itself and of the
 * {@code +} synonyms that follow it.
 * {@code [CODE]}
 * without a date is the default code; restrictions are {@code <date}, {@code >date} and {@code date-date}, with or
 * without blanks around the operator. Comments are {@code #}, {@code <!-- -->} and the legacy {@code ;}.
 * Trailing underscores (TABARI's "whole word" mark) are dropped with the other separators.
 *
 * <p>Reported and skipped: malformed restrictions (a 7- or 10-digit date, a date with no {@code <}, {@code >} or
 * range), unclosed brackets, synonym or restriction lines before any primary phrase, and records that end up with
 * no code at all (they would name an actor Dyad could not code). When a record lists two undated codes the first
 * is the default and the second is reported.
 */
public final class ActorDictionary {
    private final List<ActorEntry> entries;
    /** First word to entries; built on first use, so the per-file dictionaries that are merged never build one. */
    private volatile Map<String, List<ActorEntry>> byFirstWord;

    private ActorDictionary(List<ActorEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses one actor file.
     *
     * @param content decoded file content (see {@link DictionaryText#decode})
     * @param source  file name used in {@code origin} strings and warnings
     * @param report  receives a warning for each malformed line or record
     * @return the entries in file order; never throws on bad lines
     */
    public static ActorDictionary parse(String content, String source, DictionaryReport report) {
        List<ActorEntry> entries = new ArrayList<>();
        Record current = null;
        for (DictionaryLine line : DictionaryText.lines(content, source, report, true)) {
            String text = line.trimmed();
            if (text.startsWith("[")) {
                if (current == null) {
                    report.warn(source, line.number(), "date restriction before any actor phrase; skipped");
                } else {
                    current.addCodes(text, line.number());
                }
            } else if (text.startsWith("+")) {
                if (current == null) {
                    report.warn(source, line.number(), "synonym before any actor phrase; skipped");
                } else {
                    current.addSynonym(text.substring(1), line.number());
                }
            } else if (current != null && !current.sawCodes() && text.indexOf('[') < 0) {
                current.addPrimary(text, line.number());
            } else {
                if (current != null) {
                    current.finish(entries);
                }
                current = new Record(source, report);
                current.addPrimary(text, line.number());
            }
        }
        if (current != null) {
            current.finish(entries);
        }
        return new ActorDictionary(entries);
    }

    /** Joins several dictionaries (e.g. the three Phoenix files) into one, keeping their order. */
    public static ActorDictionary merge(List<ActorDictionary> parts) {
        List<ActorEntry> all = new ArrayList<>();
        for (ActorDictionary part : parts) {
            all.addAll(part.entries);
        }
        return new ActorDictionary(all);
    }

    /** All entries, one per phrase, in file order. */
    public List<ActorEntry> entries() {
        return entries;
    }

    /** The entries whose phrase starts with {@code word} (case-insensitive); empty when none. */
    public List<ActorEntry> startingWith(String word) {
        Map<String, List<ActorEntry>> index = byFirstWord;
        if (index == null) {
            Map<String, List<ActorEntry>> built = new HashMap<>();
            for (ActorEntry e : entries) {
                built.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
            }
            built.replaceAll((k, v) -> List.copyOf(v));
            index = Map.copyOf(built);
            byFirstWord = index;
        }
        return index.getOrDefault(word.toUpperCase(Locale.ROOT), List.of());
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** One record under construction: primary phrase, synonyms and codes. */
    private static final class Record {
        private final String source;
        private final DictionaryReport report;
        private final List<List<String>> phrases = new ArrayList<>();
        private final List<Integer> phraseLines = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<DatedCode> dated = new ArrayList<>();
        private String defaultCode;
        private String name = "";
        private int primaryLine;
        private boolean sawCodes;

        Record(String source, DictionaryReport report) {
            this.source = source;
            this.report = report;
        }

        /** A primary phrase: the first of the record, or a later one while no code has been read. */
        void addPrimary(String text, int line) {
            int bracket = text.indexOf('[');
            String phrase = bracket < 0 ? text : text.substring(0, bracket);
            List<String> words = DictionaryText.words(phrase);
            name = String.join(" ", words);
            if (phrases.isEmpty()) {
                primaryLine = line;
            }
            if (words.isEmpty()) {
                report.warn(source, line, "codes without an actor phrase; skipped");
            } else {
                phrases.add(words);
                phraseLines.add(line);
                names.add(name);
            }
            if (bracket >= 0) {
                addCodes(text.substring(bracket), line);
            }
        }

        /** Whether a code bracket (valid or not) has been read for this record. */
        boolean sawCodes() {
            return sawCodes;
        }

        void addSynonym(String text, int line) {
            int bracket = text.indexOf('[');
            List<String> words = DictionaryText.words(bracket < 0 ? text : text.substring(0, bracket));
            if (words.isEmpty()) {
                report.warn(source, line, "empty synonym '+'; skipped");
            } else {
                phrases.add(words);
                phraseLines.add(line);
                names.add(name);
            }
            if (bracket >= 0) {
                report.warn(source, line, "codes on a synonym line; applied to the whole record");
                addCodes(text.substring(bracket), line);
            }
        }

        /** Reads one or more {@code [..]} groups; {@code text} starts at the first '['. */
        void addCodes(String text, int line) {
            sawCodes = true;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (c != '[') {
                    report.warn(source, line, "unexpected text '" + text.substring(i).strip()
                            + "' after the codes; ignored");
                    return;
                }
                int close = text.indexOf(']', i);
                if (close < 0) {
                    report.warn(source, line, "'[' without ']' in '" + text.substring(i) + "'; ignored");
                    return;
                }
                addRestriction(text.substring(i + 1, close), line);
                i = close + 1;
            }
        }

        private void addRestriction(String inside, int line) {
            String body = inside.strip();
            int end = 0;
            while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != '<'
                    && body.charAt(end) != '>') {
                end++;
            }
            String code = body.substring(0, end);
            String restriction = body.substring(end).strip();
            if (code.isEmpty()) {
                report.warn(source, line, "restriction [" + inside + "] has no code; skipped");
                return;
            }
            if (restriction.isEmpty()) {
                if (defaultCode == null) {
                    defaultCode = code;
                } else if (!defaultCode.equals(code)) {
                    report.warn(source, line, "second undated code [" + code + "]; keeping the first, ["
                            + defaultCode + "]");
                }
                return;
            }
            Optional<LocalDate> from = Optional.empty();
            Optional<LocalDate> to = Optional.empty();
            char op = restriction.charAt(0);
            if (op == '<' || op == '>') {
                Optional<LocalDate> date = DatedCode.parseDate(restriction.substring(1));
                if (date.isEmpty()) {
                    badDate(inside, restriction.substring(1).strip(), line);
                    return;
                }
                if (op == '<') {
                    to = date;
                } else {
                    from = date;
                }
            } else {
                int dash = restriction.indexOf('-');
                if (dash < 0) {
                    report.warn(source, line, "restriction [" + inside
                            + "] has a date but no '<', '>' or 'date-date' range; skipped");
                    return;
                }
                from = DatedCode.parseDate(restriction.substring(0, dash));
                to = DatedCode.parseDate(restriction.substring(dash + 1));
                if (from.isEmpty()) {
                    badDate(inside, restriction.substring(0, dash).strip(), line);
                    return;
                }
                if (to.isEmpty()) {
                    badDate(inside, restriction.substring(dash + 1).strip(), line);
                    return;
                }
                if (from.get().isAfter(to.get())) {
                    report.warn(source, line, "restriction [" + inside + "] ends before it starts; skipped");
                    return;
                }
            }
            dated.add(new DatedCode(code, from, to));
        }

        private void badDate(String inside, String date, int line) {
            report.warn(source, line, "restriction [" + inside + "]: '" + date
                    + "' is not a YYMMDD or YYYYMMDD date; skipped");
        }

        void finish(List<ActorEntry> out) {
            if (phrases.isEmpty()) {
                return;
            }
            if (defaultCode == null && dated.isEmpty()) {
                report.warn(source, primaryLine, "actor '" + names.get(0) + "' has no code; skipped");
                return;
            }
            Optional<String> def = Optional.ofNullable(defaultCode);
            List<DatedCode> codes = List.copyOf(dated);
            for (int k = 0; k < phrases.size(); k++) {
                out.add(new ActorEntry(phrases.get(k), names.get(k), def, codes, source + ":" + phraseLines.get(k)));
            }
        }
    }
}
