package org.dyad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures over word shingles, for finding the same wire story printed by several outlets (Broder 1997,
 * "On the resemblance and containment of documents").
 *
 * <p>A text's shingles are its word {@value #SHINGLE_WORDS}-grams: words are runs of letters and digits, lowercased
 * (locale-independent). Each shingle is hashed to 64 bits (FNV-1a over its chars); the signature holds, for each
 * of {@value #HASHES} seeded mixes of those hashes, the minimum. Two signatures agree at one position with
 * probability equal to the Jaccard similarity of the shingle sets. Stateless and thread-safe.
 */
public final class MinHasher {
    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 5;
    /** Signature length: {@link #BANDS} bands of {@link #ROWS} rows. */
    public static final int HASHES = 120;
    /** LSH bands: a pair with Jaccard 0.8 shares a band with probability 0.998, one with 0.5 with 0.27. */
    public static final int BANDS = 20;
    /** Rows per band. */
    public static final int ROWS = HASHES / BANDS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(x);
        }
    }

    private MinHasher() {
    }

    /** The 64-bit hashes of the text's word shingles; a text with fewer words than a shingle gives one shingle. */
    public static Set<Long> shingles(String text) {
        List<String> words = words(text);
        Set<Long> out = new HashSet<>();
        if (words.isEmpty()) {
            return out;
        }
        int n = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int k = i; k < i + n; k++) {
                String w = words.get(k);
                for (int c = 0; c < w.length(); c++) {
                    h = (h ^ w.charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out.add(h);
        }
        return out;
    }

    /** The signature of a shingle set: {@value #HASHES} minima; all {@code Long.MAX_VALUE} for an empty set. */
    public static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long v = mix(s ^ SEEDS[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** Exact Jaccard similarity |a∩b| / |a∪b|; 0 when both are empty. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (long x : small) {
            if (large.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** SplitMix64 finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
