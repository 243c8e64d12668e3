package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void keysIgnoreCaseAccentsPeriodsAndHyphens() {
        assertThat(PlaceNames.key("Port-au-Prince")).isEqualTo("port au prince");
        assertThat(PlaceNames.key("St. Louis")).isEqualTo("st louis");
        assertThat(PlaceNames.key("São  Paulo")).isEqualTo("sao paulo");
        assertThat(PlaceNames.key("Washington, D.C.")).isEqualTo("washington dc");
        assertThat(PlaceNames.key("Cote d’Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(PlaceNames.key(" - ")).isEmpty();
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        // Kabul to Islamabad, about 365 km
        assertThat(Geo.distanceKm(34.52813, 69.17233, 33.72148, 73.04329)).isBetween(360.0, 370.0);
        assertThat(Geo.distanceKm(0, 0, 0, 180)).isBetween(20015.0, 20016.0);
    }
}
