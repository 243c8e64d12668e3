package org.dyad.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Mention;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Token;
import org.dyad.pipeline.Stage;

/**
 * Turns every attributed statement into a claim with a stance, and links a denial or rejection to the claim it
 * contradicts.
 *
 * <ul>
 *   <li>Stance: the cue's stance from the lexicon ("denied" → denies, "accused" → accuses, "promised" →
 *       promises); a statement with a plain saying cue whose content is an existential negation ("there are no
 *       bases…", "there is no evidence…") denies.</li>
 *   <li>Proposition: the content words of the statement (stop words dropped), each mapped to its concept through
 *       {@link PropositionSynonyms} so that "sanctuaries", "safe havens" and "bases" agree; other words stand for
 *       themselves, a final plural "s" dropped.</li>
 *   <li>Link: a denial or rejection contradicts the asserting or accusing claim of another claimant (another
 *       actor code, or an unresolved one) that shares the most concepts with it, at least {@value #MIN_SHARED};
 *       on a tie the nearest earlier claim wins.</li>
 * </ul>
 * Requires {@link Layer#QUOTES}; produces {@link Layer#CLAIMS}. Thread-safe after construction. Linking across
 * articles is the store's business: it compares the same concept sets.
 */
public final class ClaimLinker implements Stage {
    /** Concepts two statements must share to be about the same proposition. */
    public static final int MIN_SHARED = 2;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from",
            "by", "with", "and", "or", "but", "that", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "will", "would", "should", "could", "can", "may",
            "might", "must", "shall", "do", "does", "did", "not", "no", "any", "all", "some", "there", "their", "they",
            "them", "he", "she", "his", "her", "we", "our", "us", "i", "you", "your", "as", "if", "than", "then",
            "so", "such", "also", "very", "more", "most", "other", "which", "who", "whom", "what", "when", "where",
            "about", "into", "over", "after", "before", "anymore", "many", "several", "numerous", "times",
            "time", "occasions", "occasion", "said", "says", "say");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "’s");
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "n't", "n’t", "none");

    private final PropositionSynonyms synonyms;

    /** @param synonyms the concept table, usually {@link PropositionSynonyms#bundled()} */
    public ClaimLinker(PropositionSynonyms synonyms) {
        this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    }

    @Override
    public Document apply(Document doc) {
        return doc.withClaims(link(doc));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.QUOTES, Layer.POS);
    }

    @Override
    public Layer produces() {
        return Layer.CLAIMS;
    }

    /**
     * The claims of a document's statements, without adding them.
     *
     * @return one claim per quote, in the quotes' order
     */
    public List<Claim> link(Document doc) {
        List<Quote> quotes = doc.quotes();
        List<Stance> stances = new ArrayList<>();
        List<Set<String>> concepts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Quote q : quotes) {
            List<Token> words = tokensOf(doc, q);
            stances.add(stance(q, words));
            concepts.add(concepts(words));
            ids.add(id(doc, q));
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            Optional<String> contradicts = Optional.empty();
            Stance stance = stances.get(i);
            if (stance == Stance.DENIES || stance == Stance.REJECTS) {
                int best = -1;
                int bestShared = MIN_SHARED - 1;
                for (int j = 0; j < quotes.size(); j++) {
                    Stance other = stances.get(j);
                    if (j == i || (other != Stance.ASSERTS && other != Stance.ACCUSES)
                            || sameClaimant(q.actor(), quotes.get(j).actor())) {
                        continue;
                    }
                    int shared = shared(concepts.get(i), concepts.get(j));
                    boolean better = shared > bestShared
                            || (shared == bestShared && best >= 0 && nearer(i, j, best));
                    if (better) {
                        best = j;
                        bestShared = shared;
                    }
                }
                if (best >= 0) {
                    contradicts = Optional.of(ids.get(best));
                }
            }
            claims.add(new Claim(ids.get(i), q.id(), q.span(), q.sentenceIndex(), q.actor(), stance, contradicts,
                    q.date()));
        }
        return List.copyOf(claims);
    }

    /** The concepts of a statement's words, for comparing propositions (also across articles). */
    public Set<String> concepts(List<Token> words) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k).text().toLowerCase(Locale.ROOT);
            if (k + 1 < words.size()) {
                Optional<String> pair = synonyms.pair(w, words.get(k + 1).text().toLowerCase(Locale.ROOT));
                if (pair.isPresent()) {
                    out.add(pair.get());
                    k++;
                    continue;
                }
            }
            if (STOP.contains(w) || !Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0))) {
                continue;
            }
            Optional<String> concept = synonyms.word(w);
            out.add(concept.orElseGet(() -> w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")
                    ? w.substring(0, w.length() - 1) : w));
        }
        return out;
    }

    private static Stance stance(Quote q, List<Token> words) {
        Stance cue = q.cue().map(Cue::stance).orElse(Stance.ASSERTS);
        if (cue != Stance.ASSERTS || words.size() < 3) {
            return cue;
        }
        // "there are no bases", "there is no evidence", "there were never any…"
        boolean existential = words.get(0).text().equalsIgnoreCase("there")
                && BE.contains(words.get(1).text().toLowerCase(Locale.ROOT))
                && NEGATORS.contains(words.get(2).text().toLowerCase(Locale.ROOT));
        return existential ? Stance.DENIES : cue;
    }

    private static boolean nearer(int i, int candidate, int best) {
        boolean candidateEarlier = candidate < i;
        boolean bestEarlier = best < i;
        if (candidateEarlier != bestEarlier) {
            return candidateEarlier;
        }
        return Math.abs(i - candidate) < Math.abs(i - best);
    }

    /** Two claims by the same actor code (a claimant does not contradict itself); unresolved never matches. */
    private static boolean sameClaimant(Optional<Mention> a, Optional<Mention> b) {
        return a.isPresent() && b.isPresent() && a.get().actor().code().equals(b.get().actor().code());
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static List<Token> tokensOf(Document doc, Quote q) {
        List<Token> all = doc.tokens();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < q.span().start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Token> out = new ArrayList<>();
        for (int k = lo; k < all.size() && all.get(k).start() < q.span().end(); k++) {
            if (q.span().contains(all.get(k).span())) {
                out.add(all.get(k));
            }
        }
        return out;
    }

    private static String id(Document doc, Quote q) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("claim:" + q.id()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
