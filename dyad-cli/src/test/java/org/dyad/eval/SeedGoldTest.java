package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedGoldTest {
    static final String SEED = "seeds/nato-pakistan-cooperation.expected.json";

    @Test
    void readsTheSeedGold() {
        SeedGold gold = SeedGold.read(SharedFixture.sharedFile(SEED));
        assertThat(gold.required()).hasSize(7);
        assertThat(gold.optional()).hasSize(9);
        assertThat(gold.required()).extracting(GoldEvent::id).containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7");
        assertThat(gold.optional()).extracting(GoldEvent::id)
                .containsExactly("O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9");
        assertThat(gold.documentFile()).isEqualTo("nato-pakistan-cooperation.txt");
        assertThat(gold.documentDate()).hasValue(LocalDate.of(2017, 11, 10));
        assertThat(gold.about()).contains("'*' means any");
    }

    @Test
    void readsEventFields() {
        SeedGold gold = SeedGold.read(SharedFixture.sharedFile(SEED));
        GoldEvent e1 = gold.required().get(0);
        assertThat(e1.source()).containsExactly("IGOWSTNAT");
        assertThat(e1.target()).containsExactly("PAK");
        assertThat(e1.root()).containsExactly("02");
        assertThat(e1.preferredCode()).hasValue("0212");
        assertThat(e1.plover()).hasValue("REQUEST");
        assertThat(e1.date()).hasValue("2017-11-09");
        assertThat(e1.place()).hasValue("Brussels");
        GoldEvent e5 = gold.required().get(4);
        assertThat(e5.source()).containsExactly("", "*");
        assertThat(e5.root()).containsExactly("18", "19", "20");
        GoldEvent o2 = gold.optional().get(1);
        assertThat(o2.date()).hasValue("2017-10");
        assertThat(o2.preferredCode()).isEmpty();
        assertThat(o2.place()).isEmpty();
    }

    @Test
    void parsesAHandMadeGold() {
        SeedGold gold = SeedGold.parse("""
                {"about": "test", "document": {"file": "a.txt"},
                 "events": {"required": [{"id": "R1", "what": "w", "source": ["AAA"], "target": [""], "root": ["01"]}],
                            "optional": []}}
                """, "hand");
        assertThat(gold.documentDate()).isEmpty();
        assertThat(gold.required()).containsExactly(new GoldEvent("R1", "w", List.of("AAA"), List.of(""),
                List.of("01"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void namesTheMissingField() {
        assertThatThrownBy(() -> SeedGold.parse("""
                {"about": "t", "document": {"file": "a.txt"},
                 "events": {"required": [{"id": "R1", "what": "w", "source": "AAA", "target": [""], "root": ["01"]}],
                            "optional": []}}
                """, "hand.json"))
                .isInstanceOf(EvalInputException.class)
                .hasMessageContaining("hand.json").hasMessageContaining("event R1 source");
        assertThatThrownBy(() -> SeedGold.parse("{\"about\": \"t\", \"document\": {\"file\": \"a\"}}", "x.json"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("'events'");
    }

    @Test
    void refusesDuplicateIdsAndBadJson() {
        assertThatThrownBy(() -> SeedGold.parse("""
                {"about": "t", "document": {"file": "a.txt"},
                 "events": {"required": [{"id": "R1", "what": "w", "source": ["*"], "target": ["*"], "root": ["01"]}],
                            "optional": [{"id": "R1", "what": "w", "source": ["*"], "target": ["*"], "root": ["02"]}]}}
                """, "dup.json"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("R1 is used twice");
        assertThatThrownBy(() -> SeedGold.parse("{not json", "bad.json"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("bad.json");
        assertThatThrownBy(() -> SeedGold.read(Path.of("/nonexistent-dyad/gold.json")))
                .isInstanceOf(EvalInputException.class);
    }
}
