package org.dyad.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Finds proper names and types them PERSON, ORGANISATION, PLACE or OTHER. Requires {@link Layer#POS}; produces
 * {@link Layer#NAMES}: the names in text order, never overlapping.
 *
 * <p><b>Finding.</b> A name is a run of proper-noun tokens (UD tag PROPN from the OpenNLP tagger; a capitalised
 * noun or adjective next to a proper noun joins it: "Kennedy Space Center"). Inner connectors join two runs when
 * the result is an actor dictionary phrase ("Bosnia and Herzegovina"), when the word before "of"/"for" is an
 * organisation or place head word ("Ministry of Defence", "Bank of England", "State of Texas"; then "and" may
 * follow: "Ministry of Science and Technology"), or when they are lower-case name particles ("Osama bin Laden").
 * An honorific ("Mr.", "Dr.") opens the name and stays in it. A role word inside a run ("U.S. President Donald
 * Trump") splits it and is left out; what stood before it is kept only when it is a known name ("U.S."). Days and
 * months are not names; the possessive 's is not part of a name. In a sentence written mostly in capitals (a
 * headline) only actor dictionary phrases and known place names are taken, since every word there looks like a
 * proper noun to the tagger.
 *
 * <p><b>Typing</b>, first cue that applies: an honorific or a role word before the name (PERSON); the actor
 * dictionary phrase (typed by its file and record: see {@link NameLexicon#of}); an organisation head word (Agency,
 * Ministry, Party, Council, University, Bank, Army, Forces, Committee, Court, Inc, Ltd, News, Times…) or a place
 * head word (Center, Museum, Airport, River, Island…); a given name first (PERSON); a known place name
 * ({@link PlaceNames}); a compass word first ("Southern Indiana": PLACE); an acronym (ORGANISATION); a place
 * preposition before it ("in", "at", "from", "near": PLACE); two to four capitalised words with no other cue
 * (PERSON, the commonest kind of such names in news); else OTHER. "Name, Name" where the second is a known place
 * makes the first a place ("Houston, Texas").
 *
 * <p><b>Document consistency.</b> A name typed by a weak cue takes the type the same name got from a firm cue
 * elsewhere in the document, and a single word that is the first or last word of a person's full name there is that
 * person ("Warhol" after "Andy Warhol"), even when it is also a place name ("Paris" after "Valeska Paris").
 *
 * <p>One pass over the tokens with hash look-ups, then one pass over the names found. Stateless after
 * construction and thread-safe; never throws on text.
 */
public final class NameFinder implements Stage {
    /** How firmly a cue types a name: a weaker type gives way to the document's firmer one. */
    private enum Strength { WEAK, MEDIUM, STRONG }

    /** Heads that take "of" in a place name: "State of Texas", "Republic of Korea", "City of London". */
    private static final Set<String> PLACE_OF_HEADS = Set.of("STATE", "REPUBLIC", "KINGDOM", "CITY",
            "MUNICIPALITY", "PROVINCE", "COUNTY", "DISTRICT", "GULF", "BAY", "ISLE", "STRAIT", "SEA", "CAPE",
            "COMMONWEALTH", "TERRITORY", "REGION", "DUCHY", "EMIRATE");
    private static final Set<String> NAME_PARTICLES = Set.of("DE", "DU", "DES", "DEL", "DELLA", "LA", "LE", "DI",
            "DA", "DOS", "VON", "VAN", "DER", "DEN", "TER", "AL", "EL", "BIN", "BEN", "IBN", "Y");

    /** Tags a capitalised word may carry when the tagger missed a name. */
    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "ADJ", "VERB", "X", "ADV", "NUM", "INTJ");
    /** Tokens after which a capitalised word starts a quotation or a list item, not a name. */
    private static final Set<String> OPENERS = Set.of("\"", "\u201c", "'", "\u2018", ":", "(", "[", "-", "\u2014",
            "\u2013", ";", "*", "\u2022");

    private final NameLexicon lexicon;
    private final PlaceNames places;

    /**
     * A finder whose place names are the built-in list ({@link ListedPlaceNames}).
     *
     * @param actors actor dictionary: its phrases type names (countries, people, organisations)
     * @param agents agent dictionary: its person nouns ("spokesman", "minister") are role words
     */
    public NameFinder(ActorDictionary actors, AgentDictionary agents) {
        this(NameLexicon.of(actors, agents), null);
    }

    /**
     * A finder with another source of place names, such as a gazetteer.
     *
     * @param actors actor dictionary
     * @param agents agent dictionary
     * @param places tells which names are places
     */
    public NameFinder(ActorDictionary actors, AgentDictionary agents, PlaceNames places) {
        this(NameLexicon.of(actors, agents), Objects.requireNonNull(places, "places"));
    }

    private NameFinder(NameLexicon lexicon, PlaceNames places) {
        this.lexicon = lexicon;
        this.places = places == null ? ListedPlaceNames.from(lexicon) : places;
    }

    @Override
    public Document apply(Document doc) {
        return doc.withNames(find(doc));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.NAMES;
    }

    /** A name found but not yet checked against the rest of the document. */
    private static final class Candidate {
        final Span span;
        final String key;
        final int size;
        final String firstKey;
        final String lastKey;
        NameType type;
        Strength strength;
        String evidence;
        /** Whether the name opens its sentence, where every word is capitalised. */
        boolean initial;

        Candidate(Span span, String key, int size, String firstKey, String lastKey, NameType type,
                  Strength strength, String evidence) {
            this.span = span;
            this.key = key;
            this.size = size;
            this.firstKey = firstKey;
            this.lastKey = lastKey;
            this.type = type;
            this.strength = strength;
            this.evidence = evidence;
        }
    }

    /**
     * The names of a document: found sentence by sentence, then made consistent over the document.
     *
     * @param doc a document with sentences and POS-tagged tokens
     * @return the names in text order, never overlapping
     */
    List<Name> find(Document doc) {
        List<Candidate> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokensIn(s);
            String[] keys = Words.keys(tokens);
            if (headline(tokens)) {
                findInCapitals(tokens, keys, found);
            } else {
                findInSentence(tokens, keys, found);
            }
        }
        Set<String> personParts = harmonise(found);
        Set<String> inside = new HashSet<>();
        Map<String, NameType> lone = new HashMap<>();
        for (Candidate c : found) {
            if (!c.initial) {
                inside.add(c.key);
                if (c.size == 1 && c.type != NameType.OTHER) {
                    lone.putIfAbsent(c.key, c.type);
                }
            }
        }
        List<Name> out = new ArrayList<>(found.size());
        int next = 0;
        for (Sentence s : doc.sentences()) {
            for (Token t : doc.tokensIn(s)) {
                while (next < found.size() && found.get(next).span.end() <= t.start()) {
                    add(found.get(next++), inside, out);
                }
                boolean covered = next < found.size() && found.get(next).span.start() < t.end();
                if (!covered && capitalisedWord(t.text())) {
                    // a word the tagger did not take for a name here, but which names someone or something in
                    // another sentence ("Later Quist/ADJ left", "Scientology/NOUN says…")
                    String key = Words.key(t.text());
                    if (personParts.contains(key)) {
                        out.add(new Name(t.span(), NameType.PERSON, "surname of a person"));
                    } else if (lone.containsKey(key)) {
                        out.add(new Name(t.span(), lone.get(key), "same name elsewhere"));
                    }
                }
            }
        }
        while (next < found.size()) {
            add(found.get(next++), inside, out);
        }
        return out;
    }

    /**
     * Adds a candidate unless it is a lone capitalised word opening a sentence that no cue types ("Floods hit…")
     * and that the document never capitalises elsewhere: there the capital says nothing.
     *
     * @param inside keys of the names found after the first word of a sentence
     */
    private static void add(Candidate c, Set<String> inside, List<Name> out) {
        if (c.initial && c.size == 1 && c.strength == Strength.WEAK && !inside.contains(c.key)
                && (c.evidence.equals("default") || c.evidence.equals("plural"))) {
            return;
        }
        out.add(new Name(c.span, c.type, c.evidence));
    }

    /** A word with a capital first letter and a lower-case letter after it ("Quist", not "QUIST" or "quist"). */
    private static boolean capitalisedWord(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int k = 1; k < text.length(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // ---- finding ---------------------------------------------------------------------------------------------

    private void findInSentence(List<Token> tokens, String[] keys, List<Candidate> out) {
        int n = tokens.size();
        int sentenceStart = out.size();
        boolean titleCase = titleCase(tokens);
        int i = 0;
        while (i < n) {
            boolean honorific = NameLexicon.HONORIFICS.contains(keys[i]) && i + 1 < n && nameToken(tokens, keys, i + 1, titleCase);
            if (!honorific && !nameToken(tokens, keys, i, titleCase)) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean orgOf = false;
            while (end < n) {
                if (nameToken(tokens, keys, end, titleCase)) {
                    end++;
                    continue;
                }
                if (tokens.get(end - 1).text().endsWith("-") && tokens.get(end - 1).text().length() > 1
                        && tokens.get(end).start() == tokens.get(end - 1).end()
                        && Character.isLetter(tokens.get(end).text().charAt(0))) {
                    end += 1; // "Cheuk-" "ting"
                    continue;
                }
                if (end + 1 < n && keys[end].equals("-") && tokens.get(end).start() == tokens.get(end - 1).end()
                        && tokens.get(end + 1).start() == tokens.get(end).end()
                        && Character.isLetter(tokens.get(end + 1).text().charAt(0))
                        && !(tokens.get(end - 1).text().length() == 1)) {
                    end += 2; // a hyphenated name, written without blanks: "Udvar-Hazy", "Yiu-chung"
                    continue;
                }
                if (keys[end].equals("'S") && end + 1 < n && nameToken(tokens, keys, end + 1, titleCase)) {
                    int right = end + 1;
                    while (right < n && nameToken(tokens, keys, right, titleCase)) {
                        right++;
                    }
                    if (NameLexicon.ORGANISATION_HEADS.contains(keys[right - 1]) && !lexicon.knows(join(keys, i, end))
                            && !places.isPlace(join(keys, i, end))) {
                        end = right; // "Korean People's Army", "New People's Party"
                        continue;
                    }
                    break;
                }
                int k = end;
                while (k < n && k - end < 2 && (connector(tokens, keys, k) || NAME_PARTICLES.contains(keys[k]))) {
                    k++;
                }
                if (k == end || k >= n || !nameToken(tokens, keys, k, titleCase)) {
                    break;
                }
                int right = k;
                while (right < n && nameToken(tokens, keys, right, titleCase)) {
                    right++;
                }
                String first = keys[end];
                boolean particles = true;
                for (int c = end; c < k; c++) {
                    particles &= NAME_PARTICLES.contains(keys[c]) && Character.isLowerCase(tokens.get(c).text().charAt(0));
                }
                boolean ofHead = (first.equals("OF") || first.equals("FOR"))
                        && (NameLexicon.ORGANISATION_HEADS.contains(keys[end - 1])
                        || NameLexicon.PLACE_HEADS.contains(keys[end - 1]) || PLACE_OF_HEADS.contains(keys[end - 1]));
                boolean and = (first.equals("AND") || first.equals("&")) && k == end + 1 && orgOf;
                if (ofHead || and || particles || lexicon.knows(join(keys, i, right))) {
                    orgOf |= ofHead;
                    end = right;
                } else {
                    break;
                }
            }
            int last = end - 1;
            if (last > i && end < n && keys[end].equals("-") && tokens.get(last).text().length() == 1) {
                split(tokens, keys, i, last, out); // "NASA T-shirt": the letter belongs to the word after it
            } else {
                split(tokens, keys, i, end, out);
            }
            i = end;
        }
        placePairs(tokens, keys, out, sentenceStart);
    }

    /** Splits a run at role words ("U.S. President Donald Trump") and types its parts. */
    private void split(List<Token> tokens, String[] keys, int from, int to, List<Candidate> out) {
        boolean titled = from > 0 && lexicon.isRole(keys[from - 1]);
        int segment = from;
        for (int t = from; t < to; t++) {
            if (!lexicon.isRole(keys[t]) || NameLexicon.HONORIFICS.contains(keys[t])) {
                continue;
            }
            if (t > from && connector(tokens, keys, t - 1)) {
                continue;
            }
            if (t + 1 < to && hasHead(keys, t + 1, to)) {
                continue; // "General Assembly", "Justice Department": the role word is part of the name
            }
            if (segment < t) {
                Optional<Candidate> left = type(tokens, keys, segment, t, false);
                left.filter(c -> c.strength != Strength.WEAK || c.type == NameType.ORGANISATION)
                        .filter(c -> c.type != NameType.OTHER)
                        .ifPresent(out::add);
            }
            segment = t + 1;
            titled = true;
        }
        if (segment < to) {
            boolean initial = segment == 0;
            type(tokens, keys, segment, to, titled).ifPresent(c -> {
                c.initial = initial;
                out.add(c);
            });
        }
    }

    /** An inner word of a name: "of", "and", "the"… written in lower case, or "&". */
    private static boolean connector(List<Token> tokens, String[] keys, int k) {
        String text = tokens.get(k).text();
        return NameLexicon.CONNECTORS.contains(keys[k]) && (text.equals("&") || Character.isLowerCase(text.charAt(0)));
    }

    private static boolean hasHead(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NameLexicon.ORGANISATION_HEADS.contains(keys[k]) || NameLexicon.PLACE_HEADS.contains(keys[k])) {
                return true;
            }
        }
        return false;
    }

    /** Types the name tokens[from, to); empty when it is not a name (a month, a bare honorific). */
    private Optional<Candidate> type(List<Token> tokens, String[] keys, int from, int to, boolean titled) {
        int size = to - from;
        boolean honorific = NameLexicon.HONORIFICS.contains(keys[from]);
        int nameFrom = honorific ? from + 1 : from;
        if (nameFrom >= to) {
            return Optional.empty();
        }
        String key = join(keys, nameFrom, to);
        if (size == 1 && NameLexicon.NOT_NAMES.contains(key)) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        String firstKey = keys[nameFrom];
        String lastKey = keys[to - 1];
        int nameSize = to - nameFrom;
        if (honorific) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON, Strength.STRONG, "honorific");
        }
        if (titled) {
            Optional<NameLexicon.Typed> typed = lexicon.phrase(key);
            if (typed.isEmpty() || typed.get().type() == NameType.PERSON) {
                return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON, Strength.STRONG, "title");
            }
        }
        Optional<NameLexicon.Typed> typed = lexicon.phrase(key);
        if (typed.isPresent() && nameSize == 1 && typed.get().type() == NameType.PLACE
                && adjective(tokens, from)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.OTHER, Strength.MEDIUM, "demonym");
        }
        if (typed.isPresent()) {
            Strength s = typed.get().certain() ? Strength.STRONG : Strength.MEDIUM;
            return candidate(span, key, nameSize, firstKey, lastKey, typed.get().type(), s, "actor dictionary");
        }
        String head = lastKey;
        for (int k = from + 1; k < to; k++) {
            if (keys[k].equals("OF") || keys[k].equals("FOR")) {
                head = keys[k - 1];
                break;
            }
        }
        if (NameLexicon.ORGANISATION_HEADS.contains(head) || NameLexicon.ORGANISATION_HEADS.contains(lastKey)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.ORGANISATION, Strength.STRONG,
                    "organisation head word");
        }
        if (NameLexicon.PLACE_HEADS.contains(head) || PLACE_OF_HEADS.contains(head) && !head.equals(lastKey)
                || NameLexicon.PLACE_HEADS.contains(lastKey) && nameSize > 1) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PLACE, Strength.STRONG,
                    "place head word");
        }
        if (lexicon.isGivenName(firstKey) && !places.isPlace(key)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON,
                    nameSize > 1 ? Strength.STRONG : Strength.MEDIUM, "given name");
        }
        if (places.isPlace(key)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PLACE, Strength.MEDIUM, "place list");
        }
        if (nameSize > 1 && NameLexicon.COMPASS.contains(firstKey)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PLACE, Strength.MEDIUM, "compass word");
        }
        if (nameSize == 1 && lexicon.isDemonym(key)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.OTHER, Strength.MEDIUM, "demonym");
        }
        if (nameSize == 1 && key.length() > 2 && key.endsWith("S") && lexicon.isDemonym(key.substring(0, key.length() - 1))) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON, Strength.MEDIUM, "demonym plural");
        }
        if (nameSize == 1 && acronym(tokens.get(from).text())) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.ORGANISATION, Strength.WEAK, "acronym");
        }
        if (from > 0 && NameLexicon.PLACE_PREPOSITIONS.contains(keys[from - 1])) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PLACE, Strength.WEAK, "place cue");
        }
        if (nameSize >= 2) {
            NameType known = knownPart(keys, nameFrom, to);
            if (known == NameType.PLACE && NameLexicon.COMPASS.contains(lastKey)) {
                return candidate(span, key, nameSize, firstKey, lastKey, NameType.PLACE, Strength.WEAK,
                        "compass word"); // "Kowloon West"
            }
            if (known != null || plural(tokens.get(to - 1).text())) {
                // "Malaysia Tourism", "Google Science Fair", "Neo Democrats": a known name or a plural inside
                return candidate(span, key, nameSize, firstKey, lastKey, NameType.ORGANISATION, Strength.WEAK,
                        "default");
            }
        }
        if (nameSize >= 2 && nameSize <= 4 && allCapitalisedWords(tokens, from, to)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON, Strength.WEAK, "default");
        }
        if (nameSize == 1 && plural(tokens.get(from).text())) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.PERSON, Strength.WEAK, "plural");
        }
        if (nameSize == 1 && allCapitalisedWords(tokens, from, to)) {
            return candidate(span, key, nameSize, firstKey, lastKey, NameType.ORGANISATION, Strength.WEAK,
                    "default");
        }
        return candidate(span, key, nameSize, firstKey, lastKey, NameType.OTHER, Strength.WEAK, "default");
    }

    private static Optional<Candidate> candidate(Span span, String key, int size, String firstKey, String lastKey,
                                                 NameType type, Strength strength, String evidence) {
        return Optional.of(new Candidate(span, key, size, firstKey, lastKey, type, strength, evidence));
    }

    /** "Houston, Texas": a name followed by a comma and a known place is a place. */
    private void placePairs(List<Token> tokens, String[] keys, List<Candidate> out, int from) {
        for (int c = from; c + 1 < out.size(); c++) {
            Candidate a = out.get(c);
            Candidate b = out.get(c + 1);
            if (b.type != NameType.PLACE || b.strength == Strength.WEAK || a.strength == Strength.STRONG
                    || a.type == NameType.PLACE) {
                continue;
            }
            int comma = indexEndingAt(tokens, a.span.end());
            if (comma >= 0 && comma + 1 < tokens.size() && keys[comma + 1].equals(",") && comma + 2 < tokens.size()
                    && tokens.get(comma + 2).start() == b.span.start()) {
                a.type = NameType.PLACE;
                a.strength = Strength.MEDIUM;
                a.evidence = "place pair";
            }
        }
    }

    private static int indexEndingAt(List<Token> tokens, int end) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() == end) {
                return k;
            }
        }
        return -1;
    }

    /** A headline in capitals: only dictionary phrases and known places, longest first, up to six words. */
    private void findInCapitals(List<Token> tokens, String[] keys, List<Candidate> out) {
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int matched = 0;
            for (int m = Math.min(6, n - i); m >= 1 && matched == 0; m--) {
                String key = join(keys, i, i + m);
                Optional<NameLexicon.Typed> typed = lexicon.phrase(key);
                Span span = new Span(tokens.get(i).start(), tokens.get(i + m - 1).end());
                if (typed.isPresent()) {
                    out.add(new Candidate(span, key, m, keys[i], keys[i + m - 1], typed.get().type(),
                            typed.get().certain() ? Strength.STRONG : Strength.MEDIUM, "actor dictionary"));
                    matched = m;
                } else if (hasLetter(key) && places.isPlace(key)) {
                    out.add(new Candidate(span, key, m, keys[i], keys[i + m - 1], NameType.PLACE, Strength.MEDIUM,
                            "place list"));
                    matched = m;
                }
            }
            i += Math.max(1, matched);
        }
    }

    /** Whether four in five words of four letters or more start with a capital ("Floods Hit Northern Farms"). */
    private static boolean titleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            String s = t.text();
            if (s.length() >= 4 && Character.isLetter(s.charAt(0))) {
                words++;
                if (Character.isUpperCase(s.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 5 >= words * 4;
    }

    /** Whether the sentence is mostly written in capitals: at least three words, four in five all upper case. */
    private static boolean headline(List<Token> tokens) {
        int words = 0;
        int upper = 0;
        for (Token t : tokens) {
            String s = t.text();
            int letters = 0;
            boolean lower = false;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (Character.isLetter(c)) {
                    letters++;
                    lower |= Character.isLowerCase(c);
                }
            }
            if (letters > 0) {
                words++;
                if (!lower && letters > 1) {
                    upper++;
                }
            }
        }
        return words >= 3 && upper * 5 >= words * 4;
    }

    /**
     * Whether token k can be part of a name: a proper noun with a letter or digit; or a capitalised word the tagger
     * took for another part of speech, either next to a proper noun ("Arnold/ADJ Testworth/PROPN") or, outside
     * title-case sentences, anywhere after the first word and not after a quote or colon ("Warhol/NOUN 's"), or a
     * known name with any tag ("toward Indonesia/ADP"). Never a day or month alone, never the possessive.
     */
    private boolean nameToken(List<Token> tokens, String[] keys, int k, boolean titleCase) {
        Token t = tokens.get(k);
        String text = t.text();
        if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0)) || keys[k].equals("'S")) {
            return false;
        }
        String tag = t.tag();
        if (tag.equals("PROPN")) {
            return true;
        }
        if (!Character.isUpperCase(text.charAt(0)) || NameLexicon.NOT_NAMES.contains(keys[k])
                || NameLexicon.HONORIFICS.contains(keys[k]) || keys[k].equals("I")) {
            return false;
        }
        if (k > 0 && !titleCase && (lexicon.knows(keys[k]) || places.isPlace(keys[k]))) {
            return true; // a known name the tagger took for another word ("toward Indonesia/ADP")
        }
        if (!CONTENT_TAGS.contains(tag)) {
            return false;
        }
        boolean before = k > 0 && tokens.get(k - 1).tag().equals("PROPN");
        boolean after = k + 1 < tokens.size() && tokens.get(k + 1).tag().equals("PROPN");
        if (before || after) {
            return true;
        }
        if (k == 0 || titleCase) {
            return false;
        }
        String previous = tokens.get(k - 1).text();
        return !OPENERS.contains(previous);
    }

    private static boolean acronym(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && c != '-' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2 && letters <= 8;
    }

    /**
     * The type of the first word of a multi-word name that is itself a known organisation or place (a dictionary
     * phrase or a place name); null when none is.
     */
    private NameType knownPart(String[] keys, int from, int to) {
        for (int k = from; k < to; k++) {
            Optional<NameLexicon.Typed> typed = lexicon.phrase(keys[k]);
            if (typed.isPresent() && typed.get().type() != NameType.PERSON) {
                return typed.get().type();
            }
            if (places.isPlace(keys[k])) {
                return NameType.PLACE;
            }
        }
        return null;
    }

    /**
     * Whether a one-word country entry is used as an adjective: tagged ADJ, or ending like a demonym (-an, -ese,
     * -ish, -ic, -i) before a lower-case word ("American/PROPN officials").
     */
    private static boolean adjective(List<Token> tokens, int k) {
        if (tokens.get(k).tag().equals("ADJ")) {
            return true;
        }
        String w = tokens.get(k).text();
        boolean suffix = w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ic")
                || w.endsWith("i");
        return suffix && k + 1 < tokens.size() && Character.isLowerCase(tokens.get(k + 1).text().charAt(0))
                && Character.isLetter(tokens.get(k + 1).text().charAt(0));
    }

    /** A capitalised plural such as "Muslims", "Democrats": a group of people (not "-ss", "-us", "-is"). */
    private static boolean plural(String text) {
        return text.length() > 3 && text.endsWith("s") && !text.endsWith("ss") && !text.endsWith("us")
                && !text.endsWith("is") && Character.isLowerCase(text.charAt(text.length() - 2));
    }

    private static boolean allCapitalisedWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String s = tokens.get(k).text();
            if (s.equals("-") || k > from && tokens.get(k - 1).text().endsWith("-")) {
                continue; // "Siu-lai": the part after a hyphen may be lower case
            }
            if (!Character.isUpperCase(s.charAt(0))) {
                return false;
            }
            for (int c = 1; c < s.length(); c++) {
                char ch = s.charAt(c);
                if (!Character.isLowerCase(ch) && ch != '-' && ch != '\'' && ch != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasLetter(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isLetter(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String join(String[] keys, int from, int to) {
        if (to - from == 1) {
            return keys[from];
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(keys[k]);
        }
        return b.toString();
    }

    // ---- document consistency ---------------------------------------------------------------------------------

    /**
     * A weakly typed name takes the document's firm type for the same name; a person's name part is that person.
     *
     * @return the first and last words of the document's persons typed by a firm cue, as {@link Words#key} forms
     */
    private static Set<String> harmonise(List<Candidate> found) {
        Map<String, Candidate> firm = new HashMap<>();
        Set<String> personParts = new HashSet<>();
        Set<String> guessedParts = new HashSet<>();
        for (Candidate c : found) {
            if (c.strength == Strength.STRONG) {
                firm.putIfAbsent(c.key, c);
                if (c.type == NameType.PERSON && c.size >= 2) {
                    personParts.add(c.firstKey);
                    personParts.add(c.lastKey);
                } else if (c.type == NameType.PERSON && ("honorific".equals(c.evidence) || "title".equals(c.evidence))) {
                    personParts.add(c.lastKey);
                }
            } else if (c.type == NameType.PERSON && c.size >= 2) {
                guessedParts.add(c.lastKey); // "Kendrick Moxon" (no cue but the shape) and later "Moxon"
            }
        }
        personParts.removeAll(NameLexicon.NOT_NAMES);
        guessedParts.removeAll(NameLexicon.NOT_NAMES);
        for (Candidate c : found) {
            if (c.strength == Strength.STRONG) {
                continue;
            }
            if (c.size == 1 && (personParts.contains(c.key) || guessedParts.contains(c.key))) {
                c.type = NameType.PERSON;
                c.strength = Strength.STRONG;
                c.evidence = "surname of a person";
                continue;
            }
            Candidate same = firm.get(c.key);
            if (same != null) {
                c.type = same.type;
                c.evidence = "same name earlier";
            }
        }
        return personParts;
    }
}
