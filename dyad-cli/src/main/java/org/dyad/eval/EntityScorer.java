package org.dyad.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dyad.actor.NameType;
import org.dyad.document.Span;

/**
 * Scores predicted entity mentions against gold ones, one document at a time.
 *
 * <p>Matching is one-to-one: a gold mention matches at most one prediction and the reverse. Under exact matching
 * the spans must be equal; under overlap matching they must share a character, and the pairs are taken greedily:
 * equal spans first, then the largest shared length, then the closest lengths. Only gold mentions of the three
 * scored types (person, organization, place) count; a document's other gold mentions are ignored.
 */
public final class EntityScorer {
    private EntityScorer() {
    }

    /**
     * Scores one document.
     *
     * @param gold      the gold mentions to score against (already filtered, e.g. to named ones)
     * @param predicted the predictions, PERSON, ORGANISATION or PLACE (others are ignored)
     * @return the counts under the four rules
     */
    public static EntityScore score(List<GoldEntity> gold, List<PredictedEntity> predicted) {
        List<GoldEntity> g = gold.stream().filter(e -> EntityScore.TYPES.contains(e.type())).toList();
        List<PredictedEntity> p = predicted.stream().filter(e -> EntityScore.TYPES.contains(e.type())).toList();
        Map<NameType, EntityTally> exact = new EnumMap<>(NameType.class);
        Map<NameType, EntityTally> overlap = new EnumMap<>(NameType.class);
        for (NameType t : EntityScore.TYPES) {
            List<Span> gs = g.stream().filter(e -> e.type() == t).map(GoldEntity::span).toList();
            List<Span> ps = p.stream().filter(e -> e.type() == t).map(PredictedEntity::span).toList();
            exact.put(t, new EntityTally(gs.size(), ps.size(), match(gs, ps, true).matched()));
            overlap.put(t, new EntityTally(gs.size(), ps.size(), match(gs, ps, false).matched()));
        }
        List<Span> gs = g.stream().map(GoldEntity::span).toList();
        List<Span> ps = p.stream().map(PredictedEntity::span).toList();
        return new EntityScore(exact, overlap,
                new EntityTally(gs.size(), ps.size(), match(gs, ps, true).matched()),
                new EntityTally(gs.size(), ps.size(), match(gs, ps, false).matched()));
    }

    /**
     * The one-to-one matching of two span lists.
     *
     * @param goldMatched      indices of matched gold spans
     * @param predictedMatched indices of matched predicted spans
     * @param partner          for each gold span, the index of its predicted span, or -1
     */
    public record Matching(BitSet goldMatched, BitSet predictedMatched, int[] partner) {
        /** Number of matched pairs. */
        public int matched() {
            return goldMatched.cardinality();
        }
    }

    /**
     * Matches gold and predicted spans one to one.
     *
     * @param gold      gold spans
     * @param predicted predicted spans
     * @param exact     true for equal spans only, false for any shared character
     * @return which of each side were matched
     */
    public static Matching match(List<Span> gold, List<Span> predicted, boolean exact) {
        record Pair(int g, int p, boolean equal, int shared, int lengthGap) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Span a = gold.get(i);
            for (int j = 0; j < predicted.size(); j++) {
                Span b = predicted.get(j);
                boolean equal = a.equals(b);
                if (exact ? equal : a.overlaps(b)) {
                    int shared = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
                    pairs.add(new Pair(i, j, equal, shared, Math.abs(a.length() - b.length())));
                }
            }
        }
        pairs.sort(Comparator.comparing((Pair x) -> !x.equal()).thenComparing(x -> -x.shared())
                .thenComparingInt(Pair::lengthGap).thenComparingInt(Pair::g).thenComparingInt(Pair::p));
        BitSet g = new BitSet();
        BitSet p = new BitSet();
        int[] partner = new int[gold.size()];
        java.util.Arrays.fill(partner, -1);
        for (Pair x : pairs) {
            if (!g.get(x.g()) && !p.get(x.p())) {
                g.set(x.g());
                p.set(x.p());
                partner[x.g()] = x.p();
            }
        }
        return new Matching(g, p, partner);
    }
}
