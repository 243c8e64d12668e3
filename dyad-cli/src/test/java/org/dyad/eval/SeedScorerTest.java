package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedScorerTest {

    static ProducedEvent produced(String source, String target, String code) {
        return new ProducedEvent(source, target, code, 0, "A sentence.");
    }

    /** One produced event per required gold event of the seed, each at its preferred code. */
    static List<ProducedEvent> perfectSeedEvents() {
        return List.of(
                produced("IGOWSTNAT", "PAK", "0212"),
                produced("IGOWSTNAT", "PAK", "036"),
                produced("PAKMIL", "IGOWSTNAT", "016"),
                produced("PAKGOV", "USAGOV", "042"),
                produced("", "AFG", "180"),
                produced("IGOWSTNAT", "AFGMIL", "051"),
                produced("IGOWSTNAT", "AFG", "0334"));
    }

    private static SeedScorer seedScorer() {
        return new SeedScorer(SeedGold.read(SharedFixture.sharedFile(SeedGoldTest.SEED)));
    }

    @Test
    void aPerfectSetFindsAllSevenRequiredAndNothingSpurious() {
        SeedScore score = seedScorer().score(perfectSeedEvents());
        assertThat(score.requiredFound()).containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7");
        assertThat(score.requiredMissed()).isEmpty();
        assertThat(score.spurious()).isEmpty();
        assertThat(score.allRequiredFound()).isTrue();
        assertThat(score.produced()).isEqualTo(7);
    }

    @Test
    void natoAppealingToPakistanMatchesE1() {
        SeedScore score = seedScorer().score(List.of(produced("IGOWSTNAT", "PAK", "020")));
        assertThat(score.requiredFound()).containsExactly("E1");
        assertThat(score.evidence().get("E1")).containsExactly(produced("IGOWSTNAT", "PAK", "020"));
        assertThat(score.requiredMissed()).containsExactly("E2", "E3", "E4", "E5", "E6", "E7");
        assertThat(score.spurious()).isEmpty();
    }

    @Test
    void usaAssaultingChinaIsSpurious() {
        ProducedEvent wrong = produced("USA", "CHN", "190");
        List<ProducedEvent> events = new ArrayList<>(perfectSeedEvents());
        events.add(wrong);
        SeedScore score = seedScorer().score(events);
        assertThat(score.spurious()).containsExactly(wrong);
        assertThat(score.requiredFound()).hasSize(7);
    }

    @Test
    void nothingProducedMissesEveryRequiredEvent() {
        SeedScore score = seedScorer().score(List.of());
        assertThat(score.requiredMissed()).hasSize(7);
        assertThat(score.optionalFound()).isEmpty();
        assertThat(score.allRequiredFound()).isFalse();
    }

    @Test
    void anEventMatchingSeveralGoldEventsFindsEach() {
        SeedScore score = seedScorer().score(List.of(produced("IGOWSTNAT", "AFG", "051")));
        assertThat(score.requiredFound()).containsExactly("E6");
        assertThat(score.optionalFound()).containsExactly("O6");
    }

    // Scorer rules on a hand-made gold, independent of the shared data.

    private static GoldEvent gold(String id, List<String> source, List<String> target, List<String> root) {
        return new GoldEvent(id, "w", source, target, root, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static final SeedGold SMALL = new SeedGold("test", "a.txt", Optional.empty(),
            List.of(gold("R1", List.of("AAA"), List.of("BBB"), List.of("01")),
                    gold("R2", List.of(""), List.of("CCC"), List.of("19"))),
            List.of(gold("P1", List.of("AAA"), List.of("*"), List.of("01", "04"))));

    @Test
    void repeatedMatchesFindAGoldEventOnceAndAreNotSpurious() {
        SeedScore score = new SeedScorer(SMALL).score(List.of(
                produced("AAA", "BBB", "010"), produced("AAAGOV", "BBBMIL", "013")));
        assertThat(score.requiredFound()).containsExactly("R1");
        assertThat(score.evidence().get("R1")).hasSize(2);
        assertThat(score.optionalFound()).containsExactly("P1");
        assertThat(score.spurious()).isEmpty();
    }

    @Test
    void emptySourcePatternRejectsANamedSource() {
        SeedScore score = new SeedScorer(SMALL).score(List.of(produced("DDD", "CCC", "190")));
        assertThat(score.requiredFound()).isEmpty();
        assertThat(score.spurious()).containsExactly(produced("DDD", "CCC", "190"));
        SeedScore unnamed = new SeedScorer(SMALL).score(List.of(produced("", "CCC", "193")));
        assertThat(unnamed.requiredFound()).containsExactly("R2");
    }

    @Test
    void optionalEventsAreNeverMissedAndOnlyOptionalIsNotSpurious() {
        SeedScore score = new SeedScorer(SMALL).score(List.of(produced("AAA", "ZZZ", "040")));
        assertThat(score.optionalFound()).containsExactly("P1");
        assertThat(score.requiredMissed()).containsExactly("R1", "R2");
        assertThat(score.spurious()).isEmpty();
    }

    @Test
    void reportShowsCountsFoundEventsAndSpuriousSentences() {
        ProducedEvent stray = new ProducedEvent("XXX", "YYY", "190", 4, "The stray sentence.");
        SeedScore score = new SeedScorer(SMALL).score(List.of(produced("AAA", "BBB", "010"), stray));
        String report = SeedReport.render(SMALL, score);
        assertThat(report).contains("required found: 1/2  missed: R2", "optional found: 1/1",
                "spurious:       1 of 2 produced", "[x] R1", "[ ] R2", "AAA -> BBB : 010 (sentence 0)",
                "XXX -> YYY : 190 (sentence 4)", "The stray sentence.");
    }
}
