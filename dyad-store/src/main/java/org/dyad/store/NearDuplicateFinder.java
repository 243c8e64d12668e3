package org.dyad.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Marks near-duplicate stories: an article is a duplicate of the earliest other article whose body shares at least
 * {@link #THRESHOLD} of its word shingles (exact Jaccard). "Earliest" orders by document date (unknown dates last),
 * then article id, so the result does not depend on the order articles were stored in.
 *
 * <p>Candidates come from MinHash locality-sensitive hashing ({@link MinHasher#BANDS} bands of
 * {@link MinHasher#ROWS} rows); each candidate pair is then checked with the exact Jaccard similarity of the two
 * shingle sets, which the caller supplies.
 */
public final class NearDuplicateFinder {
    /** Jaccard similarity of word 5-shingles from which two bodies are the same story. */
    public static final double THRESHOLD = 0.8;

    /**
     * One stored article as the finder sees it.
     *
     * @param articleId the article id
     * @param sortKey   document date as ISO text, or "9999-99-99" when unknown (sorts last)
     * @param signature its MinHash signature ({@link MinHasher#HASHES} values)
     */
    public record Candidate(String articleId, String sortKey, long[] signature) {
    }

    /**
     * A duplicate found.
     *
     * @param articleId   the later article
     * @param duplicateOf the earliest article it duplicates
     * @param similarity  their exact shingle Jaccard similarity, ≥ {@link #THRESHOLD}
     */
    public record Duplicate(String articleId, String duplicateOf, double similarity) {
    }

    private NearDuplicateFinder() {
    }

    /**
     * @param articles every stored article
     * @param shingles gives the shingle set of an article id (called only for candidate pairs)
     * @return one entry per article that duplicates an earlier one, ordered by article id
     */
    public static List<Duplicate> find(List<Candidate> articles, Function<String, Set<Long>> shingles) {
        List<Candidate> ordered = new ArrayList<>(articles);
        Comparator<Candidate> earliest = Comparator.comparing(Candidate::sortKey).thenComparing(Candidate::articleId);
        ordered.sort(earliest);
        Map<Integer, Set<Integer>> earlierCandidates = new HashMap<>();
        for (int band = 0; band < MinHasher.BANDS; band++) {
            Map<BandKey, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                long[] sig = ordered.get(i).signature();
                if (sig.length != MinHasher.HASHES || sig[0] == Long.MAX_VALUE) {
                    continue; // no shingles: nothing to compare
                }
                long[] rows = Arrays.copyOfRange(sig, band * MinHasher.ROWS, (band + 1) * MinHasher.ROWS);
                buckets.computeIfAbsent(new BandKey(rows), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int a = 1; a < bucket.size(); a++) {
                    for (int b = 0; b < a; b++) {
                        earlierCandidates.computeIfAbsent(bucket.get(a), k -> new HashSet<>()).add(bucket.get(b));
                    }
                }
            }
        }
        Map<Integer, Set<Long>> cache = new HashMap<>();
        Function<Integer, Set<Long>> shinglesOf = i -> cache.computeIfAbsent(i,
                k -> shingles.apply(ordered.get(k).articleId()));
        List<Duplicate> found = new ArrayList<>();
        List<Integer> later = new ArrayList<>(earlierCandidates.keySet());
        later.sort(Integer::compare);
        for (int i : later) {
            List<Integer> earlier = new ArrayList<>(earlierCandidates.get(i));
            earlier.sort(Integer::compare);
            Optional<Duplicate> first = Optional.empty();
            for (int j : earlier) {
                double similarity = MinHasher.jaccard(shinglesOf.apply(i), shinglesOf.apply(j));
                if (similarity >= THRESHOLD) {
                    first = Optional.of(new Duplicate(ordered.get(i).articleId(), ordered.get(j).articleId(),
                            similarity));
                    break;
                }
            }
            first.ifPresent(found::add);
        }
        found.sort(Comparator.comparing(Duplicate::articleId));
        return found;
    }

    private record BandKey(long[] rows) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BandKey other && Arrays.equals(rows, other.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rows);
        }
    }
}
