package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.SharedFiles;
import org.junit.jupiter.api.Test;

class ActorDictionaryTest {

    /** The example of the PETRARCH format document, plus the variants found in the Phoenix files. */
    private static final String SNIPPET = String.join("\n",
            "# .actor file",
            "AFGHANISTAN_  [AFG]",
            "+AFGHAN_",
            "+KABUL_",
            "",
            "MOHAMMAD_ZAHIR_SHAH_  ; CountryInfo.txt",
            "\t[AFGELI 320101-331108]",
            "\t[AFGGOV 331108-730717]",
            "\t[AFGELI 730717-070723]",
            "ABDUL_QADIR_  ; CountryInfo.txt",
            "+NUR_MOHAMMAD_TARAKI_  ; CountryInfo.txt",
            "\t[AFGELI 620101-780427]",
            "\t[AFGGOV 780427-780430]",
            "\t[AFGELI]",
            "HAMID_KARZAI_  [AFGMIL]; CountryInfo.txt",
            "JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # IGOrulers.txt",
            "IVO_JOSIPOVIC_",
            "PRESIDENT_JOSIPOVIC_",
            "\t[HRVGOV >20120219]",
            "GOLLUM  # pas 27 Apr 03",
            "+SMEAGOL",
            "\t[HOB < 950601]",
            "\t[HOBGOV 19950601 - 19990815]",
            "\t[HOBREB > 990816]",
            "U.S.S.R",
            "ROHAN [ROH]",
            "ARMEN_X_",
            "\t[ARMUNR 9008223-911221]",
            "\t[ARMGOV 20121204]",
            "\t[ARM]",
            "THE_SHIRE  [FRO/BIL/SAM]",
            "DAVID_CAMERON_",
            "\t[GBRGOV >201005011]",
            "ALAN_JOHNSON_",
            "\t[GBRGOV 070627-20100711]",
            "");

    private static ActorEntry entry(ActorDictionary dictionary, String... words) {
        return dictionary.entries().stream().filter(e -> e.words().equals(List.of(words))).findFirst().orElseThrow();
    }

    private static Optional<LocalDate> on(int y, int m, int d) {
        return Optional.of(LocalDate.of(y, m, d));
    }

    @Test
    void readsRecordsSynonymsAndRestrictions() {
        DictionaryReport report = new DictionaryReport();
        ActorDictionary actors = ActorDictionary.parse(SNIPPET, "a.actors", report);

        ActorEntry kabul = entry(actors, "KABUL");
        assertThat(kabul.name()).isEqualTo("AFGHANISTAN");
        assertThat(kabul.defaultCode()).contains("AFG");
        assertThat(kabul.origin()).isEqualTo("a.actors:4");

        ActorEntry shah = entry(actors, "MOHAMMAD", "ZAHIR", "SHAH");
        assertThat(shah.defaultCode()).isEmpty();
        assertThat(shah.dated()).hasSize(3);
        assertThat(shah.codeOn(on(1950, 1, 1))).contains("AFGGOV");
        assertThat(shah.codeOn(on(2000, 1, 1))).contains("AFGELI");
        assertThat(shah.codeOn(on(2008, 1, 1))).isEmpty();

        ActorEntry taraki = entry(actors, "NUR", "MOHAMMAD", "TARAKI");
        assertThat(taraki.name()).isEqualTo("ABDUL QADIR");
        assertThat(taraki.codeOn(on(1978, 4, 28))).contains("AFGGOV");
        assertThat(taraki.codeOn(on(1990, 1, 1))).contains("AFGELI");

        assertThat(entry(actors, "HAMID", "KARZAI").defaultCode()).contains("AFGMIL");

        ActorEntry solana = entry(actors, "JAVIER", "SOLANA");
        assertThat(solana.dated()).extracting(DatedCode::code).containsExactly("IGOEUREEC", "IGOWSTNAT");
        assertThat(solana.codeOn(on(1997, 1, 1))).contains("IGOWSTNAT");

        // Consecutive primary phrases without codes share the codes that follow them.
        ActorEntry president = entry(actors, "PRESIDENT", "JOSIPOVIC");
        assertThat(president.name()).isEqualTo("PRESIDENT JOSIPOVIC");
        assertThat(president.codeOn(on(2013, 1, 1))).contains("HRVGOV");
        assertThat(entry(actors, "IVO", "JOSIPOVIC").codeOn(Optional.empty())).contains("HRVGOV");

        ActorEntry smeagol = entry(actors, "SMEAGOL");
        assertThat(smeagol.codeOn(on(1995, 6, 1))).contains("HOB");
        assertThat(smeagol.codeOn(on(1995, 6, 2))).contains("HOBGOV");
        assertThat(smeagol.codeOn(on(1999, 8, 16))).contains("HOBREB");

        assertThat(entry(actors, "THE", "SHIRE").defaultCode()).contains("FRO/BIL/SAM");
        assertThat(actors.startingWith("u.s.s.r")).isEmpty();
        assertThat(actors.startingWith("rohan")).hasSize(1);

        ActorEntry armen = entry(actors, "ARMEN", "X");
        assertThat(armen.dated()).isEmpty();
        assertThat(armen.defaultCode()).contains("ARM");

        // A malformed restriction still closes the record: ALAN_JOHNSON_ does not join DAVID_CAMERON_.
        assertThat(entry(actors, "ALAN", "JOHNSON").codeOn(on(2008, 1, 1))).contains("GBRGOV");
        assertThat(actors.startingWith("DAVID")).isEmpty();

        assertThat(report.warnings()).containsExactly(
                "a.actors:25: actor 'U.S.S.R' has no code; skipped",
                "a.actors:28: restriction [ARMUNR 9008223-911221]: '9008223' is not a YYMMDD or YYYYMMDD date;"
                        + " skipped",
                "a.actors:29: restriction [ARMGOV 20121204] has a date but no '<', '>' or 'date-date' range;"
                        + " skipped",
                "a.actors:33: restriction [GBRGOV >201005011]: '201005011' is not a YYMMDD or YYYYMMDD date;"
                        + " skipped",
                "a.actors:32: actor 'DAVID CAMERON' has no code; skipped");
    }

    @Test
    void reportsOrphanLinesAndSecondDefault() {
        DictionaryReport report = new DictionaryReport();
        ActorDictionary actors = ActorDictionary.parse(
                "+ORPHAN\n\t[XXX]\nGROUP_OF_EIGHT_\t[IGOBUSGOE]\n+G_8_\n\t[IGOGOE]\n", "o.actors", report);
        assertThat(actors.entries()).extracting(ActorEntry::origin).containsExactly("o.actors:3", "o.actors:4");
        assertThat(entry(actors, "G", "8").defaultCode()).contains("IGOBUSGOE");
        assertThat(report.warnings()).containsExactly(
                "o.actors:1: synonym before any actor phrase; skipped",
                "o.actors:2: date restriction before any actor phrase; skipped",
                "o.actors:5: second undated code [IGOGOE]; keeping the first, [IGOBUSGOE]");
    }

    @Test
    void mergeKeepsOrder() {
        DictionaryReport report = new DictionaryReport();
        ActorDictionary one = ActorDictionary.parse("GONDOR [GON]\n", "1", report);
        ActorDictionary two = ActorDictionary.parse("MORDOR [MOR]\nGONDOR [XXX]\n", "2", report);
        ActorDictionary merged = ActorDictionary.merge(List.of(one, two));
        assertThat(merged.entries()).extracting(ActorEntry::origin).containsExactly("1:1", "2:1", "2:2");
        assertThat(merged.startingWith("GONDOR")).extracting(e -> e.defaultCode().orElseThrow())
                .containsExactly("GON", "XXX");
    }

    @Test
    void bundledPhoenixFacts() {
        DictionaryReport report = new DictionaryReport();
        ActorDictionary countries = ActorDictionary.parse(
                Dictionaries.resource("Phoenix.Countries.actors.txt", report), "Phoenix.Countries.actors.txt", report);
        ActorDictionary international = ActorDictionary.parse(
                Dictionaries.resource("Phoenix.International.actors.txt", report),
                "Phoenix.International.actors.txt", report);

        ActorEntry pakistan = countries.startingWith("PAKISTAN").stream()
                .filter(e -> e.words().size() == 1).findFirst().orElseThrow();
        assertThat(pakistan.codeOn(Optional.empty())).contains("PAK");
        assertThat(pakistan.origin()).isEqualTo("Phoenix.Countries.actors.txt:35970");

        // JAMES_BYRNES_ [USAELI 18970101-450703] [USAGOV 450703-470121] [USAELI 470121-720101]
        ActorEntry byrnes = entry(countries, "JAMES", "BYRNES");
        assertThat(byrnes.codeOn(on(1946, 6, 1))).contains("USAGOV");
        assertThat(byrnes.codeOn(on(1945, 7, 3))).contains("USAELI");
        assertThat(byrnes.codeOn(on(1960, 1, 1))).contains("USAELI");

        // BARACK_OBAMA and synonyms: [USAELI 780101-000101] [USAGOV >090120]
        ActorEntry obama = entry(countries, "PRESIDENT", "BARACK", "OBAMA");
        assertThat(obama.name()).isEqualTo("BARACK OBAMA");
        assertThat(obama.codeOn(on(2010, 5, 1))).contains("USAGOV");
        assertThat(obama.codeOn(on(1999, 12, 31))).contains("USAELI");
        assertThat(obama.codeOn(on(2005, 1, 1))).isEmpty();

        // NATO_ / +NORTH_ATLANTIC_TREATY_ORGANIZATION_ / \t[IGOWSTNAT]
        ActorEntry nato = entry(international, "NORTH", "ATLANTIC", "TREATY", "ORGANIZATION");
        assertThat(nato.name()).isEqualTo("NATO");
        assertThat(nato.codeOn(on(2000, 1, 1))).contains("IGOWSTNAT");
    }

    @Test
    void validationActorsParseWithOnlyTheMistypedComment() {
        for (String name : List.of("PETR.Validate.actors.txt", "ud-2.02/PETR_Validate_actors_2_02.txt")) {
            DictionaryReport report = new DictionaryReport();
            ActorDictionary actors = ActorDictionary.parse(
                    DictionaryText.read(SharedFiles.petrarch(name), report), name, report);
            // "<! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->" is the one genuinely malformed line.
            assertThat(report.warnings()).singleElement().asString()
                    .contains("'-->' outside a comment");
            ActorEntry sam = entry(actors, "SAM", "GAMGEE");
            assertThat(sam.codeOn(on(2010, 1, 10))).contains("ORCHOB");
            assertThat(sam.codeOn(on(2011, 1, 1))).contains("HOBMIL");
            assertThat(entry(actors, "SMEAGOL").codeOn(on(1997, 1, 1))).contains("HOBGOV");
            assertThat(entry(actors, "INTERPOL").codeOn(Optional.empty())).contains("IGOCOPITP");
            assertThat(entry(actors, "PRINCE", "OF", "DOL", "AMROTH").codeOn(on(1990, 1, 1))).isEmpty();
            assertThat(entry(actors, "ISILDUR").defaultCode()).contains("+++");
            assertThat(entry(actors, "ZIMBABWE").codeOn(on(1979, 1, 1))).contains("RHO");
            assertThat(entry(actors, "ZIMBABWE").codeOn(on(1990, 1, 1))).contains("ZBW");
        }
    }
}
