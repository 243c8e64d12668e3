package org.dyad.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
 * The verb dictionary: synonym sets, verb blocks with their surface forms, and patterns with event codes, read
 * from a PETRARCH {@code .verbs} file (CAMEO.2.0.txt, PETR.Validate.verbs.txt). Immutable and thread-safe once
 * parsed.
 *
 * <p>Format ("PETRARCH Dictionary Formats", Verb Dictionary; TABARI manual 0.8.4b2 chapter 5):
 * <pre>
 * &amp;CURRENCY                      synset label; a label ending in '_' gets no plurals
 * +DOLLAR                         synset phrase; plural generated unless it ends in '_'
 * +&amp;OTHERSET                      another synset's phrases (PETRARCH validation file)
 * ---  ASK   [020]  ---           block header: name and primary code
 * ASK                             verb: regular forms generated
 * SAY {SAID}                      irregular forms in braces; {} = no other forms
 * +ASK_FOR {+ASKED_FOR} [020]     multi-word verb, '+' marks the verb proper; own code
 * - * (FOR HELP) {&amp;MILITARY AID} [0232]   pattern: '*' the verb, '$' source, '+' target, '%' compound,
 *                                            '^' skip an actor, '&amp;X' synset; '_' joins, blank allows gaps
 * ~ a (a b ATTACK) SAY = a b 015  transformation (kept as raw text, see {@link #transformations()})
 * </pre>
 *
 * <p>Verb forms. Without braces a verb gives its base, third person, past and -ING forms ({@link Inflector});
 * only the verb proper of a multi-word verb is inflected (+CALL_OFF gives CALLS OFF, CALLED OFF, CALLING OFF).
 * With a braces list the listed forms replace the generated past forms; the generated third person and -ING forms
 * are still added unless the list already holds a form ending in S or ING respectively ({@code SAY {SAID}} gives
 * SAY, SAID, SAYS, SAYING; {@code HURRY {HURRIES HURRYING HURRIED}} gives just those four). A braces form with no
 * '+' has its verb proper where the base has it. A verb written with a blank ({@code LASH OUT}) is read like one
 * written with an underscore. Repeated identical forms in a block are kept once.
 *
 * <p>Synsets may be defined anywhere in the file, also after the patterns that use them. A pattern element
 * {@code &NAME_WORD} names synset NAME_WORD when it exists (CAMEO.2.0 has {@code &FIGHT_OF_WORDS}), else synset
 * NAME joined to the word WORD (the validation file's {@code NEW_&TIETYPES_RELATIONS}): the longest defined name
 * wins. A pattern naming an undefined synset is kept and reported; it can never match.
 *
 * <p>{@code **} (in the format document's examples) is read like {@code *}. Lines starting with {@code ###} are
 * comments like any {@code #} text (the section banners of CAMEO.2.0); blocks start only at {@code ---}. A header
 * with two codes ({@code --- DELAY [120]  [031:031] ---}) uses the first and is reported. A '*' written against a
 * word ({@code - *SCEPTICAL}) is read as a separate '*' and reported. Reported and skipped: patterns without a verb
 * '*' or with two, TABARI disjunctions
 * ({@code |}), patterns or verbs outside a block, lines that look like a pattern but lack the leading '-', and
 * malformed codes or brackets.
 */
public final class VerbDictionary {
    private static final Pattern GLUED_STAR =
            Pattern.compile("(?<=[A-Za-z0-9'])\\*(?!\\*)|(?<!\\*)\\*(?=[A-Za-z0-9&$%^])");

    private final Map<String, List<List<String>>> synsets;
    private final List<VerbBlock> blocks;
    private final List<String> transformations;
    private final Map<String, List<VerbBlock>> byHead;

    private VerbDictionary(Map<String, List<List<String>>> synsets, List<VerbBlock> blocks,
                           List<String> transformations) {
        this.synsets = synsets;
        this.blocks = List.copyOf(blocks);
        this.transformations = List.copyOf(transformations);
        Map<String, List<VerbBlock>> index = new HashMap<>();
        for (VerbBlock block : this.blocks) {
            for (VerbForm form : block.forms()) {
                List<VerbBlock> list = index.computeIfAbsent(form.headWord(), k -> new ArrayList<>());
                // Blocks are visited one after the other, so a repeat can only be the last one added.
                if (list.isEmpty() || list.get(list.size() - 1) != block) {
                    list.add(block);
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byHead = index;
    }

    /**
     * Parses a verb dictionary.
     *
     * @param content decoded file content
     * @param source  file name for {@code origin} strings and warnings
     * @param report  receives a warning for each malformed line and each undefined synset
     * @return the dictionary; never throws on bad lines
     */
    public static VerbDictionary parse(String content, String source, DictionaryReport report) {
        return new Reader(source, report).read(content);
    }

    /**
     * Synset name (without '&amp;' and trailing '_') to its phrases, each a list of upper-case words, singular and
     * generated plural forms and the phrases of included synsets, without duplicates. Unmodifiable.
     */
    public Map<String, List<List<String>>> synsets() {
        return synsets;
    }

    /**
     * This dictionary followed by a supplement: synsets of both (the supplement's win on a name clash), then this
     * dictionary's blocks, then the supplement's. A verb listed in both keeps this dictionary's code first; the coder
     * tries the patterns of every block that lists it.
     */
    public VerbDictionary plus(VerbDictionary supplement) {
        Map<String, List<List<String>>> merged = new java.util.LinkedHashMap<>(synsets);
        merged.putAll(supplement.synsets);
        List<VerbBlock> all = new ArrayList<>(blocks);
        all.addAll(supplement.blocks);
        List<String> transforms = new ArrayList<>(transformations);
        transforms.addAll(supplement.transformations);
        return new VerbDictionary(java.util.Collections.unmodifiableMap(merged), all, transforms);
    }

    /** The verb blocks in file order. */
    public List<VerbBlock> blocks() {
        return blocks;
    }

    /** The blocks having a form whose verb proper is {@code word} (case-insensitive); empty when none. */
    public List<VerbBlock> blocksWithHead(String word) {
        return byHead.getOrDefault(word.toUpperCase(Locale.ROOT), List.of());
    }

    /**
     * The PETRARCH transformation lines ({@code ~ a (a b ATTACK) SAY = a b 015}) as written, without the '~'.
     * Dyad does not interpret them yet.
     */
    public List<String> transformations() {
        return transformations;
    }

    /** Element kinds of a pattern before synsets are resolved. */
    private enum Kind { VERB, WORD, SYNSET, SOURCE, TARGET, COMPOUND, SKIP }

    private record RawToken(Kind kind, String text, boolean joined) {
    }

    private record RawPattern(List<RawToken> tokens, CodePair codes, int line) {
    }

    private record SynsetMember(String text, int line, boolean noPlural) {
    }

    private static final class BlockBuilder {
        final String name;
        final CodePair codes;
        final List<VerbForm> forms = new ArrayList<>();
        final Set<VerbForm> seen = new HashSet<>();
        final List<RawPattern> patterns = new ArrayList<>();
        final String origin;

        BlockBuilder(String name, CodePair codes, String origin) {
            this.name = name;
            this.codes = codes;
            this.origin = origin;
        }

        void add(VerbForm form) {
            VerbForm key = new VerbForm(form.words(), form.head(), form.codes(), "");
            if (seen.add(key)) {
                forms.add(form);
            }
        }
    }

    /** One parse: holds the state of reading a file. */
    private static final class Reader {
        private final String source;
        private final DictionaryReport report;
        private final Map<String, List<SynsetMember>> rawSynsets = new LinkedHashMap<>();
        private final Map<String, Integer> synsetLines = new HashMap<>();
        private final List<BlockBuilder> builders = new ArrayList<>();
        private final List<String> transformations = new ArrayList<>();
        private final Map<String, List<List<String>>> resolved = new HashMap<>();

        Reader(String source, DictionaryReport report) {
            this.source = source;
            this.report = report;
        }

        VerbDictionary read(String content) {
            BlockBuilder block = null;
            String synset = null;
            boolean synsetNoPlural = false;
            for (DictionaryLine line : DictionaryText.lines(content, source, report, true)) {
                String text = line.trimmed();
                int n = line.number();
                if (text.startsWith("---")) {
                    block = header(text, n);
                    builders.add(block);
                    synset = null;
                } else if (text.startsWith("&")) {
                    String label = text.substring(1).strip().toUpperCase(Locale.ROOT);
                    if (label.isEmpty() || !label.equals(DictionaryText.withoutBlanks(label))) {
                        report.warn(source, n, "malformed synset label '" + text + "'; skipped");
                        synset = null;
                        continue;
                    }
                    synsetNoPlural = label.endsWith("_");
                    synset = stripUnderscores(label);
                    rawSynsets.computeIfAbsent(synset, k -> new ArrayList<>());
                    synsetLines.putIfAbsent(synset, n);
                } else if (text.startsWith("+") && synset != null) {
                    rawSynsets.get(synset).add(new SynsetMember(text.substring(1).strip(), n, synsetNoPlural));
                } else if (text.startsWith("-")) {
                    synset = null;
                    if (block == null) {
                        report.warn(source, n, "pattern before any '---' block header; skipped");
                    } else {
                        pattern(text.substring(1), n).ifPresent(block.patterns::add);
                    }
                } else if (text.startsWith("~")) {
                    synset = null;
                    transformations.add(text.substring(1).strip());
                } else {
                    synset = null;
                    if (text.startsWith("*") || text.startsWith("$") || text.startsWith("%")
                            || text.startsWith("^")) {
                        report.warn(source, n, "looks like a pattern without its leading '-'; skipped");
                    } else if (block == null) {
                        report.warn(source, n, "verb before any '---' block header; skipped");
                    } else {
                        verb(text, n, block);
                    }
                }
            }
            Map<String, List<List<String>>> synsets = new LinkedHashMap<>();
            for (String name : rawSynsets.keySet()) {
                synsets.put(name, List.copyOf(resolve(name, new LinkedHashSet<>())));
            }
            List<VerbBlock> blocks = new ArrayList<>();
            for (BlockBuilder b : builders) {
                List<VerbPattern> patterns = new ArrayList<>();
                for (RawPattern p : b.patterns) {
                    patterns.add(finish(p, synsets.keySet()));
                }
                blocks.add(new VerbBlock(b.name, b.codes, b.forms, patterns, b.origin));
            }
            return new VerbDictionary(Collections.unmodifiableMap(synsets), blocks, transformations);
        }

        private BlockBuilder header(String text, int n) {
            int i = 0;
            while (i < text.length() && text.charAt(i) == '-') {
                i++;
            }
            String body = text.substring(i).strip();
            while (body.endsWith("-")) {
                body = body.substring(0, body.length() - 1);
            }
            body = body.strip();
            int open = body.indexOf('[');
            String name = (open < 0 ? body : body.substring(0, open)).strip();
            CodePair codes = CodePair.none();
            if (open >= 0) {
                List<String> brackets = new ArrayList<>();
                int pos = open;
                while (pos >= 0) {
                    int close = body.indexOf(']', pos);
                    if (close < 0) {
                        report.warn(source, n, "'[' without ']' in block header; code ignored");
                        break;
                    }
                    brackets.add(body.substring(pos + 1, close));
                    pos = body.indexOf('[', close);
                }
                if (!brackets.isEmpty()) {
                    Optional<CodePair> parsed = CodePair.parse(brackets.get(0));
                    if (parsed.isEmpty()) {
                        report.warn(source, n, "malformed block code [" + brackets.get(0) + "]; block has no code");
                    } else {
                        codes = parsed.get();
                    }
                    if (brackets.size() > 1) {
                        report.warn(source, n, "block header has " + brackets.size() + " codes; using the first, ["
                                + brackets.get(0) + "]");
                    }
                }
            }
            if (name.isEmpty()) {
                report.warn(source, n, "block header without a name");
            }
            return new BlockBuilder(name.toUpperCase(Locale.ROOT), codes, source + ":" + n);
        }

        private void verb(String text, int n, BlockBuilder block) {
            String rest = text;
            List<String> braceForms = null;
            int brace = rest.indexOf('{');
            if (brace >= 0) {
                int close = rest.indexOf('}', brace);
                if (close < 0) {
                    report.warn(source, n, "'{' without '}' in verb line; skipped");
                    return;
                }
                braceForms = new ArrayList<>();
                braceForms.addAll(DictionaryText.fields(rest.substring(brace + 1, close)));
                rest = rest.substring(0, brace) + " " + rest.substring(close + 1);
            }
            CodePair codes = block.codes;
            int open = rest.indexOf('[');
            if (open >= 0) {
                int close = rest.indexOf(']', open);
                if (close < 0) {
                    report.warn(source, n, "'[' without ']' in verb line; skipped");
                    return;
                }
                Optional<CodePair> parsed = CodePair.parse(rest.substring(open + 1, close));
                if (parsed.isEmpty()) {
                    report.warn(source, n, "malformed code [" + rest.substring(open + 1, close) + "]; skipped");
                    return;
                }
                codes = parsed.get();
                String after = rest.substring(close + 1).strip();
                if (!after.isEmpty()) {
                    report.warn(source, n, "text '" + after + "' after the verb code; ignored");
                }
                rest = rest.substring(0, open);
            }
            String phrase = rest.strip();
            if (phrase.isEmpty()) {
                report.warn(source, n, "verb line without a verb; skipped");
                return;
            }
            if (DictionaryText.containsAny(phrase, "*$%^&()[]{}|<>")) {
                report.warn(source, n, "'" + phrase + "' is not a verb; skipped");
                return;
            }
            String origin = source + ":" + n;
            Optional<MarkedWords> basePhrase = marked(phrase, n);
            if (basePhrase.isEmpty()) {
                return;
            }
            MarkedWords baseWords = basePhrase.get();
            VerbForm base = new VerbForm(baseWords.words(), Math.max(baseWords.head(), 0), codes, origin);
            block.add(base);
            String headWord = base.headWord();
            boolean addThird = true;
            boolean addIng = true;
            if (braceForms == null) {
                block.add(inflected(base, Inflector.past(headWord)));
            } else {
                for (String f : braceForms) {
                    Optional<MarkedWords> listed = marked(f, n);
                    if (listed.isEmpty()) {
                        continue;
                    }
                    List<String> words = listed.get().words();
                    int head = listed.get().head();
                    if (head < 0) {
                        // No '+': the verb proper sits where the base has it, if the form has the same shape.
                        head = words.size() == base.words().size() ? base.head() : 0;
                    }
                    VerbForm form = new VerbForm(words, head, codes, origin);
                    block.add(form);
                    addThird &= !form.headWord().endsWith("S");
                    addIng &= !form.headWord().endsWith("ING");
                }
                if (braceForms.isEmpty()) {
                    addThird = false;
                    addIng = false;
                }
            }
            if (addThird) {
                block.add(inflected(base, Inflector.thirdPerson(headWord)));
            }
            if (addIng) {
                block.add(inflected(base, Inflector.presentParticiple(headWord)));
            }
        }

        /** Words of a verb written like "WIRE_+TAPPED", with the index of the '+'-marked word (-1: none). */
        private record MarkedWords(List<String> words, int head) {
        }

        private Optional<MarkedWords> marked(String text, int n) {
            List<String> words = new ArrayList<>();
            int head = -1;
            boolean markNext = false;
            for (String w : DictionaryText.words(text)) {
                boolean plus = w.startsWith("+");
                String word = plus ? w.substring(1) : w;
                if (plus || markNext) {
                    if (head >= 0) {
                        report.warn(source, n, "more than one '+' in '" + text + "'; the first marks the verb");
                    } else if (!word.isEmpty()) {
                        head = words.size();
                    }
                }
                markNext = plus && word.isEmpty();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (words.isEmpty()) {
                report.warn(source, n, "'" + text + "' has no verb word; skipped");
                return Optional.empty();
            }
            return Optional.of(new MarkedWords(words, head));
        }

        private static VerbForm inflected(VerbForm base, String headForm) {
            List<String> words = new ArrayList<>(base.words());
            words.set(base.head(), headForm);
            return new VerbForm(words, base.head(), base.codes(), base.origin());
        }

        private Optional<RawPattern> pattern(String text, int n) {
            int open = text.lastIndexOf('[');
            if (open < 0) {
                report.warn(source, n, "pattern without [code]; skipped");
                return Optional.empty();
            }
            int close = text.indexOf(']', open);
            if (close < 0) {
                report.warn(source, n, "'[' without ']' in pattern; skipped");
                return Optional.empty();
            }
            Optional<CodePair> codes = CodePair.parse(text.substring(open + 1, close));
            if (codes.isEmpty()) {
                report.warn(source, n, "malformed pattern code [" + text.substring(open + 1, close) + "]; skipped");
                return Optional.empty();
            }
            String after = text.substring(close + 1).strip();
            if (!after.isEmpty()) {
                report.warn(source, n, "text '" + after + "' after the pattern code; ignored");
            }
            String body = text.substring(0, open);
            if (body.indexOf('|') >= 0) {
                report.warn(source, n, "TABARI disjunction '|' in pattern (use a synset); skipped");
                return Optional.empty();
            }
            if (body.indexOf('[') >= 0 || body.indexOf(']') >= 0) {
                report.warn(source, n, "more than one [code] in pattern; skipped");
                return Optional.empty();
            }
            Matcher glued = GLUED_STAR.matcher(body);
            if (glued.find()) {
                report.warn(source, n, "'*' written against a word; read as a separate verb '*'");
                body = glued.replaceAll(" * ");
            }
            List<RawToken> tokens = tokenize(body);
            int verbs = 0;
            for (RawToken t : tokens) {
                verbs += t.kind() == Kind.VERB ? 1 : 0;
            }
            if (verbs != 1) {
                report.warn(source, n, verbs == 0 ? "pattern without the verb '*'; skipped"
                        : "pattern with " + verbs + " verbs '*'; skipped");
                return Optional.empty();
            }
            return Optional.of(new RawPattern(tokens, codes.get(), n));
        }

        /** Splits a pattern body at blanks, underscores, parentheses and braces. */
        private static List<RawToken> tokenize(String body) {
            List<String> texts = new ArrayList<>();
            List<Boolean> joined = new ArrayList<>();
            int i = 0;
            int len = body.length();
            while (i < len) {
                boolean underscore = false;
                while (i < len && isPatternSeparator(body.charAt(i))) {
                    underscore |= body.charAt(i) == '_';
                    i++;
                }
                if (!texts.isEmpty()) {
                    joined.set(joined.size() - 1, underscore);
                }
                int begin = i;
                while (i < len && !isPatternSeparator(body.charAt(i))) {
                    i++;
                }
                if (i > begin) {
                    texts.add(body.substring(begin, i));
                    joined.add(false);
                }
            }
            List<RawToken> tokens = new ArrayList<>();
            for (int k = 0; k < texts.size(); k++) {
                String t = texts.get(k).toUpperCase(Locale.ROOT);
                boolean j = joined.get(k) && k < texts.size() - 1;
                Kind kind = switch (t) {
                    case "*", "**" -> Kind.VERB;
                    case "$" -> Kind.SOURCE;
                    case "+" -> Kind.TARGET;
                    case "%" -> Kind.COMPOUND;
                    case "^" -> Kind.SKIP;
                    default -> t.startsWith("&") && t.length() > 1 ? Kind.SYNSET : Kind.WORD;
                };
                tokens.add(new RawToken(kind, kind == Kind.SYNSET ? t.substring(1) : t, j));
            }
            return tokens;
        }

        private static boolean isPatternSeparator(char c) {
            return Character.isWhitespace(c) || c == '_' || c == '(' || c == ')' || c == '{' || c == '}';
        }

        private VerbPattern finish(RawPattern raw, Set<String> defined) {
            List<RawToken> tokens = raw.tokens();
            List<PatternToken> before = new ArrayList<>();
            List<PatternToken> after = new ArrayList<>();
            boolean verbJoined = false;
            boolean seenVerb = false;
            for (int k = 0; k < tokens.size(); k++) {
                RawToken t = tokens.get(k);
                PatternElement element;
                boolean joined = t.joined();
                switch (t.kind()) {
                    case VERB -> {
                        seenVerb = true;
                        verbJoined = joined;
                        continue;
                    }
                    case SOURCE -> element = new PatternElement.SourceMarker();
                    case TARGET -> element = new PatternElement.TargetMarker();
                    case COMPOUND -> element = new PatternElement.CompoundMarker();
                    case SKIP -> element = new PatternElement.Skip();
                    case WORD -> element = new PatternElement.Word(t.text());
                    default -> {
                        String name = t.text();
                        String best = defined.contains(name) ? name : null;
                        int bestEnd = k;
                        StringBuilder candidate = new StringBuilder(name);
                        int j = k;
                        while (tokens.get(j).joined() && j + 1 < tokens.size()
                                && tokens.get(j + 1).kind() == Kind.WORD) {
                            j++;
                            candidate.append('_').append(tokens.get(j).text());
                            if (defined.contains(candidate.toString())) {
                                best = candidate.toString();
                                bestEnd = j;
                            }
                        }
                        if (best == null) {
                            report.warn(source, raw.line(), "pattern uses undefined synset &" + name
                                    + "; kept, but it cannot match");
                            best = name;
                        }
                        element = new PatternElement.Synset(best);
                        k = bestEnd;
                        joined = tokens.get(bestEnd).joined();
                    }
                }
                (seenVerb ? after : before).add(new PatternToken(element, joined));
            }
            if (!after.isEmpty()) {
                PatternToken last = after.get(after.size() - 1);
                after.set(after.size() - 1, new PatternToken(last.element(), false));
            } else {
                verbJoined = false;
            }
            return new VerbPattern(before, after, raw.codes(), source + ":" + raw.line(), verbJoined);
        }

        private List<List<String>> resolve(String name, Set<String> visiting) {
            List<List<String>> done = resolved.get(name);
            if (done != null) {
                return done;
            }
            visiting.add(name);
            Set<List<String>> phrases = new LinkedHashSet<>();
            for (SynsetMember member : rawSynsets.get(name)) {
                String text = member.text();
                if (text.startsWith("&")) {
                    String other = stripUnderscores(text.substring(1).strip().toUpperCase(Locale.ROOT));
                    if (!rawSynsets.containsKey(other)) {
                        report.warn(source, member.line(), "synset &" + name + " includes undefined synset &"
                                + other + "; ignored");
                    } else if (visiting.contains(other)) {
                        report.warn(source, member.line(), "synset &" + name + " includes &" + other
                                + ", which includes &" + name + "; cycle ignored");
                    } else {
                        phrases.addAll(resolve(other, visiting));
                    }
                    continue;
                }
                List<String> words = DictionaryText.words(text);
                if (words.isEmpty()) {
                    report.warn(source, member.line(), "empty synset phrase; skipped");
                    continue;
                }
                if (DictionaryText.containsAny(text, "*$%^&[]{}|")) {
                    report.warn(source, member.line(), "synset phrases may hold only words: '" + text
                            + "'; skipped");
                    continue;
                }
                phrases.add(List.copyOf(words));
                if (!member.noPlural() && !text.endsWith("_")) {
                    List<String> plural = new ArrayList<>(words);
                    plural.set(plural.size() - 1, Inflector.plural(plural.get(plural.size() - 1)));
                    phrases.add(List.copyOf(plural));
                }
            }
            visiting.remove(name);
            List<List<String>> result = List.copyOf(phrases);
            resolved.put(name, result);
            return result;
        }

        private static String stripUnderscores(String label) {
            int end = label.length();
            while (end > 0 && label.charAt(end - 1) == '_') {
                end--;
            }
            return label.substring(0, end);
        }
    }
}
