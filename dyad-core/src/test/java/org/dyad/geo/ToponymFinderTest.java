package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The facility tests of {@link ToponymFinder} (issue 5, local anchor), on names and text written for the test. */
class ToponymFinderTest {
    @Test
    void aNameEndingInAFacilityNounNamesAFacilityUnlessTheGazetteerKnowsIt() {
        assertThat(ToponymFinder.isFacilityName("Carnegie Library", false)).isTrue();
        assertThat(ToponymFinder.isFacilityName("Collins Avenue", false)).isTrue();
        assertThat(ToponymFinder.isFacilityName("Victoria St.", false)).isTrue();
        assertThat(ToponymFinder.isFacilityName("Embassy of Armenia", false)).isTrue();
        assertThat(ToponymFinder.isFacilityName("College Park", true)).isFalse();
        assertThat(ToponymFinder.isFacilityName("Library", false)).isFalse();
        assertThat(ToponymFinder.isFacilityName("Bank of Japan", false)).isFalse();
    }

    @Test
    void aFacilityNounAfterANameMakesItAModifier() {
        assertThat(ToponymFinder.modifiesFacility(" airport on Friday")).isTrue();
        assertThat(ToponymFinder.modifiesFacility(" Street, where")).isTrue();
        assertThat(ToponymFinder.modifiesFacility(" and Dauphine streets to the river")).isTrue();
        assertThat(ToponymFinder.modifiesFacility("/Franklin intersection was")).isTrue();
        assertThat(ToponymFinder.modifiesFacility(" and Dallas on Monday")).isFalse();
        assertThat(ToponymFinder.modifiesFacility(" said on Monday")).isFalse();
        assertThat(ToponymFinder.modifiesFacility("")).isFalse();
    }
}
