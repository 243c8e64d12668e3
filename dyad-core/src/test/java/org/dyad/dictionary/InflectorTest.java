package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InflectorTest {

    @Test
    void plurals() {
        assertThat(Inflector.plural("SOLDIER")).isEqualTo("SOLDIERS");
        assertThat(Inflector.plural("ARMY")).isEqualTo("ARMIES");
        assertThat(Inflector.plural("ENVOY")).isEqualTo("ENVOYS");
        assertThat(Inflector.plural("CONGRESS")).isEqualTo("CONGRESSES");
        assertThat(Inflector.plural("CHURCH")).isEqualTo("CHURCHES");
        assertThat(Inflector.plural("TAX")).isEqualTo("TAXES");
    }

    @Test
    void verbForms() {
        assertThat(Inflector.thirdPerson("SAY")).isEqualTo("SAYS");
        assertThat(Inflector.thirdPerson("CARRY")).isEqualTo("CARRIES");
        assertThat(Inflector.thirdPerson("PUSH")).isEqualTo("PUSHES");
        assertThat(Inflector.thirdPerson("PASS")).isEqualTo("PASSES");
        assertThat(Inflector.thirdPerson("GO")).isEqualTo("GOES");
        assertThat(Inflector.past("ACCEPT")).isEqualTo("ACCEPTED");
        assertThat(Inflector.past("AGREE")).isEqualTo("AGREED");
        assertThat(Inflector.past("CARRY")).isEqualTo("CARRIED");
        assertThat(Inflector.past("DELAY")).isEqualTo("DELAYED");
        assertThat(Inflector.presentParticiple("ARRANGE")).isEqualTo("ARRANGING");
        assertThat(Inflector.presentParticiple("AGREE")).isEqualTo("AGREEING");
        assertThat(Inflector.presentParticiple("DIE")).isEqualTo("DYING");
        assertThat(Inflector.presentParticiple("SAY")).isEqualTo("SAYING");
    }
}
