package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.AgentDictionary;
import org.dyad.event.CameoTable;
import org.dyad.event.DiscardList;
import org.dyad.event.IssueDictionary;
import org.dyad.event.PloverTable;
import org.dyad.event.VerbDictionary;

/**
 * Fuzz target (issue 11): every dictionary reader on any bytes. The first byte chooses the reader (verbs, actors,
 * agents, discards, issues, CAMEO table, PLOVER table), the rest is the file, decoded as dictionaries are
 * ({@link DictionaryText#decode}). A reader never throws on a bad file: it skips what it cannot read and says so in
 * the report, each warning naming the file.
 */
class DictionaryParsersFuzzTest {
    private static final String SOURCE = "fuzz.txt";

    @FuzzTest(maxDuration = "30s")
    void parsesAndReports(byte[] input) {
        if (input.length == 0) {
            return;
        }
        DictionaryReport report = new DictionaryReport();
        String text = DictionaryText.decode(Arrays.copyOfRange(input, 1, input.length), SOURCE, report);
        switch (Math.floorMod(input[0], 7)) {
            case 0 -> VerbDictionary.parse(text, SOURCE, report).blocks();
            case 1 -> ActorDictionary.parse(text, SOURCE, report).entries();
            case 2 -> AgentDictionary.parse(text, SOURCE, report).entries();
            case 3 -> DiscardList.parse(text, SOURCE, report).entries();
            case 4 -> IssueDictionary.parse(text, SOURCE, report).issues();
            case 5 -> CameoTable.parse(text, SOURCE, report).entries();
            default -> PloverTable.parse(text, SOURCE, report);
        }
        for (String warning : report.warnings()) {
            assertThat(warning).startsWith(SOURCE);
        }
    }
}
