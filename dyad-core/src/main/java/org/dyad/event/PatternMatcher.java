package org.dyad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.time.CalendarWords;

/**
 * Matches the verb patterns of the PETRARCH dictionaries around a verb: the elements before the {@code *} right to
 * left from the verb, the elements after it left to right, words and synsets, and the source {@code $}, target
 * {@code +} and compound {@code %} markers that pick actor phrases. A '_' in the dictionary demands adjacent words; a
 * space lets up to {@link ClauseReader#MAX_GAP} other words come between; after the verb a gap never crosses a
 * clause edge, while the source or target before the verb may stand further back, past adverbs and dates.
 * Thread-safe: holds only the synsets.
 */
final class PatternMatcher {
    /** Synset name → first word → the synset's phrases starting with it, in dictionary order. */
    private final Map<String, Map<String, List<List<String>>>> synsetsByFirstWord;
    /** Synset name → last word → the synset's phrases ending with it, in dictionary order. */
    private final Map<String, Map<String, List<List<String>>>> synsetsByLastWord;
    /** Each dictionary pattern's literal words (by identity): a pattern can match only where all of them occur. */
    private final Map<VerbPattern, String[]> literalWords = new IdentityHashMap<>();
    private final ClauseSyntax syntax;

    /**
     * @param synsets  synset name → its phrases, each a list of upper-case words
     * @param patterns the dictionary's patterns, whose literal words are listed once here
     * @param syntax   tells where clauses end: a pattern never reaches across a clause edge
     */
    PatternMatcher(Map<String, List<List<String>>> synsets, Iterable<VerbPattern> patterns, ClauseSyntax syntax) {
        this.synsetsByFirstWord = index(synsets, true);
        this.synsetsByLastWord = index(synsets, false);
        for (VerbPattern p : patterns) {
            literalWords.put(p, literals(p));
        }
        this.syntax = syntax;
    }

    private static String[] literals(VerbPattern p) {
        List<String> words = new ArrayList<>();
        for (List<PatternToken> side : List.of(p.before(), p.after())) {
            for (PatternToken t : side) {
                if (t.element() instanceof PatternElement.Word w) {
                    words.add(w.text());
                }
            }
        }
        return words.toArray(new String[0]);
    }

    /**
     * Each synset's phrases grouped by their first (or last) word, keeping dictionary order within a group: a
     * phrase can match at a position only if its first word is the word there (matching backward, its last word),
     * so the first phrase in dictionary order that matches is the first of that word's group that does.
     */
    private static Map<String, Map<String, List<List<String>>>> index(Map<String, List<List<String>>> synsets,
                                                                      boolean first) {
        Map<String, Map<String, List<List<String>>>> index = new HashMap<>();
        synsets.forEach((name, phrases) -> {
            Map<String, List<List<String>>> byWord = new HashMap<>();
            for (List<String> phrase : phrases) {
                if (!phrase.isEmpty()) {
                    String key = first ? phrase.get(0) : phrase.get(phrase.size() - 1);
                    byWord.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
                }
            }
            index.put(name, byWord);
        });
        return index;
    }

    private static List<List<String>> phrases(Map<String, Map<String, List<List<String>>>> index, String synset,
                                              String word) {
        Map<String, List<List<String>>> byWord = index.get(synset);
        List<List<String>> phrases = byWord == null ? null : byWord.get(word);
        return phrases == null ? List.of() : phrases;
    }

    /** A pattern match: which phrases the markers picked. */
    record PatternHit(VerbPattern pattern, Optional<SentenceFrame.Unit> source,
                              Optional<SentenceFrame.Unit> target, Optional<SentenceFrame.Unit> compound,
                              boolean mentionsNegation, int reach) {
    }

    /**
     * Matches a pattern around the verb {@code [vs, ve)}: elements after the star left to right from {@code ve},
     * elements before it right to left from {@code vs - 1}. A '_' in the dictionary ("joined") demands adjacent
     * words; a space lets other words come between.
     */
    Optional<PatternHit> matchPattern(SentenceFrame f, VerbPattern p, int vs, int ve) {
        Markers markers = new Markers();
        int pos = ve;
        List<PatternToken> after = p.after();
        for (int k = 0; k < after.size(); k++) {
            boolean adjacent = k > 0 && after.get(k - 1).joinedToNext();
            int next = matchForward(f, after.get(k).element(), pos, adjacent, markers);
            if (next < 0) {
                return Optional.empty();
            }
            pos = next;
        }
        int lastAfter = pos;
        pos = vs - 1;
        List<PatternToken> before = p.before();
        for (int k = before.size() - 1; k >= 0; k--) {
            boolean adjacent = before.get(k).joinedToNext();
            int next = matchBackward(f, before.get(k).element(), pos, adjacent, markers);
            if (next < -1) {
                return Optional.empty();
            }
            pos = next;
        }
        int reach = (lastAfter - ve) + (vs - 1 - Math.max(-1, pos));
        return Optional.of(new PatternHit(p, markers.source, markers.target, markers.compound, markers.negation, reach));
    }

    /**
     * The most specific matching pattern (most elements); among equally specific ones, the one whose words lie
     * closest to the verb ("gave an example of an attack" is about the example, not the attack).
     */
    Optional<PatternHit> best(SentenceFrame f, List<VerbPattern> patterns, int vs, int ve) {
        Optional<PatternHit> best = Optional.empty();
        int bestSize = -1;
        for (VerbPattern p : patterns) {
            int size = p.before().size() + p.after().size();
            if (best.isPresent() && size < bestSize) {
                break;
            }
            if (size > 0 && !wordsPresent(p, f.wordSet())) {
                continue;   // a literal word of the pattern is nowhere in the sentence: it cannot match
            }
            Optional<PatternHit> hit = matchPattern(f, p, vs, ve);
            if (hit.isPresent() && (best.isEmpty() || hit.get().reach() < best.get().reach())) {
                best = hit;
                bestSize = size;
            }
        }
        return best;
    }

    private static final class Markers {
        Optional<SentenceFrame.Unit> source = Optional.empty();
        Optional<SentenceFrame.Unit> target = Optional.empty();
        Optional<SentenceFrame.Unit> compound = Optional.empty();
        boolean negation;
    }

    /** Returns the position after the match, or -1. */
    int matchForward(SentenceFrame f, PatternElement e, int pos, boolean adjacent, Markers markers) {
        int last = adjacent ? Math.min(pos, f.size() - 1) : Math.min(f.size() - 1, pos + ClauseReader.MAX_GAP);
        for (int q = pos; q <= last; q++) {
            int end = matchAt(f, e, q, markers);
            if (end >= 0) {
                return end;
            }
            if (q > pos && syntax.endsClause(f, q)) {
                break;
            }
            if (f.unitAt[q] != null && q + 1 < f.unitAt[q].end() && !isMarker(e)) {
                q = f.unitAt[q].end() - 1;      // an actor phrase counts as one word when skipped
            }
        }
        return -1;
    }

    /** Returns the position before the match (may be -1 at sentence start), or -2 when no match. */
    int matchBackward(SentenceFrame f, PatternElement e, int pos, boolean adjacent, Markers markers) {
        int first = adjacent ? pos : Math.max(0, pos - ClauseReader.MAX_GAP);
        if (isMarker(e) && !adjacent) {
            first = 0;                          // the source before a verb may stand further back (adverbs, dates)
        }
        for (int q = pos; q >= first && q >= 0; q--) {
            if (e instanceof PatternElement.Synset s) {
                for (List<String> phrase : phrases(synsetsByLastWord, s.name(), f.words[q])) {
                    int start = q - phrase.size() + 1;
                    if (start >= 0 && phraseAt(f, phrase, start)) {
                        markers.negation |= phrase.stream().anyMatch(ClauseReader.NEGATIONS::contains);
                        return start - 1;
                    }
                }
                continue;
            }
            if (isMarker(e) && f.unitAt[q] != null) {
                SentenceFrame.Unit u = f.unitAt[q];
                if (e instanceof PatternElement.CompoundMarker && u.members().size() < 2) {
                    return -2;                  // a compound needs at least two actors
                }
                assign(e, u, markers);
                return u.start() - 1;
            }
            int end = matchAt(f, e, q, markers);
            if (end >= 0) {
                return q - 1;
            }
        }
        return -2;
    }


    private static boolean isMarker(PatternElement e) {
        return e instanceof PatternElement.SourceMarker || e instanceof PatternElement.TargetMarker
                || e instanceof PatternElement.CompoundMarker;
    }

    private static void assign(PatternElement e, SentenceFrame.Unit u, Markers markers) {
        if (e instanceof PatternElement.SourceMarker) {
            markers.source = Optional.of(u);
        } else if (e instanceof PatternElement.TargetMarker) {
            markers.target = Optional.of(u);
        } else {
            markers.compound = Optional.of(u);
        }
    }

    /** Matches element {@code e} starting exactly at token q; returns the end position or -1. */
    int matchAt(SentenceFrame f, PatternElement e, int q, Markers markers) {
        if (q >= f.size()) {
            return -1;
        }
        if (e instanceof PatternElement.Word w) {
            String word = f.words[q];
            String want = w.text();
            if (word.equals(want) && !opensDate(f, q)) {
                markers.negation |= ClauseReader.NEGATIONS.contains(want);
                return q + 1;
            }
            return -1;
        }
        if (e instanceof PatternElement.Synset s) {
            for (List<String> phrase : phrases(synsetsByFirstWord, s.name(), f.words[q])) {
                if (phraseAt(f, phrase, q)) {
                    markers.negation |= phrase.stream().anyMatch(ClauseReader.NEGATIONS::contains);
                    return q + phrase.size();
                }
            }
            return -1;
        }
        if (isMarker(e)) {
            SentenceFrame.Unit u = f.unitAt[q];
            if (u == null) {
                return -1;
            }
            if (e instanceof PatternElement.CompoundMarker && u.members().size() < 2) {
                return -1;
            }
            assign(e, u, markers);
            return u.end();
        }
        return q;   // Skip: matches without consuming
    }

    /** Prepositions that open a date as often as an argument: "called on Monday", "agreed in March". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("ON", "IN", "AT", "DURING");

    /** Weekdays, months and their abbreviations, upper case, as the tokenizer leaves them. */
    private static final Set<String> DATE_WORDS = CalendarWords.union(CalendarWords.WEEKDAYS, CalendarWords.MONTHS,
            CalendarWords.MONTH_ABBREVIATIONS);

    /**
     * Whether the word at q is a preposition opening a date ("on Monday", "in March", "on 12 May", "in 2019"): a pattern's
     * preposition names the verb's argument ("call on X", CAMEO.2.0's CALL * (ON) [020]) and never matches a time
     * phrase, which a parse would attach as an adjunct.
     */
    private static boolean opensDate(SentenceFrame f, int q) {
        if (q + 1 >= f.size() || !DATE_PREPOSITIONS.contains(f.words[q])) {
            return false;
        }
        String next = f.words[q + 1];
        if (DATE_WORDS.contains(next)) {
            return q + 2 >= f.size() || !f.words[q + 2].equals("'S");   // "in April's election" names the election
        }
        if (next.length() <= 2 && q + 2 < f.size() && DATE_WORDS.contains(f.words[q + 2])) {
            return Character.isDigit(next.charAt(0));   // "on 12 May"
        }
        if (next.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (next.charAt(i) < '0' || next.charAt(i) > '9') {
                return false;
            }
        }
        return next.charAt(0) == '1' || next.charAt(0) == '2';
    }

    /** Whether every literal word of the pattern occurs somewhere in the sentence (a word matches only itself). */
    private boolean wordsPresent(VerbPattern p, Set<String> present) {
        String[] words = literalWords.get(p);
        for (String w : words != null ? words : literals(p)) {
            if (!present.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean phraseAt(SentenceFrame f, List<String> phrase, int start) {
        if (start < 0 || start + phrase.size() > f.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String w = f.words[start + k];
            String want = phrase.get(k);
            if (!w.equals(want)) {
                return false;
            }
        }
        return true;
    }
}
