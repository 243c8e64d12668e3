package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.dictionary.DictionaryLine;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.Inflector;

/**
 * The agent dictionary: role and sector words ("PRESIDENT", "POLICE", "HUMAN RIGHTS BODY") with the agent code
 * they add to an actor code. Read from PETRARCH {@code .agents} files; immutable and thread-safe once parsed.
 *
 * <p>Format ("PETRARCH Dictionary Formats", Agent Dictionary): {@code phrase {plural} [~CODE]} or
 * {@code [CODE~]}. Each line yields the singular entry plus its plurals, all as separate entries:
 * <ul>
 * <li>no braces: the regular plural of the last word ({@link Inflector#plural}), so FOREIGN_MINISTER also gives
 *     FOREIGN MINISTERS;</li>
 * <li>{@code {ATTORNEYS_GENERAL}}: that phrase is the plural (the regular one is not generated);</li>
 * <li>{@code {}}: no plural ("POLICE", "TROOPS").</li>
 * </ul>
 * Substitution sets {@code !PERSON! = MAN, MEN, WOMAN} are defined on their own lines (anywhere in the file) and
 * used inside phrases ({@code CONGRESS!PERSON!}, {@code !MINIST!_OF_FINANCE}); every member replaces the marker,
 * several markers give every combination, and no plural is formed for such lines (the members already include the
 * plurals). A trailing underscore (TABARI's "whole word" mark) does not stop plural formation here, unlike in
 * verb-file synsets: the Phoenix file relies on MINISTRY_ giving MINISTRIES.
 *
 * <p>Reported: lines without a code (skipped), codes with no tilde (read as {@code ~CODE}), a code bracket closed
 * with '}' (read normally), undefined substitution markers (line skipped).
 */
public final class AgentDictionary {
    private final List<AgentEntry> entries;
    private final Map<String, List<AgentEntry>> byFirstWord;

    private AgentDictionary(List<AgentEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<AgentEntry>> index = new HashMap<>();
        for (AgentEntry e : this.entries) {
            index.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
    }

    /**
     * Parses one agent file.
     *
     * @param content decoded file content
     * @param source  file name for {@code origin} strings and warnings
     * @param report  receives a warning for each malformed line
     * @return the dictionary; never throws on bad lines
     */
    public static AgentDictionary parse(String content, String source, DictionaryReport report) {
        List<DictionaryLine> lines = DictionaryText.lines(content, source, report, true);
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        List<DictionaryLine> phraseLines = new ArrayList<>();
        for (DictionaryLine line : lines) {
            String text = line.trimmed();
            int eq = text.indexOf('=');
            if (text.startsWith("!") && eq > 0 && text.substring(0, eq).strip().endsWith("!")) {
                String marker = text.substring(0, eq).strip();
                List<String> members = new ArrayList<>();
                for (String m : text.substring(eq + 1).split(",")) {
                    String member = DictionaryText.withoutBlanks(m).toUpperCase(Locale.ROOT);
                    if (!member.isEmpty()) {
                        members.add(member);
                    }
                }
                if (members.isEmpty()) {
                    report.warn(source, line.number(), "substitution set " + marker + " has no members; skipped");
                } else {
                    substitutions.put(marker.toUpperCase(Locale.ROOT), members);
                }
            } else {
                phraseLines.add(line);
            }
        }
        List<AgentEntry> entries = new ArrayList<>();
        for (DictionaryLine line : phraseLines) {
            parseLine(line, source, report, substitutions, entries);
        }
        return new AgentDictionary(entries);
    }

    private static void parseLine(DictionaryLine line, String source, DictionaryReport report,
                                  Map<String, List<String>> substitutions, List<AgentEntry> out) {
        String text = line.trimmed();
        int open = text.indexOf('[');
        if (open < 0) {
            report.warn(source, line.number(), "agent '" + text + "' has no [code]; skipped");
            return;
        }
        int close = text.indexOf(']', open);
        if (close < 0) {
            close = text.indexOf('}', open);
            if (close < 0) {
                report.warn(source, line.number(), "'[' without ']' in '" + text + "'; skipped");
                return;
            }
            report.warn(source, line.number(), "code bracket closed with '}'; read as "
                    + text.substring(open, close) + "]");
        }
        String rest = text.substring(close + 1).strip();
        if (!rest.isEmpty()) {
            report.warn(source, line.number(), "text '" + rest + "' after the code; ignored");
        }
        String inside = DictionaryText.withoutBlanks(text.substring(open + 1, close));
        boolean prefix;
        String code;
        if (inside.startsWith("~") && !inside.endsWith("~")) {
            prefix = false;
            code = inside.substring(1);
        } else if (inside.endsWith("~") && !inside.startsWith("~")) {
            prefix = true;
            code = inside.substring(0, inside.length() - 1);
        } else if (!inside.contains("~") && !inside.isEmpty()) {
            report.warn(source, line.number(), "code [" + inside + "] has no '~'; read as [~" + inside + "]");
            prefix = false;
            code = inside;
        } else {
            report.warn(source, line.number(), "code [" + inside + "] is not [~CODE] or [CODE~]; skipped");
            return;
        }
        code = code.toUpperCase(Locale.ROOT);

        String head = text.substring(0, open);
        String plural = null;
        int brace = head.indexOf('{');
        if (brace >= 0) {
            int braceEnd = head.indexOf('}', brace);
            if (braceEnd < 0) {
                report.warn(source, line.number(), "'{' without '}'; skipped");
                return;
            }
            plural = head.substring(brace + 1, braceEnd);
            head = head.substring(0, brace);
        }
        String origin = source + ":" + line.number();
        Set<List<String>> phrases = new LinkedHashSet<>();
        if (head.indexOf('!') >= 0) {
            List<String> expanded = substitute(head.toUpperCase(Locale.ROOT), substitutions);
            if (expanded.isEmpty()) {
                report.warn(source, line.number(), "undefined substitution marker in '" + head.strip()
                        + "'; skipped");
                return;
            }
            expanded.forEach(p -> phrases.add(DictionaryText.words(p)));
            if (plural != null && !plural.isBlank()) {
                substitute(plural.toUpperCase(Locale.ROOT), substitutions)
                        .forEach(p -> phrases.add(DictionaryText.words(p)));
            }
        } else {
            List<String> words = DictionaryText.words(head);
            if (words.isEmpty()) {
                report.warn(source, line.number(), "code without an agent phrase; skipped");
                return;
            }
            phrases.add(words);
            if (plural == null) {
                List<String> regular = new ArrayList<>(words);
                regular.set(regular.size() - 1, Inflector.plural(regular.get(regular.size() - 1)));
                phrases.add(regular);
            } else if (!plural.isBlank()) {
                phrases.add(DictionaryText.words(plural));
            }
        }
        for (List<String> words : phrases) {
            if (!words.isEmpty()) {
                out.add(new AgentEntry(words, code, prefix, origin));
            }
        }
    }

    /** Every substitution of the {@code !MARKER!}s in {@code text}; empty when a marker is undefined. */
    private static List<String> substitute(String text, Map<String, List<String>> substitutions) {
        int start = text.indexOf('!');
        if (start < 0) {
            return List.of(text);
        }
        int end = text.indexOf('!', start + 1);
        if (end < 0) {
            return List.of();
        }
        List<String> members = substitutions.get(text.substring(start, end + 1));
        if (members == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String rest : substitute(text.substring(end + 1), substitutions)) {
            for (String member : members) {
                result.add(text.substring(0, start) + member + rest);
            }
        }
        return result;
    }

    /** All entries, singular and plural forms, in file order. */
    public List<AgentEntry> entries() {
        return entries;
    }

    /** The entries whose phrase starts with {@code word} (case-insensitive); empty when none. */
    public List<AgentEntry> startingWith(String word) {
        return byFirstWord.getOrDefault(word.toUpperCase(Locale.ROOT), List.of());
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }
}
