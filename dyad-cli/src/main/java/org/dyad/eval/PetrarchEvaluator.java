package org.dyad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores a {@link SentenceCoder} against PETRARCH records, per category and overall.
 *
 * <p>Input: the records (usually from {@link PetrarchRecordReader}). Output: a {@link PetrarchScore}. Within
 * each record, expected and produced codings are paired in two rounds; each coding joins at most one pair.
 * Before comparing, produced actor codes are put in the same normal form as expected ones (trimmed, enclosing
 * double quotes removed, {@code ---} read as ""); event codes are compared as trimmed strings, so "064" and
 * "64" differ.
 * <dl>
 *   <dt>exact</dt>
 *   <dd>source, target and code all equal (an empty target equals only an empty target). Pairs are taken in
 *       file order; as this is an equality, no other order finds more.</dd>
 *   <dt>partial</dt>
 *   <dd>among codings left after the exact round, a pair that is either
 *       <ol type="a">
 *         <li>same code, and the same <em>non-empty</em> source or the same <em>non-empty</em> target
 *             (two empty targets alone do not make a partial match), or</li>
 *         <li>same source and same target (here "" equals ""), and a different code with the same two-digit
 *             root (CAMEO 1.1b3: the first two digits are the cue category), e.g. 064 for 061.</li>
 *       </ol>
 *       Pairs form a maximum matching (augmenting paths), so the count does not depend on listing order.</dd>
 *   <dt>missed</dt>
 *   <dd>an expected coding in neither an exact nor a partial pair.</dd>
 *   <dt>extra</dt>
 *   <dd>a produced coding in neither an exact nor a partial pair. For a no-events record every produced coding
 *       is extra.</dd>
 * </dl>
 * If the coder throws on a record, the record counts as a failure: nothing produced, every expectation missed;
 * evaluation goes on with the next record.
 *
 * <p>Holds only the coder; thread-safe if the coder is.
 */
public final class PetrarchEvaluator {
    private final SentenceCoder coder;

    /**
     * @param coder the coder under test
     */
    public PetrarchEvaluator(SentenceCoder coder) {
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    /**
     * Codes every record and scores the result.
     *
     * @param records the records, in the order to report them
     * @return tallies per category (first-appearance order), overall, and per record
     */
    public PetrarchScore evaluate(List<PetrarchRecord> records) {
        List<RecordScore> scores = new ArrayList<>(records.size());
        Map<String, Tally> byCategory = new LinkedHashMap<>();
        Tally overall = Tally.ZERO;
        for (PetrarchRecord record : records) {
            RecordScore score = codeAndScore(record);
            scores.add(score);
            byCategory.merge(record.category(), score.tally(), Tally::plus);
            overall = overall.plus(score.tally());
        }
        return new PetrarchScore(byCategory, overall, scores);
    }

    private RecordScore codeAndScore(PetrarchRecord record) {
        List<Coding> produced;
        try {
            produced = coder.code(record.id(), record.text(), record.date(), record.newActorLength());
            if (produced != null && record.requireDyad()) {
                // PETRARCH's require_dyad: a coding with no source or no target is not output
                produced = produced.stream().filter(c -> !c.source().isEmpty() && !c.target().isEmpty()).toList();
            }
        } catch (RuntimeException e) {
            return failed(record, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (produced == null) {
            return failed(record, "the coder returned null instead of a list");
        }
        return score(record, produced);
    }

    private static RecordScore failed(PetrarchRecord record, String message) {
        return new RecordScore(record, List.of(), List.of(), List.of(), record.expected(), List.of(),
                Optional.of(message));
    }

    /**
     * Scores one record against given codings, without calling a coder.
     *
     * @param record   the record
     * @param produced what a coder produced for it
     * @return the exact and partial pairs, the missed and the extra codings
     */
    public static RecordScore score(PetrarchRecord record, List<Coding> produced) {
        List<ExpectedCoding> expected = record.expected();
        List<Coding> normal = produced.stream()
                .map(c -> new Coding(PetrarchActorCode.normal(c.source()), PetrarchActorCode.normal(c.target()),
                        c.code().strip()))
                .toList();
        boolean[] expectedUsed = new boolean[expected.size()];
        boolean[] producedUsed = new boolean[normal.size()];

        List<CodingPair> exact = new ArrayList<>();
        for (int p = 0; p < normal.size(); p++) {
            for (int e = 0; e < expected.size(); e++) {
                if (!expectedUsed[e] && sameCoding(expected.get(e), normal.get(p))) {
                    expectedUsed[e] = true;
                    producedUsed[p] = true;
                    exact.add(new CodingPair(expected.get(e), produced.get(p)));
                    break;
                }
            }
        }

        int[] partnerOf = partialMatching(expected, normal, expectedUsed, producedUsed);
        List<CodingPair> partial = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (partnerOf[e] >= 0) {
                expectedUsed[e] = true;
                producedUsed[partnerOf[e]] = true;
                partial.add(new CodingPair(expected.get(e), produced.get(partnerOf[e])));
            }
        }

        List<ExpectedCoding> missed = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (!expectedUsed[e]) {
                missed.add(expected.get(e));
            }
        }
        List<Coding> extra = new ArrayList<>();
        for (int p = 0; p < produced.size(); p++) {
            if (!producedUsed[p]) {
                extra.add(produced.get(p));
            }
        }
        return new RecordScore(record, produced, exact, partial, missed, extra, Optional.empty());
    }

    /**
     * Maximum matching of the still-unused codings under {@link #partialMatch}, by augmenting paths (Kuhn).
     * Returns, for each expected index, the produced index it is paired with, or -1.
     */
    private static int[] partialMatching(List<ExpectedCoding> expected, List<Coding> produced,
                                         boolean[] expectedUsed, boolean[] producedUsed) {
        int[] partnerOfExpected = new int[expected.size()];
        int[] partnerOfProduced = new int[produced.size()];
        Arrays.fill(partnerOfExpected, -1);
        Arrays.fill(partnerOfProduced, -1);
        for (int e = 0; e < expected.size(); e++) {
            if (!expectedUsed[e]) {
                augment(e, expected, produced, producedUsed, partnerOfExpected, partnerOfProduced,
                        new boolean[produced.size()]);
            }
        }
        return partnerOfExpected;
    }

    private static boolean augment(int e, List<ExpectedCoding> expected, List<Coding> produced,
                                   boolean[] producedUsed, int[] partnerOfExpected, int[] partnerOfProduced,
                                   boolean[] visited) {
        for (int p = 0; p < produced.size(); p++) {
            if (producedUsed[p] || visited[p] || !partialMatch(expected.get(e), produced.get(p))) {
                continue;
            }
            visited[p] = true;
            if (partnerOfProduced[p] < 0 || augment(partnerOfProduced[p], expected, produced, producedUsed,
                    partnerOfExpected, partnerOfProduced, visited)) {
                partnerOfExpected[e] = p;
                partnerOfProduced[p] = e;
                return true;
            }
        }
        return false;
    }

    private static boolean sameCoding(ExpectedCoding expected, Coding produced) {
        return expected.source().equals(produced.source()) && expected.target().equals(produced.target())
                && expected.code().equals(produced.code());
    }

    /** Rule (a) or (b) of the class comment; assumes the pair is not an exact match. */
    static boolean partialMatch(ExpectedCoding expected, Coding produced) {
        boolean sameSource = expected.source().equals(produced.source());
        boolean sameTarget = expected.target().equals(produced.target());
        if (expected.code().equals(produced.code())) {
            return (sameSource && !expected.source().isEmpty()) || (sameTarget && !expected.target().isEmpty());
        }
        return sameSource && sameTarget && root(expected.code()).equals(root(produced.code()));
    }

    private static String root(String code) {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }
}
