package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.dyad.actor.ActorDictionary;
import org.dyad.event.VerbDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DictionariesTest {
    private static Dictionaries bundled;
    private static DictionaryReport report;

    @BeforeAll
    static void load() {
        report = new DictionaryReport();
        // load time is a benchmark figure (bench/ Throughput reports start-up), not a unit-test bound
        bundled = Dictionaries.bundled(report);
    }

    @Test
    void loadsEveryBundledDictionary() {
        // 397 blocks in CAMEO.2.0.txt, then the 5 blocks of Dyad.supplement.verbs.txt
        assertThat(bundled.verbs().blocks().stream().filter(b -> b.forms().get(0).origin().startsWith("CAMEO.2.0.txt"))).hasSize(397);
        assertThat(bundled.verbs().blocks()).hasSize(402);
        assertThat(bundled.verbs().synsets()).hasSize(40);
        assertThat(bundled.actors().size()).isGreaterThan(35_000);
        // The three Phoenix actor files are merged in order (countries, international, non-state), then Dyad's.
        assertThat(bundled.actors().entries().get(0).origin()).isEqualTo("Phoenix.Countries.actors.txt:45");
        assertThat(bundled.actors().entries().get(bundled.actors().size() - 1).origin())
                .startsWith("Dyad.supplement.actors.txt:");
        assertThat(bundled.actors().entries().stream().map(e -> e.origin())
                .filter(o -> o.startsWith("Phoenix.MilNonState.actors.txt:"))).isNotEmpty();
        assertThat(bundled.agents().size()).isGreaterThan(4_000);
        assertThat(bundled.discards().entries()).hasSizeGreaterThan(400);
        assertThat(bundled.issues().issues()).isNotEmpty();
        assertThat(bundled.cameo().entries()).hasSize(312);
        // 274 rows of CAMEO2PLOVER-2021.txt plus Dyad.s 30 rows for the 015, 016 and 02 codes it drops
        assertThat(bundled.plover().entries()).hasSize(274 + 30);
        assertThat(bundled.plover().forCode("0212").map(p -> p.type())).contains("REQUEST");
    }

    @Test
    void warningsAreTheKnownDataProblems() {
        Map<String, Integer> perFile = new TreeMap<>();
        for (String w : report.warnings()) {
            perFile.merge(w.substring(0, w.indexOf(':')), 1, Integer::sum);
        }
        System.out.println("warnings per file: " + perFile);
        assertThat(report.warningsFor("cameo-codes.csv"))
                .allMatch(w -> w.endsWith("bytes that are not UTF-8, decoded as Windows-1252"));
        assertThat(report.warnings()).contains(
                "CAMEO.2.0.txt:8443: pattern uses undefined synset &WEATHER; kept, but it cannot match",
                "Phoenix.agents.txt:1927: agent 'ISLAMIC_EXTREMIST' has no [code]; skipped",
                "CAMEO2PLOVER-2021.txt:82: code 08 listed again (first at line 70); keeping the first");
        assertThat(report.warningsFor("Phoenix.discards.txt")).isEmpty();
        assertThat(report.warningsFor("Phoenix.MilNonState.actors.txt")).isEmpty();
    }

    @Test
    void withReplacesOneDictionary() {
        DictionaryReport r = new DictionaryReport();
        ActorDictionary mine = ActorDictionary.parse("GONDOR [GON]\n", "mine.actors", r);
        Dictionaries copy = bundled.withActors(mine);
        assertThat(copy.actors()).isSameAs(mine);
        assertThat(copy.verbs()).isSameAs(bundled.verbs());
        assertThat(bundled.actors()).isNotSameAs(mine);
        VerbDictionary verbs = VerbDictionary.parse("--- X [010] ---\nX\n", "v", r);
        assertThat(bundled.withVerbs(verbs).verbs().blocks()).hasSize(1);
    }
}
