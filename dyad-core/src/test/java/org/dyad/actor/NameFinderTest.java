package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    /** Named like the Phoenix country file, whose records NameLexicon types by their codes. */
    private static final String COUNTRIES = """
            KENYA_ [KEN]
            +KENYAN_
            +NAIROBI_
            NORTH_KOREA_ [PRK]
            ARNOLD_TESTWORTH_
            \t[KENGOV 20100101-20121231]
            """;
    private static final String INTERNATIONAL = """
            NORTH_ATLANTIC_TREATY_ORGANIZATION [IGOWSTNAT]
            +NATO
            """;
    private static final String AGENTS = """
            SPOKESMAN [~GOV]
            MINISTER [~GOV]
            POLICE {} [~COP]
            """;
    private static final ActorDictionary ACTORS = ActorDictionary.merge(List.of(
            ActorDictionary.parse(COUNTRIES, "Phoenix.Countries.actors.txt", new DictionaryReport()),
            ActorDictionary.parse(INTERNATIONAL, "Phoenix.International.actors.txt", new DictionaryReport())));
    private static final NameFinder FINDER = new NameFinder(ACTORS,
            AgentDictionary.parse(AGENTS, "test.agents", new DictionaryReport()));
    private static final Pipeline PIPELINE = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()), FINDER);

    private static List<String> names(String text) {
        Document d = PIPELINE.process(Article.ofText("t", text, null));
        return d.names().stream().map(n -> d.text(n) + "@" + n.start() + "-" + n.end() + "=" + n.type()).toList();
    }

    @Test
    void aRoleWordBeforeANameMakesAPersonAndStaysOutside() {
        assertThat(names("The spokesman Peter Okonkwo denied the report."))
                .containsExactly("Peter Okonkwo@14-27=PERSON");
    }

    @Test
    void anHonorificMakesAPersonAndStaysInside() {
        assertThat(names("Dr. Wanjiru Kamau spoke to reporters."))
                .containsExactly("Dr. Wanjiru Kamau@0-17=PERSON");
    }

    @Test
    void aSurnameAloneAfterTheFullNameIsTheSamePerson() {
        assertThat(names("Minister Halvard Quist met farmers on Monday. Later Quist left."))
                .containsExactly("Halvard Quist@9-22=PERSON", "Quist@52-57=PERSON");
    }

    @Test
    void anOrganisationKeepsItsInnerOf() {
        assertThat(names("The Ministry of Water Resources published a plan."))
                .containsExactly("Ministry of Water Resources@4-31=ORGANISATION");
    }

    @Test
    void aNameAfterInIsAPlace() {
        assertThat(names("Floods hit farms in Belvaro last week."))
                .containsExactly("Belvaro@20-27=PLACE");
    }

    @Test
    void aCountryNameAndACityFromTheActorDictionaryArePlaces() {
        assertThat(names("Kenya sent aid to Nairobi."))
                .containsExactly("Kenya@0-5=PLACE", "Nairobi@18-25=PLACE");
    }

    @Test
    void aDayAtSentenceStartIsNotAName() {
        assertThat(names("Thursday was quiet in Kenya.")).containsExactly("Kenya@22-27=PLACE");
    }

    @Test
    void inAHeadlineInCapitalsOnlyKnownNamesAreTaken() {
        assertThat(names("NORTH KOREA PUTS ARMY ON HIGH ALERT")).containsExactly("NORTH KOREA@0-11=PLACE");
    }

    @Test
    void thePossessiveIsLeftOutAndAnAcronymIsAnOrganisation() {
        assertThat(names("NATO's envoy thanked the KFTU."))
                .containsExactly("NATO@0-4=ORGANISATION", "KFTU@25-29=ORGANISATION");
    }

    @Test
    void aDictionaryPersonIsAPerson() {
        assertThat(names("Arnold Testworth resigned.")).containsExactly("Arnold Testworth@0-16=PERSON");
    }

    @Test
    void aRoleInsideARunSplitsItAndKeepsTheKnownNameBefore() {
        assertThat(names("Kenyan Minister Abebe Dawit arrived."))
                .containsExactly("Abebe Dawit@16-27=PERSON");
        assertThat(names("The NATO spokesman Lars Breivold said so."))
                .containsExactly("NATO@4-8=ORGANISATION", "Lars Breivold@19-32=PERSON");
    }

    @Test
    void aCityCommaAStateIsAPlacePair() {
        assertThat(names("She grew up in Lorrington, Texas.")).containsExactly("Lorrington@15-25=PLACE",
                "Texas@27-32=PLACE");
    }

    @Test
    void aPlaceNameThatIsAPersonsSurnameIsThatPerson() {
        assertThat(names("The dancer Valeska Paris spoke. Paris said she was tired."))
                .containsExactly("Valeska Paris@11-24=PERSON", "Paris@32-37=PERSON");
    }

    @Test
    void emptyAndOddTextGiveNoNames() {
        assertThat(names("")).isEmpty();
        assertThat(names("... !!! 123 ''")).isEmpty();
    }

    @Test
    void aHyphenatedNameIsOneName() {
        assertThat(names("Minister Wong Kar-ming spoke.")).containsExactly("Wong Kar-ming@9-22=PERSON");
    }

    @Test
    void aPossessiveInsideAnOrganisationNameStays() {
        assertThat(names("Troops of the Rift People's Army crossed the river."))
                .containsExactly("Rift People's Army@14-32=ORGANISATION");
    }

    @Test
    void aDemonymIsNotAPlace() {
        assertThat(names("Farmers met Kenyan officials.")).containsExactly("Kenyan@12-18=OTHER");
    }

    @Test
    void aGazetteerCanStandInForThePlaceList() {
        NameFinder withGazetteer = new NameFinder(ACTORS, AgentDictionary.parse(AGENTS, "test.agents",
                new DictionaryReport()), name -> name.equalsIgnoreCase("Zorvath"));
        Pipeline pipeline = Pipeline.of(new SentenceSplitter(MODELS.sentences()), new Tokenizer(MODELS.tokens()),
                new PosTagger(MODELS.pos()), withGazetteer);
        Document d = pipeline.process(Article.ofText("t", "Aid reached Zorvath and Nairobi.", null));
        assertThat(d.names().stream().map(n -> d.text(n) + "=" + n.type() + " " + n.evidence()).toList())
                .containsExactly("Zorvath=PLACE place list", "Nairobi=PLACE actor dictionary");
        assertThat(ListedPlaceNames.from(ACTORS).isPlace("nairobi")).isTrue();
        assertThat(ListedPlaceNames.from(ACTORS).isPlace("North  Carolina")).isTrue();
        assertThat(ListedPlaceNames.from(ACTORS).isPlace("Zorvath")).isFalse();
    }
}
