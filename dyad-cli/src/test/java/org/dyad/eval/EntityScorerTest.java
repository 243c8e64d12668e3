package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.actor.NameType;
import org.dyad.document.Span;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
    private static GoldEntity gold(int start, int end, String type) {
        return new GoldEntity(new Span(start, end), type, true);
    }

    private static PredictedEntity predicted(int start, int end, NameType type) {
        return new PredictedEntity(new Span(start, end), type, "name");
    }

    @Test
    void exactNeedsEqualSpansAndOverlapOneSharedCharacter() {
        // gold "the Kenyan police" 0-17 (organization), "Mombasa" 21-28 (place), "Achieng" 30-37 (person)
        List<GoldEntity> gold = List.of(gold(0, 17, "organization"), gold(21, 28, "place"),
                gold(30, 37, "person"));
        List<PredictedEntity> predicted = List.of(predicted(4, 17, NameType.ORGANISATION),
                predicted(21, 28, NameType.PLACE), predicted(30, 37, NameType.ORGANISATION),
                predicted(40, 45, NameType.PERSON));
        EntityScore s = EntityScorer.score(gold, predicted);
        assertThat(s.exactAny()).isEqualTo(new EntityTally(3, 4, 2));
        assertThat(s.overlapAny()).isEqualTo(new EntityTally(3, 4, 3));
        assertThat(s.exactTyped()).isEqualTo(new EntityTally(3, 4, 1));
        assertThat(s.overlapTyped()).isEqualTo(new EntityTally(3, 4, 2));
        assertThat(s.overlapByType().get(NameType.PERSON)).isEqualTo(new EntityTally(1, 1, 0));
        assertThat(s.overlapByType().get(NameType.ORGANISATION)).isEqualTo(new EntityTally(1, 2, 1));
        assertThat(s.overlapTyped().precision()).isEqualTo(0.5);
        assertThat(s.overlapTyped().recall()).isEqualTo(2.0 / 3);
    }

    @Test
    void matchingIsOneToOneAndPrefersTheEqualSpan() {
        // nested gold: "Lake Turkana region" 0-19 and "Lake Turkana" 0-12; one prediction "Lake Turkana"
        List<GoldEntity> gold = List.of(gold(0, 19, "place"), gold(0, 12, "place"));
        EntityScore s = EntityScorer.score(gold, List.of(predicted(0, 12, NameType.PLACE)));
        assertThat(s.overlapAny()).isEqualTo(new EntityTally(2, 1, 1));
        EntityScorer.Matching m = EntityScorer.match(gold.stream().map(GoldEntity::span).toList(),
                List.of(new Span(0, 12)), false);
        assertThat(m.partner()).containsExactly(-1, 0);
    }

    @Test
    void otherGoldTypesAndOtherPredictionsAreNotScored() {
        EntityScore s = EntityScorer.score(List.of(gold(0, 5, "event")),
                List.of(predicted(0, 5, NameType.OTHER)));
        assertThat(s.overlapAny()).isEqualTo(EntityTally.ZERO);
        assertThat(s.overlapAny().f1()).isZero();
    }
}
