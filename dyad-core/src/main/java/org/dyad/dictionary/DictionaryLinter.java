package org.dyad.dictionary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.ActorEntry;
import org.dyad.actor.AgentDictionary;
import org.dyad.actor.AgentEntry;
import org.dyad.actor.DatedCode;
import org.dyad.dictionary.LintFinding.Severity;
import org.dyad.event.CameoTable;
import org.dyad.event.CodePair;
import org.dyad.event.DiscardList;
import org.dyad.event.IssueDictionary;
import org.dyad.event.VerbBlock;
import org.dyad.event.VerbDictionary;
import org.dyad.event.VerbForm;
import org.dyad.event.VerbPattern;

/**
 * Checks dictionary files for the mistakes that make PETRARCH-style coders silently give wrong codes (issue 11):
 * {@code dyad dict lint}. Input: files with their kind and decoded text; output: findings in file order. Stateless
 * after construction and thread-safe.
 *
 * <p>Checks and their severity:
 * <ul>
 *   <li>{@code unknown-code} (error): a verb, block or pattern code that is not in the CAMEO code table
 *       ({@code cameo-codes.csv}), e.g. {@code [0299]}; an actor code that is not upper-case letters and digits in
 *       groups of three ({@code [NGOEEURENV]}, {@code [pakmil]}); an agent code of another shape
 *       ({@code [~GO]}).</li>
 *   <li>{@code malformed-code} (error): a bracketed code the reader cannot read at all ({@code [04 2]}).</li>
 *   <li>{@code inverted-dates} (error): a date restriction that ends before it starts.</li>
 *   <li>{@code malformed-line} (warning): a line the reader skipped or repaired (the reader's own warning: no
 *       code, unbalanced brackets, a bad date, text after the code, undecodable bytes…).</li>
 *   <li>{@code undefined} (warning): a synonym set ({@code &NAME}) or agent substitution set ({@code !NAME!})
 *       used but never defined; a pattern using one can never match.</li>
 *   <li>{@code duplicate} (warning): the same actor or agent phrase, or the same verb in two blocks, listed again
 *       with other codes; which one applies depends on file order.</li>
 *   <li>{@code overlapping-dates} (warning): two date restrictions of one actor with different codes that share
 *       more than their boundary day (TABARI bounds are inclusive, so {@code 450703-470121} then
 *       {@code 470121-...} is the usual hand-over, not an overlap).</li>
 *   <li>{@code never-matches} (warning): a pattern identical to an earlier pattern of its block (the earlier one
 *       always wins), and the patterns of a block that has no verbs.</li>
 * </ul>
 * The bundled dictionaries lint with no errors.
 */
public final class DictionaryLinter {
    private static final Pattern ACTOR_CODE = Pattern.compile("(?:[A-Z0-9]{3})+");
    private static final Pattern AGENT_CODE = Pattern.compile("(?:[A-Z0-9]{3})+");
    private static final Pattern ORIGIN = Pattern.compile("(.*):([0-9]+)");

    private final CameoTable cameo;

    /** @param cameo the CAMEO code table verb codes must belong to */
    public DictionaryLinter(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /** What a dictionary file holds, which decides how it is read. */
    public enum Kind {
        /** Verb patterns (PETRARCH {@code .verbs}, CAMEO.2.0.txt). */
        VERBS,
        /** Actor phrases and dated codes. */
        ACTORS,
        /** Agent (sector) phrases. */
        AGENTS,
        /** Discard phrases. */
        DISCARDS,
        /** Issue phrases. */
        ISSUES;

        /**
         * The kind a file name suggests: "verbs" or a name starting "CAMEO." and ending ".txt" → verbs, "actors",
         * "agents", "discard", "issue" (any case) → the others.
         *
         * @return empty when the name says nothing
         */
        public static Optional<Kind> fromName(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
            n = n.substring(slash + 1);
            if (n.contains("verbs") || (n.startsWith("cameo.") && n.endsWith(".txt"))) {
                return Optional.of(VERBS);
            } else if (n.contains("actors")) {
                return Optional.of(ACTORS);
            } else if (n.contains("agents")) {
                return Optional.of(AGENTS);
            } else if (n.contains("discard")) {
                return Optional.of(DISCARDS);
            } else if (n.contains("issue")) {
                return Optional.of(ISSUES);
            }
            return Optional.empty();
        }
    }

    /**
     * One file to lint.
     *
     * @param name    the file as named in findings
     * @param kind    what it holds
     * @param bytes   its content as stored (decoded as dictionaries are, {@link DictionaryText#decode})
     */
    public record Source(String name, Kind kind, byte[] bytes) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /** Offset of the first NUL byte, or -1: text dictionaries hold none. */
    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lints files together: duplicates are looked for across all actor files and across all agent files given. A file
     * holding a NUL byte is an error (binary) and is not parsed; a file that yields no entry gets a warning.
     *
     * @return the findings, file by file in the order given, by line within a file
     */
    public List<LintFinding> lint(List<Source> sources) {
        List<LintFinding> findings = new ArrayList<>();
        List<ActorEntry> actors = new ArrayList<>();
        List<AgentEntry> agents = new ArrayList<>();
        Map<String, List<VerbBlock>> verbBlocks = new LinkedHashMap<>();
        for (Source source : sources) {
            int nul = indexOfNul(source.bytes());
            if (nul >= 0) {
                findings.add(new LintFinding(Severity.ERROR, source.name(), 0, "binary",
                        "binary file (a NUL byte at offset " + nul + "); dictionaries are text"));
                continue;
            }
            DictionaryReport report = new DictionaryReport();
            String text = DictionaryText.decode(source.bytes(), source.name(), report);
            int entries = switch (source.kind()) {
                case VERBS -> {
                    List<VerbBlock> blocks = VerbDictionary.parse(text, source.name(), report).blocks();
                    verbBlocks.put(source.name(), blocks);
                    yield blocks.size();
                }
                case ACTORS -> {
                    List<ActorEntry> parsed = ActorDictionary.parse(text, source.name(), report).entries();
                    actors.addAll(parsed);
                    yield parsed.size();
                }
                case AGENTS -> {
                    List<AgentEntry> parsed = AgentDictionary.parse(text, source.name(), report).entries();
                    agents.addAll(parsed);
                    yield parsed.size();
                }
                case DISCARDS -> DiscardList.parse(text, source.name(), report).entries().size();
                case ISSUES -> IssueDictionary.parse(text, source.name(), report).issues().size();
            };
            for (String warning : report.warnings()) {
                findings.add(fromReport(source.name(), warning));
            }
            if (entries == 0) {
                findings.add(new LintFinding(Severity.WARNING, source.name(), 0, "empty",
                        "no entries: the file holds no " + source.kind().name().toLowerCase(java.util.Locale.ROOT)
                                + " entry the coder would use"));
            }
        }
        for (List<VerbBlock> blocks : verbBlocks.values()) {
            checkVerbs(blocks, findings);
        }
        checkVerbDuplicates(verbBlocks, findings);
        checkActors(actors, findings);
        checkAgents(agents, findings);
        List<String> order = sources.stream().map(Source::name).toList();
        findings.sort(Comparator.comparingInt((LintFinding f) -> order.indexOf(f.file()))
                .thenComparingInt(LintFinding::line));
        return findings;
    }

    /** A reader warning "FILE:LINE: message" as a finding. */
    private static LintFinding fromReport(String file, String warning) {
        String rest = warning.startsWith(file + ":") ? warning.substring(file.length() + 1) : warning;
        int line = 0;
        Matcher m = Pattern.compile("([0-9]+): (.*)", Pattern.DOTALL).matcher(rest);
        String message = rest.strip();
        if (m.matches()) {
            line = Integer.parseInt(m.group(1));
            message = m.group(2);
        }
        if (message.contains("ends before it starts")) {
            return new LintFinding(Severity.ERROR, file, line, "inverted-dates", message);
        }
        if (message.startsWith("malformed") && message.contains("code")) {
            return new LintFinding(Severity.ERROR, file, line, "malformed-code", message);
        }
        if (message.contains("undefined")) {
            return new LintFinding(Severity.WARNING, file, line, "undefined", message);
        }
        return new LintFinding(Severity.WARNING, file, line, "malformed-line", message);
    }

    private void checkVerbs(List<VerbBlock> blocks, List<LintFinding> findings) {
        for (VerbBlock block : blocks) {
            checkEventCodes(block.codes(), block.origin(), "block " + block.name(), findings);
            Set<String> formLines = new HashSet<>();
            for (VerbForm form : block.forms()) {
                if (!form.codes().equals(block.codes()) && formLines.add(form.origin())) {
                    checkEventCodes(form.codes(), form.origin(), "verb " + String.join("_", form.words()), findings);
                }
            }
            Map<List<Object>, String> seen = new LinkedHashMap<>();
            for (VerbPattern pattern : block.patterns()) {
                checkEventCodes(pattern.codes(), pattern.origin(), "pattern", findings);
                List<Object> shape = List.of(pattern.before(), pattern.after(), pattern.verbJoinedToNext());
                String first = seen.putIfAbsent(shape, pattern.origin());
                if (first != null) {
                    add(findings, Severity.WARNING, pattern.origin(), "never-matches", "pattern is the same as "
                            + first + " in block " + block.name() + ", which always matches first");
                } else if (block.forms().isEmpty()) {
                    add(findings, Severity.WARNING, pattern.origin(), "never-matches", "block " + block.name()
                            + " has no verbs, so its patterns never match");
                }
            }
        }
    }

    private void checkEventCodes(CodePair codes, String origin, String what, List<LintFinding> findings) {
        for (Optional<String> code : List.of(codes.forward(), codes.reverse())) {
            if (code.isPresent() && !cameo.contains(code.get())) {
                add(findings, Severity.ERROR, origin, "unknown-code", what + " has code [" + code.get()
                        + "], which is not in the CAMEO code table");
            }
        }
    }

    /** The same verb (words and verb proper) in two blocks with different codes. */
    private static void checkVerbDuplicates(Map<String, List<VerbBlock>> files, List<LintFinding> findings) {
        Map<List<Object>, VerbForm> first = new LinkedHashMap<>();
        Map<VerbForm, VerbBlock> blockOf = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (List<VerbBlock> blocks : files.values()) {
            for (VerbBlock block : blocks) {
                for (VerbForm form : block.forms()) {
                    List<Object> key = List.of(form.words(), form.head());
                    VerbForm earlier = first.putIfAbsent(key, form);
                    blockOf.putIfAbsent(form, block);
                    if (earlier != null && blockOf.get(earlier) != block && !earlier.codes().equals(form.codes())
                            && reported.add(form.origin())) {
                        add(findings, Severity.WARNING, form.origin(), "duplicate", "verb "
                                + String.join(" ", form.words()) + " " + form.codes() + " is also in block "
                                + blockOf.get(earlier).name() + " (" + earlier.origin() + ") with code "
                                + earlier.codes());
                    }
                }
            }
        }
    }

    private static void checkActors(List<ActorEntry> entries, List<LintFinding> findings) {
        Set<String> checkedRecords = new HashSet<>();
        Map<List<String>, ActorEntry> firstByWords = new LinkedHashMap<>();
        for (ActorEntry entry : entries) {
            // the entries of one record (a phrase and its synonyms) share name, codes and file: check codes once
            String record = fileOf(entry.origin()) + "\u0000" + entry.name() + "\u0000" + entry.defaultCode()
                    + entry.dated();
            if (checkedRecords.add(record)) {
                List<String> codes = new ArrayList<>();
                entry.defaultCode().ifPresent(codes::add);
                entry.dated().forEach(d -> codes.add(d.code()));
                for (String code : new java.util.LinkedHashSet<>(codes)) {
                    if (!code.equals("---") && !ACTOR_CODE.matcher(code).matches()) {
                        add(findings, Severity.ERROR, entry.origin(), "unknown-code", "actor " + entry.name()
                                + " has code [" + code + "], which is not upper-case letters and digits in groups"
                                + " of three");
                    }
                }
                checkOverlaps(entry, findings);
            }
            ActorEntry earlier = firstByWords.putIfAbsent(entry.words(), entry);
            if (earlier != null && !(earlier.defaultCode().equals(entry.defaultCode())
                    && earlier.dated().equals(entry.dated()))) {
                add(findings, Severity.WARNING, entry.origin(), "duplicate", "actor phrase "
                        + String.join(" ", entry.words()) + " " + describe(entry) + " is also at " + earlier.origin()
                        + " with " + describe(earlier) + "; the first one listed applies");
            }
        }
    }

    private static void checkOverlaps(ActorEntry entry, List<LintFinding> findings) {
        List<DatedCode> dated = entry.dated();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                DatedCode a = dated.get(i);
                DatedCode b = dated.get(j);
                if (a.code().equals(b.code())) {
                    continue;
                }
                LocalDate start = later(a.from(), b.from());
                LocalDate end = earlier(a.to(), b.to());
                if (ChronoUnit.DAYS.between(start, end) >= 1) {
                    add(findings, Severity.WARNING, entry.origin(), "overlapping-dates", "actor " + entry.name()
                            + ": " + range(a) + " and " + range(b) + " overlap from " + start + " to " + end
                            + "; the first listed applies");
                }
            }
        }
    }

    private static LocalDate later(Optional<LocalDate> a, Optional<LocalDate> b) {
        LocalDate x = a.orElse(LocalDate.MIN);
        LocalDate y = b.orElse(LocalDate.MIN);
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        LocalDate x = a.orElse(LocalDate.MAX);
        LocalDate y = b.orElse(LocalDate.MAX);
        return x.isBefore(y) ? x : y;
    }

    private static String range(DatedCode d) {
        return "[" + d.code() + " " + d.from().map(LocalDate::toString).orElse("…") + " to "
                + d.to().map(LocalDate::toString).orElse("…") + "]";
    }

    private static String describe(ActorEntry e) {
        List<String> parts = new ArrayList<>();
        e.defaultCode().ifPresent(c -> parts.add("[" + c + "]"));
        e.dated().forEach(d -> parts.add(range(d)));
        return String.join(" ", parts);
    }

    private static void checkAgents(List<AgentEntry> entries, List<LintFinding> findings) {
        Set<String> codeLines = new HashSet<>();
        Set<String> duplicateLines = new HashSet<>();
        Map<List<String>, AgentEntry> firstByWords = new LinkedHashMap<>();
        for (AgentEntry entry : entries) {
            // a line with a substitution set gives several entries: check its code once
            if (!AGENT_CODE.matcher(entry.code()).matches() && codeLines.add(entry.origin())) {
                add(findings, Severity.ERROR, entry.origin(), "unknown-code", "agent "
                        + String.join(" ", entry.words()) + " has code [" + (entry.prefix() ? entry.code() + "~"
                        : "~" + entry.code()) + "], which is not upper-case letters and digits in groups of three");
            }
            // one line gives several phrases (plurals, substitution sets): report a line once
            AgentEntry earlier = firstByWords.putIfAbsent(entry.words(), entry);
            if (earlier != null && (!earlier.code().equals(entry.code()) || earlier.prefix() != entry.prefix())
                    && duplicateLines.add(entry.origin())) {
                add(findings, Severity.WARNING, entry.origin(), "duplicate", "agent phrase "
                        + String.join(" ", entry.words()) + " [" + entry.code() + "] is also at " + earlier.origin()
                        + " with [" + earlier.code() + "]; the first one listed applies");
            }
        }
    }

    private static String fileOf(String origin) {
        Matcher m = ORIGIN.matcher(origin);
        return m.matches() ? m.group(1) : origin;
    }

    private static void add(List<LintFinding> findings, Severity severity, String origin, String check,
                            String message) {
        Matcher m = ORIGIN.matcher(origin);
        if (m.matches()) {
            findings.add(new LintFinding(severity, m.group(1), Integer.parseInt(m.group(2)), check, message));
        } else {
            findings.add(new LintFinding(severity, origin, 0, check, message));
        }
    }
}
