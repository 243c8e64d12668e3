package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoldEventTest {

    private static GoldEvent gold(List<String> source, List<String> target, List<String> root) {
        return new GoldEvent("G1", "test event", source, target, root, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static ProducedEvent produced(String source, String target, String code) {
        return new ProducedEvent(source, target, code, 0, "A sentence.");
    }

    @Test
    void actorCodesMatchByPrefix() {
        GoldEvent g = gold(List.of("PAK"), List.of("USA"), List.of("04"));
        assertThat(g.matches(produced("PAKGOV", "USAGOV", "042"))).isTrue();
        assertThat(g.matches(produced("PAK", "USA", "04"))).isTrue();
        assertThat(g.matches(produced("AFG", "USA", "042"))).isFalse();
        assertThat(g.matches(produced("PAK", "", "042"))).isFalse();
    }

    @Test
    void rootIsTheFirstTwoDigits() {
        GoldEvent g = gold(List.of("PAK"), List.of("USA"), List.of("04", "01"));
        assertThat(g.matches(produced("PAK", "USA", "0141"))).isTrue();
        assertThat(g.matches(produced("PAK", "USA", "140"))).isFalse();
        assertThat(g.matches(produced("PAK", "USA", "4"))).isFalse();
    }

    @Test
    void emptyPatternRequiresNoActor() {
        GoldEvent g = gold(List.of("PAK"), List.of(""), List.of("01"));
        assertThat(g.matches(produced("PAK", "", "016"))).isTrue();
        assertThat(g.matches(produced("PAK", "USA", "016"))).isFalse();
    }

    @Test
    void starAcceptsAnyActorIncludingNone() {
        GoldEvent g = gold(List.of("*"), List.of("AFG"), List.of("18"));
        assertThat(g.matches(produced("", "AFG", "180"))).isTrue();
        assertThat(g.matches(produced("TAL", "AFG", "180"))).isTrue();
    }

    @Test
    void refusesEmptyPatternListsAndBadRoots() {
        assertThatThrownBy(() -> gold(List.of(), List.of("*"), List.of("01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("G1");
        assertThatThrownBy(() -> gold(List.of("*"), List.of("*"), List.of("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two digits");
    }
}
