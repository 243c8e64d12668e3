package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.SharedFiles;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

    private static List<String> phrases(AgentDictionary agents) {
        return agents.entries().stream()
                .map(e -> String.join(" ", e.words()) + (e.prefix() ? " <" : " >") + e.code()).toList();
    }

    @Test
    void generatesPluralsAndReadsTilde() {
        DictionaryReport report = new DictionaryReport();
        AgentDictionary agents = AgentDictionary.parse(String.join("\n",
                "PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002",
                "FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01",
                "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
                "ARMY [~MIL]",
                "CONGRESS [~LEG]",
                "HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001",
                "POLICE {} [ ~COP]",
                "HUMAN_RIGHTS_ORGANIZATION  [  NGO~]",
                "MINISTRY_  [~GOV]"), "a.agents", report);
        assertThat(phrases(agents)).containsExactly(
                "PARLIAMENTARY OPPOSITION >OPP",
                "FOREIGN MINISTER >GOVFRM", "FOREIGN MINISTERS >GOVFRM",
                "ATTORNEY GENERAL >GOVATG", "ATTORNEYS GENERAL >GOVATG",
                "ARMY >MIL", "ARMIES >MIL",
                "CONGRESS >LEG", "CONGRESSES >LEG",
                "HUMAN RIGHTS BODY <NGO", "HUMAN RIGHTS BODIES <NGO",
                "POLICE >COP",
                "HUMAN RIGHTS ORGANIZATION <NGO", "HUMAN RIGHTS ORGANIZATIONS <NGO",
                "MINISTRY >GOV", "MINISTRIES >GOV");
        assertThat(agents.entries().get(1).origin()).isEqualTo("a.agents:2");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void expandsSubstitutionSets() {
        DictionaryReport report = new DictionaryReport();
        AgentDictionary agents = AgentDictionary.parse(String.join("\n",
                "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON",
                "!MINST! = MINISTER, MINISTERS ",
                "CONGRESS!PERSON! [~LEG] # substitution marker",
                "!MINST!_OF_SILLY_WALKS [~GOV]",
                "!MINST! FOR_ YOUTH [~GOV]",
                "!UNKNOWN!_X [~GOV]"), "s.agents", report);
        assertThat(phrases(agents)).containsExactly(
                "CONGRESSMAN >LEG", "CONGRESSMEN >LEG", "CONGRESSWOMAN >LEG", "CONGRESSWOMEN >LEG",
                "CONGRESSPERSON >LEG",
                "MINISTER OF SILLY WALKS >GOV", "MINISTERS OF SILLY WALKS >GOV",
                "MINISTER FOR YOUTH >GOV", "MINISTERS FOR YOUTH >GOV");
        assertThat(report.warnings()).containsExactly(
                "s.agents:6: undefined substitution marker in '!UNKNOWN!_X'; skipped");
    }

    @Test
    void reportsMalformedLines() {
        DictionaryReport report = new DictionaryReport();
        AgentDictionary agents = AgentDictionary.parse(String.join("\n",
                "ISLAMIC_EXTREMIST",
                "DEPARMENT_OF_ENVIRONMENT [~ENV}",
                "GUARD [GRD]",
                "BOTH [~X~]"), "m.agents", report);
        assertThat(phrases(agents)).containsExactly(
                "DEPARMENT OF ENVIRONMENT >ENV", "DEPARMENT OF ENVIRONMENTS >ENV", "GUARD >GRD", "GUARDS >GRD");
        assertThat(report.warnings()).containsExactly(
                "m.agents:1: agent 'ISLAMIC_EXTREMIST' has no [code]; skipped",
                "m.agents:2: code bracket closed with '}'; read as [~ENV]",
                "m.agents:3: code [GRD] has no '~'; read as [~GRD]",
                "m.agents:4: code [~X~] is not [~CODE] or [CODE~]; skipped");
    }

    @Test
    void bundledPhoenixAgents() {
        DictionaryReport report = new DictionaryReport();
        AgentDictionary agents = AgentDictionary.parse(Dictionaries.resource("Phoenix.agents.txt", report),
                "Phoenix.agents.txt", report);
        // POLICE!PERSON!  [~COP] at line 257 expands to POLICEMAN, POLICEWOMEN, ...
        assertThat(agents.startingWith("POLICEWOMEN")).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("COP"))
                .satisfies(e -> assertThat(e.origin()).isEqualTo("Phoenix.agents.txt:257"));
        // THIEF {THIEVES} [~CRM] at line 381
        assertThat(agents.startingWith("THIEVES")).extracting(AgentEntry::code).containsExactly("CRM");
        assertThat(agents.startingWith("THIEFS")).isEmpty();
        // OBSERVERS_IN [IGO~] is one of the few prefix codes.
        assertThat(agents.startingWith("OBSERVERS")).anySatisfy(e -> assertThat(e.prefix()).isTrue());
        assertThat(report.warnings()).containsExactly(
                "Phoenix.agents.txt:544: code bracket closed with '}'; read as [~ENV]",
                "Phoenix.agents.txt:1927: agent 'ISLAMIC_EXTREMIST' has no [code]; skipped");
    }

    @Test
    void validationAgentsParseWithoutWarnings() {
        for (String name : List.of("PETR.Validate.agents.txt", "ud-2.02/PETR_Validate_agents_2_02.txt")) {
            DictionaryReport report = new DictionaryReport();
            AgentDictionary agents = AgentDictionary.parse(
                    DictionaryText.read(SharedFiles.petrarch(name), report), name, report);
            assertThat(report.warnings()).isEmpty();
            assertThat(agents.startingWith("GOLDEN")).extracting(e -> String.join(" ", e.words()))
                    .containsExactly("GOLDEN GOOSE", "GOLDEN GEESE");
            assertThat(agents.startingWith("CONGRESSES")).extracting(AgentEntry::code).containsExactly("LEG");
            assertThat(agents.startingWith("MSF")).singleElement()
                    .satisfies(e -> assertThat(e.prefix()).isTrue());
        }
    }
}
