package org.dyad.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.dictionary.DictionaryLine;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.Inflector;

/**
 * The issue list: phrases that tag a sentence with issue codes such as EDUCATION_REFORM or NUCLEAR_WEAPONS, read
 * from Phoenix.IssueCoding.txt. Immutable and thread-safe.
 *
 * <p>Format ("PETRARCH Dictionary Formats", Issues List): {@code phrase [CODE]} lines inside
 * {@code <ISSUE CATEGORY="..."> ... </ISSUE>} blocks; {@code #} comments. Expansions, applying to the word they
 * are written in (up to the next blank):
 * <ul>
 * <li>{@code n:school} gives SCHOOL and SCHOOLS; {@code v:purge} gives PURGE, PURGES, PURGED, PURGING
 *     ({@link Inflector}). When the word also holds '+', the last part is inflected ({@code pre+n:school},
 *     {@code n:pick+pocket});</li>
 * <li>{@code al+zarqawi} gives AL ZARQAWI and AL-ZARQAWI; several '+' give every combination;</li>
 * <li>{@code ~phrase} and {@code ~~phrase} are ignore phrases: as in PETRARCH, finding any of them cancels all
 *     issue coding of the sentence.</li>
 * </ul>
 * An unknown prefix such as {@code m:} is dropped and reported. Lines without a {@code [CODE]} are reported and
 * skipped (the 2014 Phoenix file has 14, e.g. "european central bank" in EUROPEAN_UNION); when a line holds text
 * after its code (two entries run together) only the first is read and the line is reported.
 *
 * <p>Matching: PETRARCH pads phrase and sentence with blanks and looks for the phrase, so phrases match whole
 * words. Dyad does the same on words: phrase and sentence are upper-cased, every character other than a letter,
 * digit, hyphen, apostrophe or '&amp;' separates words (so "education." and "E.U." match "education" and "e.u."),
 * and quotes or hyphens at the edges of a word are dropped. Phrases are indexed by first word.
 */
public final class IssueDictionary {
    private static final Pattern CATEGORY = Pattern.compile("CATEGORY\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_JOINS = 6;
    /**
     * Most phrases one line may expand to. Each token with joins and inflections multiplies the variants of the line,
     * so a line of many such tokens would expand to millions of phrases (found by fuzzing, issue 11); the bundled
     * file's largest line expands to far fewer.
     */
    static final int MAX_PHRASES_PER_LINE = 1024;

    private record Phrase(List<String> words, String code) {
    }

    private final Map<String, Issue> issues;
    private final Map<String, List<Phrase>> phrasesByFirstWord;
    private final Map<String, List<List<String>>> ignoresByFirstWord;
    private final int phraseCount;

    private IssueDictionary(Map<String, Issue> issues, List<Phrase> phrases, List<List<String>> ignores) {
        this.issues = Collections.unmodifiableMap(issues);
        Map<String, List<Phrase>> index = new HashMap<>();
        for (Phrase p : phrases) {
            index.computeIfAbsent(p.words().get(0), k -> new ArrayList<>()).add(p);
        }
        this.phrasesByFirstWord = index;
        Map<String, List<List<String>>> ignoreIndex = new HashMap<>();
        for (List<String> words : ignores) {
            ignoreIndex.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
        }
        this.ignoresByFirstWord = ignoreIndex;
        this.phraseCount = phrases.size();
    }

    /**
     * Parses an issue file.
     *
     * @param content decoded file content
     * @param source  file name for warnings
     * @param report  receives a warning for each malformed line
     * @return the dictionary; never throws on bad lines
     */
    public static IssueDictionary parse(String content, String source, DictionaryReport report) {
        Map<String, Issue> issues = new LinkedHashMap<>();
        Set<Phrase> phrases = new LinkedHashSet<>();
        Set<List<String>> ignores = new LinkedHashSet<>();
        String category = "";
        for (DictionaryLine line : DictionaryText.lines(content, source, report, false)) {
            String text = line.trimmed();
            int n = line.number();
            String upper = text.toUpperCase(Locale.ROOT);
            if (upper.startsWith("<ISSUE")) {
                Matcher m = CATEGORY.matcher(text);
                if (m.find()) {
                    category = m.group(1).strip();
                } else {
                    report.warn(source, n, "<ISSUE> without CATEGORY=\"...\"; category left empty");
                    category = "";
                }
                continue;
            }
            if (upper.startsWith("</ISSUE")) {
                category = "";
                continue;
            }
            if (text.startsWith("~")) {
                int tildes = 0;
                while (tildes < text.length() && text.charAt(tildes) == '~') {
                    tildes++;
                }
                String phrase = text.substring(tildes);
                for (List<String> words : expand(phrase, source, n, report)) {
                    ignores.add(words);
                }
                continue;
            }
            int open = text.indexOf('[');
            if (open < 0) {
                report.warn(source, n, "issue phrase '" + text + "' has no [CODE]; skipped");
                continue;
            }
            int close = text.indexOf(']', open);
            if (close < 0) {
                report.warn(source, n, "'[' without ']'; skipped");
                continue;
            }
            String code = text.substring(open + 1, close).strip();
            if (code.isEmpty() || !code.equals(DictionaryText.withoutBlanks(code))) {
                report.warn(source, n, "malformed issue code [" + code + "]; skipped");
                continue;
            }
            String after = text.substring(close + 1).strip();
            if (!after.isEmpty()) {
                report.warn(source, n, "text '" + after + "' after the code; ignored");
            }
            List<List<String>> expanded = expand(text.substring(0, open), source, n, report);
            if (expanded.isEmpty()) {
                report.warn(source, n, "code [" + code + "] without a phrase; skipped");
                continue;
            }
            issues.putIfAbsent(code, new Issue(code, category));
            for (List<String> words : expanded) {
                phrases.add(new Phrase(words, code));
            }
        }
        return new IssueDictionary(issues, new ArrayList<>(phrases), new ArrayList<>(ignores));
    }

    /**
     * The issue codes a sentence mentions, each once, in the order of their first match; empty when none matches
     * or an ignore phrase occurs. For PETRARCH's "CODE count" output see {@link #issueCounts(String)}.
     */
    public List<String> issuesIn(String sentenceText) {
        return List.copyOf(issueCounts(sentenceText).keySet());
    }

    /**
     * Issue code to the number of distinct phrases of that code found in the sentence, in the order of first
     * match: PETRARCH writes this as "POSTSECONDARY_EDUCATION 2, LITERACY 1". Empty when an ignore phrase occurs.
     */
    public Map<String, Integer> issueCounts(String sentenceText) {
        List<String> words = textWords(sentenceText);
        for (int i = 0; i < words.size(); i++) {
            for (List<String> ignore : ignoresByFirstWord.getOrDefault(words.get(i), List.of())) {
                if (matchesAt(words, i, ignore)) {
                    return Map.of();
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<Phrase> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (Phrase p : phrasesByFirstWord.getOrDefault(words.get(i), List.of())) {
                if (matchesAt(words, i, p.words()) && found.add(p)) {
                    counts.merge(p.code(), 1, Integer::sum);
                }
            }
        }
        return Collections.unmodifiableMap(counts);
    }

    /** The issue of a code, with its category; empty for an unknown code. */
    public Optional<Issue> issue(String code) {
        return Optional.ofNullable(issues.get(code));
    }

    /** Every issue code defined, in file order. */
    public List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    /** Number of phrases after expansion (ignore phrases not counted). */
    public int phraseCount() {
        return phraseCount;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Every phrase a line's phrase text stands for, as normalized words. */
    private static List<List<String>> expand(String phrase, String source, int line, DictionaryReport report) {
        List<String> variants = List.of("");
        for (String token : DictionaryText.fields(phrase)) {
            List<String> tokenVariants = tokenVariants(token, source, line, report);
            if ((long) variants.size() * tokenVariants.size() > MAX_PHRASES_PER_LINE) {
                report.warn(source, line, "the line expands to more than " + MAX_PHRASES_PER_LINE
                        + " phrases; skipped");
                return List.of();
            }
            List<String> next = new ArrayList<>();
            for (String v : variants) {
                for (String t : tokenVariants) {
                    next.add(v.isEmpty() ? t : v + " " + t);
                }
            }
            variants = next;
        }
        Set<List<String>> result = new LinkedHashSet<>();
        for (String v : variants) {
            List<String> words = textWords(v);
            if (!words.isEmpty()) {
                result.add(words);
            }
        }
        return new ArrayList<>(result);
    }

    private static List<String> tokenVariants(String token, String source, int line, DictionaryReport report) {
        String[] parts = token.split("\\+", -1);
        char inflection = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.length() >= 2 && p.charAt(1) == ':' && Character.isLetter(p.charAt(0))) {
                char kind = Character.toLowerCase(p.charAt(0));
                if (kind == 'n' || kind == 'v') {
                    inflection = kind;
                } else {
                    report.warn(source, line, "unknown expansion '" + p.substring(0, 2) + "' in '" + token
                            + "'; dropped");
                }
                parts[i] = p.substring(2);
            }
        }
        String last = parts[parts.length - 1].toUpperCase(Locale.ROOT);
        List<String> lastForms = new ArrayList<>();
        lastForms.add(last);
        if (!last.isEmpty() && inflection == 'n') {
            lastForms.add(Inflector.plural(last));
        } else if (!last.isEmpty() && inflection == 'v') {
            lastForms.add(Inflector.thirdPerson(last));
            lastForms.add(Inflector.past(last));
            lastForms.add(Inflector.presentParticiple(last));
        }
        int joins = parts.length - 1;
        if (joins > MAX_JOINS) {
            report.warn(source, line, "more than " + MAX_JOINS + " '+' in '" + token + "'; joined with blanks only");
        }
        if (parts.length == 1) {
            return lastForms;
        }
        List<String> separators = joins > MAX_JOINS ? List.of(" ") : List.of(" ", "-");
        List<String> prefixes = List.of(parts[0].toUpperCase(Locale.ROOT));
        for (int i = 1; i < parts.length - 1; i++) {
            List<String> next = new ArrayList<>();
            for (String prefix : prefixes) {
                for (String sep : separators) {
                    next.add(prefix + sep + parts[i].toUpperCase(Locale.ROOT));
                }
            }
            prefixes = next;
        }
        List<String> result = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String sep : separators) {
                for (String form : lastForms) {
                    result.add(prefix + sep + form);
                }
            }
        }
        return result;
    }

    /** Upper-case words of a text, split at anything but letters, digits, '-', '\'' and '&amp;'. */
    private static List<String> textWords(String text) {
        List<String> words = new ArrayList<>();
        String upper = text.toUpperCase(Locale.ROOT);
        int n = upper.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(upper.charAt(i))) {
                i++;
            }
            int begin = i;
            while (i < n && isWordChar(upper.charAt(i))) {
                i++;
            }
            int b = begin;
            int e = i;
            while (b < e && (upper.charAt(b) == '-' || upper.charAt(b) == '\'')) {
                b++;
            }
            while (e > b && (upper.charAt(e - 1) == '-' || upper.charAt(e - 1) == '\'')) {
                e--;
            }
            if (e > b) {
                words.add(upper.substring(b, e));
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '&';
    }
}
