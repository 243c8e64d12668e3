package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PetrarchSuiteTest {

    @Test
    void unitSuitePathsSitUnderEvalPetrarch() {
        PetrarchSuite suite = PetrarchSuite.unitTest(Path.of("/s"));
        assertThat(suite.name()).isEqualTo("unit");
        assertThat(suite.records()).isEqualTo(Path.of("/s/eval/petrarch/PETR.UnitTest.records.xml"));
        assertThat(suite.verbs()).isEqualTo(Path.of("/s/eval/petrarch/PETR.Validate.verbs.txt"));
        assertThat(suite.actors()).isEqualTo(Path.of("/s/eval/petrarch/PETR.Validate.actors.txt"));
        assertThat(suite.agents()).isEqualTo(Path.of("/s/eval/petrarch/PETR.Validate.agents.txt"));
        assertThat(suite.discards()).isEqualTo(Path.of("/s/eval/petrarch/PETR.Validate.discards.txt"));
    }

    @Test
    void udSuitePathsSitUnderItsOwnFolder() {
        PetrarchSuite suite = PetrarchSuite.udTwo(Path.of("/s"));
        assertThat(suite.name()).isEqualTo("ud-2.02");
        assertThat(suite.records()).isEqualTo(Path.of("/s/eval/petrarch/ud-2.02/PETR_Validate_records_2_02.xml"));
        assertThat(suite.verbs()).isEqualTo(Path.of("/s/eval/petrarch/ud-2.02/PETR_Validate_verbs_2_02.txt"));
        assertThat(suite.discards()).isEqualTo(Path.of("/s/eval/petrarch/ud-2.02/PETR_Validate_discards_2_02.txt"));
    }

    @Test
    void looksUpSuitesByCommandLineName() {
        assertThat(PetrarchSuite.named("unit", Path.of("/s"))).isEqualTo(PetrarchSuite.unitTest(Path.of("/s")));
        assertThat(PetrarchSuite.named("ud-2.02", Path.of("/s"))).isEqualTo(PetrarchSuite.udTwo(Path.of("/s")));
        assertThatThrownBy(() -> PetrarchSuite.named("ud", Path.of("/s")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit or ud-2.02");
    }

    @Test
    void bothSuitesAreCompleteInShared() {
        Path shared = SharedFixture.shared();
        assertThat(PetrarchSuite.unitTest(shared).missingFiles()).isEmpty();
        assertThat(PetrarchSuite.udTwo(shared).missingFiles()).isEmpty();
    }

    @Test
    void reportsMissingFiles() {
        assertThat(PetrarchSuite.unitTest(Path.of("/nonexistent-dyad")).missingFiles()).hasSize(5);
    }
}
