package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetrarchEvaluatorTest {
    private static final LocalDate DAY = LocalDate.of(2001, 2, 3);

    private static PetrarchRecord record(String id, String category, ExpectedCoding... expected) {
        return new PetrarchRecord(id, category, DAY, "Text of " + id + ".", List.of(expected), false);
    }

    private static PetrarchRecord noEvents(String id, String category) {
        return new PetrarchRecord(id, category, DAY, "Text of " + id + ".", List.of(), true);
    }

    private static ExpectedCoding e(String source, String target, String code) {
        return new ExpectedCoding(source, target, code);
    }

    private static Coding c(String source, String target, String code) {
        return new Coding(source, target, code);
    }

    @Test
    void identicalCodingIsExact() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051")), List.of(c("RHN", "GON", "051")));
        assertThat(s.exact()).containsExactly(new CodingPair(e("RHN", "GON", "051"), c("RHN", "GON", "051")));
        assertThat(s.partial()).isEmpty();
        assertThat(s.missed()).isEmpty();
        assertThat(s.extra()).isEmpty();
        assertThat(s.perfect()).isTrue();
    }

    @Test
    void producedActorsAreNormalisedLikeExpectedOnes() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("THE RIDERS", "", "190")),
                List.of(c(" \"THE RIDERS\" ", "---", "190 ")));
        assertThat(s.exact()).hasSize(1);
        assertThat(s.exact().get(0).produced()).isEqualTo(c(" \"THE RIDERS\" ", "---", "190 "));
    }

    @Test
    void emptyTargetMatchesOnlyEmptyTarget() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "", "190")), List.of(c("RHN", "GON", "190")));
        assertThat(s.exact()).isEmpty();
        assertThat(s.partial()).hasSize(1);
    }

    @Test
    void sameCodeAndOneActorIsPartial() {
        RecordScore source = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051")),
                List.of(c("RHN", "MOR", "051")));
        RecordScore target = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051")),
                List.of(c("MOR", "GON", "051")));
        assertThat(source.partial()).containsExactly(new CodingPair(e("RHN", "GON", "051"), c("RHN", "MOR", "051")));
        assertThat(target.partial()).hasSize(1);
        assertThat(source.missed()).isEmpty();
        assertThat(source.extra()).isEmpty();
    }

    @Test
    void sharedEmptyTargetAloneIsNotPartial() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "", "190")), List.of(c("MOR", "", "190")));
        assertThat(s.partial()).isEmpty();
        assertThat(s.missed()).containsExactly(e("RHN", "", "190"));
        assertThat(s.extra()).containsExactly(c("MOR", "", "190"));
    }

    @Test
    void sameActorsAndSameRootIsPartial() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "064")), List.of(c("RHN", "GON", "061")));
        assertThat(s.partial()).hasSize(1);
    }

    @Test
    void sameActorsAndAnotherRootIsMissedAndExtra() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "064")), List.of(c("RHN", "GON", "051")));
        assertThat(s.partial()).isEmpty();
        assertThat(s.missed()).containsExactly(e("RHN", "GON", "064"));
        assertThat(s.extra()).containsExactly(c("RHN", "GON", "051"));
    }

    @Test
    void oneActorAndSameRootButOtherCodeIsNotPartial() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "064")), List.of(c("RHN", "MOR", "061")));
        assertThat(s.partial()).isEmpty();
    }

    @Test
    void eachExpectedCodingIsUsedOnce() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051")),
                List.of(c("RHN", "GON", "051"), c("RHN", "GON", "051")));
        assertThat(s.exact()).hasSize(1);
        assertThat(s.extra()).containsExactly(c("RHN", "GON", "051"));
    }

    @Test
    void exactWinsOverAnEarlierPartialCandidate() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051")),
                List.of(c("RHN", "MOR", "051"), c("RHN", "GON", "051")));
        assertThat(s.exact()).hasSize(1);
        assertThat(s.partial()).isEmpty();
        assertThat(s.extra()).containsExactly(c("RHN", "MOR", "051"));
    }

    @Test
    void partialPairsFormAMaximumMatching() {
        // Greedy pairing would give the first expected the first produced and leave the second unmatched.
        RecordScore s = PetrarchEvaluator.score(
                record("R", "C", e("RHN", "GON", "010"), e("RHN", "ERE", "010")),
                List.of(c("RHN", "MOR", "010"), c("DAL", "GON", "010")));
        assertThat(s.partial()).containsExactlyInAnyOrder(
                new CodingPair(e("RHN", "GON", "010"), c("DAL", "GON", "010")),
                new CodingPair(e("RHN", "ERE", "010"), c("RHN", "MOR", "010")));
        assertThat(s.missed()).isEmpty();
        assertThat(s.extra()).isEmpty();
    }

    @Test
    void nothingProducedMissesEverything() {
        RecordScore s = PetrarchEvaluator.score(record("R", "C", e("RHN", "GON", "051"), e("GON", "RHN", "051")),
                List.of());
        assertThat(s.missed()).hasSize(2);
        assertThat(s.tally()).isEqualTo(new Tally(1, 2, 0, 0, 2, 0, 0, 0, 0));
    }

    @Test
    void anyCodingForANoEventsRecordIsExtra() {
        RecordScore loud = PetrarchEvaluator.score(noEvents("N", "C"), List.of(c("RHN", "GON", "051")));
        RecordScore silent = PetrarchEvaluator.score(noEvents("N", "C"), List.of());
        assertThat(loud.extra()).containsExactly(c("RHN", "GON", "051"));
        assertThat(loud.tally()).isEqualTo(new Tally(1, 0, 0, 0, 0, 1, 1, 0, 0));
        assertThat(silent.tally()).isEqualTo(new Tally(1, 0, 0, 0, 0, 0, 1, 1, 0));
        assertThat(silent.perfect()).isTrue();
    }

    @Test
    void talliesPerCategoryInFirstAppearanceOrderAndOverall() {
        Map<String, List<Coding>> answers = Map.of(
                "A1", List.of(c("RHN", "GON", "051")),
                "A2", List.of(c("RHN", "GON", "061")),
                "B1", List.of(c("MOR", "ERE", "190")),
                "B2", List.of());
        SentenceCoder fake = (id, text, date) -> answers.get(id);
        PetrarchScore score = new PetrarchEvaluator(fake).evaluate(List.of(
                record("B1", "BETA", e("RHN", "GON", "190")),
                record("A1", "ALPHA", e("RHN", "GON", "051")),
                record("A2", "ALPHA", e("RHN", "GON", "064"), e("GON", "RHN", "064")),
                noEvents("B2", "BETA")));
        assertThat(score.byCategory().keySet()).containsExactly("BETA", "ALPHA");
        assertThat(score.byCategory().get("ALPHA")).isEqualTo(new Tally(2, 3, 1, 1, 1, 0, 0, 0, 0));
        assertThat(score.byCategory().get("BETA")).isEqualTo(new Tally(2, 1, 0, 0, 1, 1, 1, 1, 0));
        assertThat(score.overall()).isEqualTo(new Tally(4, 4, 1, 1, 2, 1, 1, 1, 0));
        assertThat(score.overall().exactPercent()).hasValue(25.0);
        assertThat(score.records()).extracting(r -> r.record().id()).containsExactly("B1", "A1", "A2", "B2");
    }

    @Test
    void aCoderFailureIsRecordedAndEvaluationGoesOn() {
        SentenceCoder flaky = (id, text, date) -> {
            if (id.equals("BAD")) {
                throw new IllegalStateException("cannot parse");
            }
            return List.of(c("RHN", "GON", "051"));
        };
        PetrarchScore score = new PetrarchEvaluator(flaky).evaluate(List.of(
                record("BAD", "C", e("RHN", "GON", "051")), record("OK", "C", e("RHN", "GON", "051"))));
        assertThat(score.records().get(0).failure()).hasValue("IllegalStateException: cannot parse");
        assertThat(score.records().get(0).missed()).hasSize(1);
        assertThat(score.overall()).isEqualTo(new Tally(2, 2, 1, 0, 1, 0, 0, 0, 1));
    }

    @Test
    void passesTheRecordTextAndDateToTheCoder() {
        StringBuilder seen = new StringBuilder();
        new PetrarchEvaluator((id, text, date) -> {
            seen.append(id).append('|').append(text).append('|').append(date);
            return List.of();
        }).evaluate(List.of(record("R", "C")));
        assertThat(seen).hasToString("R|Text of R.|2001-02-03");
    }

    @Test
    void exactPercentIsEmptyWhenNothingIsExpected() {
        assertThat(Tally.ZERO.exactPercent()).isEmpty();
    }
}
