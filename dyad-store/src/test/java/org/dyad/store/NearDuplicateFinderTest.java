package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {

    /** 100 distinct words, with the words at the given indices replaced. */
    private static String text(int... changed) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            words.add("w" + i);
        }
        for (int c : changed) {
            words.set(c, "changed" + c);
        }
        return String.join(" ", words);
    }

    @Test
    void shinglesAreWordFiveGramsAndJaccardIsExact() {
        // 100 words give 96 five-word shingles; changing word 50 changes the 5 shingles that hold it:
        // 91 shared of 101 in the union.
        Set<Long> a = MinHasher.shingles(text());
        Set<Long> b = MinHasher.shingles(text(50));
        assertThat(a).hasSize(96);
        assertThat(MinHasher.jaccard(a, b)).isEqualTo(91.0 / 101);
        // three changed words far apart: 81 shared of 111
        assertThat(MinHasher.jaccard(a, MinHasher.shingles(text(20, 50, 80)))).isEqualTo(81.0 / 111);
        // case and punctuation do not matter
        assertThat(MinHasher.shingles("W1, w2 - W3 w4; W5!")).isEqualTo(MinHasher.shingles("w1 w2 w3 w4 w5"));
    }

    @Test
    void marksTheLaterOfTwoSimilarStoriesAndLeavesDissimilarOnesAlone() {
        Map<String, String> texts = Map.of("a", text(), "b", text(50), "c", text(20, 50, 80), "d", "short note");
        List<NearDuplicateFinder.Candidate> candidates = new ArrayList<>();
        // b is dated before a: a is the duplicate, b the original
        candidates.add(candidate("a", "2024-03-06", texts));
        candidates.add(candidate("b", "2024-03-05", texts));
        candidates.add(candidate("c", "2024-03-07", texts));
        candidates.add(candidate("d", "9999-99-99", texts));

        List<NearDuplicateFinder.Duplicate> found = NearDuplicateFinder.find(candidates,
                id -> MinHasher.shingles(texts.get(id)));

        // c is 0.73 from a and 0.80 from b (86 shared of 106 = 0.811): a duplicate of b
        assertThat(found).containsExactly(
                new NearDuplicateFinder.Duplicate("a", "b", 91.0 / 101),
                new NearDuplicateFinder.Duplicate("c", "b", 86.0 / 106));
    }

    private static NearDuplicateFinder.Candidate candidate(String id, String date, Map<String, String> texts) {
        return new NearDuplicateFinder.Candidate(id, date, MinHasher.signature(MinHasher.shingles(texts.get(id))));
    }
}
