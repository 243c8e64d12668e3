package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.junit.jupiter.api.Test;

class PloverTableTest {

    @Test
    void readsLinesAndFallsBackToParents() {
        DictionaryReport report = new DictionaryReport();
        PloverTable table = PloverTable.parse(String.join("\n",
                "# CAMEO to PLOVER conversion table",
                "08: CONCEDE",
                "084: RETREAT,   ,  # Return, release",
                "0841: RETREAT, release,   legal # Return, release person(s)",
                "1124: ACCUSE, allege, military; legal # Accuse of war crimes",
                "08: RETREAT",
                "nonsense line",
                "~~~~~"), "p.txt", report);
        assertThat(table.forCode("0841")).contains(new Plover("RETREAT", "release", "legal"));
        assertThat(table.forCode("0845")).contains(new Plover("RETREAT", "", ""));
        assertThat(table.forCode("089")).contains(new Plover("CONCEDE", "", ""));
        assertThat(table.forCode("0891")).contains(new Plover("CONCEDE", "", ""));
        assertThat(table.forCode("1124")).contains(new Plover("ACCUSE", "allege", "military; legal"));
        assertThat(table.forCode("010")).isEmpty();
        assertThat(report.warnings()).containsExactly(
                "p.txt:6: code 08 listed again (first at line 2); keeping the first",
                "p.txt:7: expected 'CODE: TYPE, MODE, CONTEXT'; skipped");
    }

    @Test
    void bundledTable() {
        DictionaryReport report = new DictionaryReport();
        PloverTable table = PloverTable.parse(Dictionaries.resource("CAMEO2PLOVER-2021.txt", report),
                "CAMEO2PLOVER-2021.txt", report);
        assertThat(table.forCode("0841")).contains(new Plover("RETREAT", "release", "legal"));
        assertThat(table.forCode("190")).contains(new Plover("ASSAULT", "", "military"));
        assertThat(table.forCode("0861")).contains(new Plover("RETREAT", "access", "peacekeeping"));
        assertThat(table.forCode("19")).contains(new Plover("ASSAULT", "", ""));
        // Roots 01 and 02 have no line in the 2021 table.
        assertThat(table.forCode("010")).isEmpty();
        assertThat(table.forCode("0211")).isEmpty();
        assertThat(report.warnings()).containsExactly(
                "CAMEO2PLOVER-2021.txt:82: code 08 listed again (first at line 70); keeping the first",
                "CAMEO2PLOVER-2021.txt:284: code 175 listed again (first at line 283); keeping the first");
    }
}
