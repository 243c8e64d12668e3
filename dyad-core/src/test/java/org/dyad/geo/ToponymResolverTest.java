package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recognition and resolution of toponyms (issue 5), one behaviour per sentence, on the bundled gazetteer. The
 * documents carry sentences, POS-tagged tokens and an empty actor layer, so each rule is seen alone.
 */
class ToponymResolverTest {
    private static Pipeline analysis;
    private static ToponymResolver resolver;

    @BeforeAll
    static void load() {
        OpenNlpModels models = OpenNlpModels.load();
        analysis = Pipeline.of(new SentenceSplitter(models.sentences()), new Tokenizer(models.tokens()),
                new PosTagger(models.pos()));
        resolver = new ToponymResolver(Gazetteer.load());
    }

    private static Document doc(Article article) {
        return resolver.apply(analysis.process(article).withMentions(List.of()));
    }

    private static List<Toponym> toponyms(String text) {
        return doc(Article.ofText("t", text, LocalDate.of(2024, 3, 5))).toponyms();
    }

    private static String spans(String text) {
        StringBuilder b = new StringBuilder();
        for (Toponym t : toponyms(text)) {
            b.append(text, t.start(), t.end()).append('@').append(t.span()).append('=').append(t.place().geonameId())
                    .append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void aPersonNamedAfterAPlaceIsNoPlace() {
        assertThat(spans("Denzel Washington starred in a film shot in Denver.")).isEqualTo("Denver@44-50=5419384");
        assertThat(spans("Jordan Peterson gave a lecture.")).isEmpty();
        assertThat(spans("Washington said the deal was dead.")).isEmpty();
    }

    @Test
    void anOrganisationNamedAfterAPlaceIsNoPlace() {
        assertThat(spans("She studied at Georgia Tech before moving to Toronto."))
                .isEqualTo("Toronto@45-52=6167865");
    }

    @Test
    void aDemonymRefersToItsCountry() {
        List<Toponym> found = toponyms("Afghan officials met the delegation.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span()).isEqualTo(new Span(0, 6));
        assertThat(found.get(0).kind()).isEqualTo(Toponym.Kind.DEMONYM);
        assertThat(found.get(0).place().geonameId()).isEqualTo(1149361);
    }

    @Test
    void aBorderCompoundGivesBothCountries() {
        String text = "Troops patrolled the Pak-Afghan border overnight.";
        assertThat(spans(text)).isEqualTo("Pak@21-24=1168579 Afghan@25-31=1149361");
        assertThat(toponyms(text)).allMatch(t -> t.kind() == Toponym.Kind.COMPOUND);
        assertThat(spans("Officials praised Sino-Indian ties.")).isEqualTo("Sino@18-22=1814991 Indian@23-29=1269750");
    }

    @Test
    void aDivisionWrittenAfterTheNamePicksThePlaceInsideIt() {
        assertThat(toponyms("The plant in Springfield, Illinois, closed.").get(0).place().geonameId()).isEqualTo(4250542);
        Toponym mass = toponyms("The plant in Springfield, Mass., closed.").get(0);
        assertThat(mass.place().geonameId()).isEqualTo(4951788);
        assertThat(mass.reason()).contains("in the division written after it");
    }

    @Test
    void aCapitalIsPreferredInDiplomaticContext() {
        Toponym washington = toponyms("The minister held talks in Washington on Tuesday.").get(0);
        assertThat(washington.place().geonameId()).isEqualTo(4140963);
        assertThat(washington.reason()).contains("capital preferred in diplomatic context");
        assertThat(washington.candidates()).isGreaterThan(10);
    }

    @Test
    void theDatelineIsAToponym() {
        String text = "NAIROBI: Heavy rain closed roads on Monday.";
        Article article = new Article("d", text, new Span(9, text.length()), Optional.empty(), Optional.empty(),
                Optional.of("NAIROBI"), Optional.empty(), Optional.empty(), Optional.empty(), "d");
        List<Toponym> found = doc(article).toponyms();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).span()).isEqualTo(new Span(0, 7));
        assertThat(found.get(0).kind()).isEqualTo(Toponym.Kind.DATELINE);
        assertThat(found.get(0).place().geonameId()).isEqualTo(184745);
    }

    @Test
    void theArticlesFocusCountryDecidesAnAmbiguousName() {
        // Paris, Texas, in an article about Texas; Paris, France, alone
        String texan = "Floods hit Dallas and Houston. In Paris, the county fair was cancelled.";
        Toponym paris = toponyms(texan).stream().filter(t -> t.start() == texan.indexOf("Paris")).findFirst().get();
        assertThat(paris.place().countryCode()).isEqualTo("US");
        assertThat(paris.place().admin1()).isEqualTo("TX");
        assertThat(toponyms("Fashion week opened in Paris.").get(0).place().geonameId()).isEqualTo(2988507);
    }

    @Test
    void monthNamesAndSentenceInitialCommonWordsAreNoPlaces() {
        assertThat(spans("March was wet. Police closed the road in May.")).isEmpty();
    }

    @Test
    void givenSpansAreResolvedInTheArticlesContext() {
        String text = "The council of Rapides Parish met in Alexandria on Tuesday.";
        Document analysed = analysis.process(Article.ofText("g", text, null)).withMentions(List.of());
        int at = text.indexOf("Alexandria");
        List<Optional<Toponym>> resolved = resolver.resolveSpans(analysed, List.of(new Span(at, at + 10)));
        assertThat(resolved.get(0)).isPresent();
        assertThat(resolved.get(0).get().place().admin1()).isEqualTo("LA");
    }

    private static Optional<Toponym> resolveGiven(String text, String name) {
        Document analysed = analysis.process(Article.ofText("g", text, null)).withMentions(List.of());
        int at = text.indexOf(name);
        return resolver.resolveSpans(analysed, List.of(new Span(at, at + name.length()))).get(0);
    }

    @Test
    void oceansAndWorldRegionsOutrankSmallTownsOfTheirName() {
        // issue 5: Atlantic, Iowa, and Asia, Philippines, lost to nothing before the regions table
        Place atlantic = resolveGiven("Storms over the Atlantic delayed flights from Boston and New York.", "Atlantic")
                .get().place();
        assertThat(atlantic.name()).isEqualTo("Atlantic Ocean");
        assertThat(atlantic.isRegion()).isTrue();
        assertThat(spans("Leaders from Asia met in Hanoi.")).startsWith("Asia@13-17=6255147");
        assertThat(toponyms("Tensions rose in the Middle East.").get(0).place().name()).isEqualTo("Middle East");
    }

    @Test
    void theSovietUnionIsRussiaAndEnglishIsEngland() {
        assertThat(toponyms("The Soviet Union collapsed.").get(0).place().countryCode()).isEqualTo("RU");
        assertThat(resolveGiven("The English countryside flooded.", "English").get().place().geonameId())
                .isEqualTo(6269131);
    }

    @Test
    void aCountrysNameIsTheCountryNotACityNamedAfterIt() {
        // issue 5: "Mexico" in a diplomatic sentence went to Mexico City
        assertThat(toponyms("The minister held talks in Mexico on trade.").get(0).place().isCountry()).isTrue();
    }

    @Test
    void abbreviationsOfStatesAndProvincesAreTheirDivisions() {
        assertThat(resolveGiven("Coal miners in Beckley, W. Va., went on strike.", "W. Va.").get().place().admin1())
                .isEqualTo("WV");
        assertThat(resolveGiven("He grew up in Richmond, Va., and moved west.", "Va.").get().place().admin1())
                .isEqualTo("VA");
        Place bc = resolveGiven("Wildfires spread across B.C. this week.", "B.C.").get().place();
        assertThat(bc.countryCode() + "." + bc.admin1()).isEqualTo("CA.02");
    }

    @Test
    void aCountyNamedWithoutItsGenericWordIsFound() {
        Place clarke = resolveGiven("Schools in Athens, Georgia, and in Clarke and Oconee counties closed.", "Clarke")
                .get().place();
        assertThat(clarke.isAdmin2()).isTrue();
        assertThat(clarke.admin1()).isEqualTo("GA");
    }

    @Test
    void aNamePartlyKnownAbroadFallsBackToTheArticlesFocus() {
        // "Carnegie Library" is no town in Pennsylvania when the story is about Toronto; "Bank of Japan" is Japan
        String text = "Toronto opened its new library. The Carnegie Library in Toronto closed. Toronto residents cheered.";
        assertThat(resolveGiven(text, "Carnegie Library").get().place().geonameId()).isEqualTo(6167865);
        assertThat(resolveGiven("The Bank of Japan raised rates, Toronto traders said.", "Bank of Japan").get().place()
                .countryCode()).isEqualTo("JP");
    }

    @Test
    void aFacilityNamedAfterAFarSmallTownLiesAtTheArticlesLocalAnchor() {
        // issue 5 (local anchor): a library in a Dallas story is no building in Carnegie, Pennsylvania
        Toponym library = resolveGiven("Floods hit Fort Worth and Dallas. Volunteers met at the Carnegie Library downtown.",
                "Carnegie Library").get();
        assertThat(library.place().geonameId()).isEqualTo(4684888);
        assertThat(library.reason()).contains("local anchor Dallas");
    }

    @Test
    void aFacilityNamedAfterABigCityStaysThere() {
        // Kabul is no far small namesake: the university is in Kabul, not at the Kandahar named before it
        assertThat(resolveGiven("Gunmen attacked Kandahar on Monday. Students of Kabul University protested.",
                "Kabul University").get().place().geonameId()).isEqualTo(1138958);
    }

    @Test
    void aFacilityInADivisionTakesTheAnchorInsideIt() {
        // the university lies near the Florida city of the story, not at the middle of the state
        assertThat(resolveGiven("A storm struck Miami on Tuesday. Florida Atlantic University closed its campus.",
                "Florida Atlantic University").get().place().geonameId()).isEqualTo(4164138);
    }

    @Test
    void anEmbassyLiesInTheHostCityNotInTheCountryItIsNamedAfter() {
        Toponym embassy = resolveGiven("Protesters from Baltimore, Annapolis and Richmond marched through Washington and"
                + " gathered at the Russian Embassy.", "Russian Embassy").get();
        assertThat(embassy.place().geonameId()).isEqualTo(4140963);
        assertThat(embassy.reason()).contains("diplomatic mission");
    }

    @Test
    void aTownBeforeAFacilityNounFoundInTheTextIsPlacedAtTheAnchor() {
        // product path: "Heathrow" is only a Florida town in the gazetteer, but "Heathrow airport" in a London story
        // is London's airport
        String text = "Two men were arrested in London on Friday after a flight landed at Heathrow airport.";
        Toponym heathrow = toponyms(text).stream().filter(t -> t.start() == text.indexOf("Heathrow")).findFirst()
                .orElseThrow();
        assertThat(heathrow.place().geonameId()).isEqualTo(2643743);
    }

    @Test
    void aBigCityIsMeantByTheNameOfTheDivisionItLiesIn() {
        // "New York" is the city, unless the story names places of the state far from it
        assertThat(toponyms("Theatres in New York reopened as tourists returned from Paris.").get(0).place()
                .geonameId()).isEqualTo(5128581);
        String upstate = "Farmers near Buffalo and Rochester said New York had its driest summer.";
        Toponym state = toponyms(upstate).stream().filter(t -> t.start() == upstate.indexOf("New York")).findFirst()
                .orElseThrow();
        assertThat(state.place().geonameId()).isEqualTo(5128638);
    }

    @Test
    void aDatelineInsideTheBodyIsOneToponymNotTwo() {
        // a feed whose dateline field also opens its text, and whose body was not cut after it
        String text = "KABUL - Gunmen attacked a police post in Kandahar on Sunday.";
        Article article = new Article("d", text, new org.dyad.document.Span(0, text.length()), Optional.empty(),
                Optional.empty(), Optional.of("KABUL"), Optional.of(LocalDate.of(2024, 3, 5)), Optional.empty(),
                Optional.empty(), "feed.jsonl:1");
        assertThat(doc(article).toponyms()).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("KABUL", "Kandahar");
    }
}
