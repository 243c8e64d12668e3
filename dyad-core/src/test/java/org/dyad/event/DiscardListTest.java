package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscardListTest {
    private static DiscardList discards;
    private static DictionaryReport report;

    @BeforeAll
    static void parse() {
        report = new DictionaryReport();
        discards = DiscardList.parse(String.join("\n",
                "# Story-level discards are indicated with a '+'.",
                "MONTHS LATER",
                "+World Golf Championships   # pas 26-Feb-2014",
                "BASEBALL   ",
                "AFL_GRAND_FINAL_",
                "+ESPN2",
                "+ a b c",
                "1914",
                "+",
                "BASEBALL"), "d.txt", report);
    }

    private static Optional<String> sentence(String text) {
        return discards.sentenceDiscard(text).map(Discard::phrase);
    }

    @Test
    void readsMarks() {
        assertThat(discards.entries()).containsExactly(
                new Discard("MONTHS LATER", false, false, "d.txt:2"),
                new Discard("WORLD GOLF CHAMPIONSHIPS", true, false, "d.txt:3"),
                new Discard("BASEBALL", false, false, "d.txt:4"),
                new Discard("AFL GRAND FINAL", false, true, "d.txt:5"),
                new Discard("ESPN2", true, false, "d.txt:6"),
                new Discard("A B C", true, false, "d.txt:7"),
                new Discard("1914", false, false, "d.txt:8"));
        assertThat(report.warnings()).containsExactly("d.txt:9: discard line without a phrase; skipped");
    }

    @Test
    void matchesAtWordStartsIgnoringCase() {
        assertThat(sentence("Three months later, the war ended.")).contains("MONTHS LATER");
        assertThat(sentence("He collects Baseballs.")).contains("BASEBALL");
        assertThat(sentence("(Baseball) is fun")).contains("BASEBALL");
        assertThat(sentence("Nonbaseball talk")).isEmpty();
        assertThat(sentence("The war of 1914-18")).contains("1914");
        assertThat(sentence("Months  later")).contains("MONTHS LATER");
        assertThat(sentence("Monthslater")).isEmpty();
    }

    @Test
    void trailingUnderscoreNeedsAWordEnd() {
        assertThat(sentence("They reached the AFL grand final.")).contains("AFL GRAND FINAL");
        assertThat(sentence("the AFL grand final")).contains("AFL GRAND FINAL");
        assertThat(sentence("the AFL grand finalists")).isEmpty();
    }

    @Test
    void storyDiscardsOnlyPlusPhrases() {
        assertThat(discards.storyDiscard("Woods leads the World  Golf\nChampionships.")).hasValueSatisfying(d -> {
            assertThat(d.phrase()).isEqualTo("WORLD GOLF CHAMPIONSHIPS");
            assertThat(d.wholeStory()).isTrue();
        });
        assertThat(discards.storyDiscard("baseball and months later")).isEmpty();
        assertThat(discards.sentenceDiscard("ESPN2 reported")).hasValueSatisfying(
                d -> assertThat(d.wholeStory()).isTrue());
        assertThat(discards.storyDiscard("x A b C")).map(Discard::phrase).contains("A B C");
    }

    @Test
    void bundledAndValidationDiscards() {
        DictionaryReport r = new DictionaryReport();
        DiscardList phoenix = DiscardList.parse(Dictionaries.resource("Phoenix.discards.txt", r),
                "Phoenix.discards.txt", r);
        assertThat(r.warnings()).isEmpty();
        assertThat(phoenix.storyDiscard("Manchester United beat Arsenal")).map(Discard::origin)
                .contains("Phoenix.discards.txt:128");
        assertThat(phoenix.sentenceDiscard("He won the bronze medal in Rio.")).map(Discard::phrase)
                .contains("BRONZE MEDAL");
        assertThat(phoenix.sentenceDiscard("Pakistan and India held talks on Kashmir.")).isEmpty();

        for (String name : List.of("PETR.Validate.discards.txt", "ud-2.02/PETR_Validate_discards_2_02.txt")) {
            DictionaryReport vr = new DictionaryReport();
            DiscardList v = DiscardList.parse(DictionaryText.read(SharedFiles.petrarch(name), vr), name, vr);
            assertThat(vr.warnings()).isEmpty();
            assertThat(v.storyDiscard("a TYPHOON hit")).map(Discard::phrase).contains("TYPHOON");
            assertThat(v.sentenceDiscard("Years later he returned")).map(Discard::phrase).contains("YEARS LATER");
        }
    }

    @Test
    void manySentencesAreFast() {
        DictionaryReport r = new DictionaryReport();
        DiscardList phoenix = DiscardList.parse(Dictionaries.resource("Phoenix.discards.txt", r),
                "Phoenix.discards.txt", r);
        String sentence = "Pakistani troops and Indian border guards exchanged fire across the Line of Control "
                + "on Tuesday, officials in Islamabad said, the third such clash this month.";
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            found += phoenix.sentenceDiscard(sentence).isPresent() ? 1 : 0;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(found).isZero();
        // About 20 microseconds a sentence on a shared two-core machine; a scan per phrase would be far slower.
        assertThat(millis).isLessThan(5_000);
    }
}
