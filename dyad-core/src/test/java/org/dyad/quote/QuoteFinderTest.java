package org.dyad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.ActorMatcher;
import org.dyad.actor.AgentDictionary;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/** Every form of quote and reported speech of issue 6, on sentences written for these tests. */
class QuoteFinderTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final String ACTORS = """
            RURITANIA_ [RUR]
            +RURITANIAN_
            KENYA_ [KEN]
            +KENYAN_
            ELENA_MARSH_ [RURGOV]
            ARTURO_VELEZ_ [RURMIL]
            """;
    private static final String AGENTS = """
            MINISTER [~GOV]
            MINISTRY [~GOV]
            ARMY {} [~MIL]
            SPOKESMAN [~GOV]
            GOVERNOR [~GOV]
            """;
    static final Pipeline PIPELINE = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()),
            new ActorMatcher(ActorDictionary.parse(ACTORS, "test.actors", new DictionaryReport()),
                    AgentDictionary.parse(AGENTS, "test.agents", new DictionaryReport())),
            new QuoteFinder(AttributionCues.bundled()));

    /** Each quote as "D|I content | speaker | cue | actor code", for compact assertions. */
    static List<String> quotes(String text) {
        Document d = PIPELINE.process(Article.ofText("t", text, null));
        return d.quotes().stream().map(q -> (q.direct() ? "D " : "I ") + d.text(q.span()) + " | "
                + q.speaker().map(d::text).orElse("-") + " | " + q.cue().map(c -> d.text(c.span())).orElse("-")
                + " | " + q.actor().map(m -> m.actor().code()).orElse("-")).toList();
    }

    @Test
    void anAttackWithNoWordsAfterItIsForceNotAStatement() {
        // the statement is the ministry's, cued by "said"; "attacked" names the raid
        assertThat(quotes("Gunmen attacked a police post near the border, the Kenyan ministry said."))
                .containsExactly("I Gunmen attacked a police post near the border | the Kenyan ministry | said | KENGOV");
        assertThat(quotes("Elena Marsh attacked the ministry's plan as reckless."))
                .containsExactly("I the ministry's plan as reckless | Elena Marsh | attacked | RURGOV");
    }

    @Test
    void straightQuoteBeforeTheSpeaker() {
        assertThat(quotes("\"The bridge will open in May,\" the Kenyan minister said."))
                .containsExactly("D The bridge will open in May, | the Kenyan minister | said | KENGOV");
    }

    @Test
    void curlyQuoteWithTheSpeakerAfterTheCue() {
        assertThat(quotes("“We will not retreat from the valley,” said Arturo Velez on Tuesday."))
                .containsExactly("D We will not retreat from the valley, | Arturo Velez | said | RURMIL");
    }

    @Test
    void quoteSplitAroundTheCueGivesTwoQuotesOfOneSpeaker() {
        assertThat(quotes("“The talks failed,” Elena Marsh said, “but we will return next week.”"))
                .containsExactly("D The talks failed, | Elena Marsh | said | RURGOV",
                        "D but we will return next week. | Elena Marsh | said | RURGOV");
    }

    @Test
    void aQuoteOverSeveralParagraphsIsOneQuote() {
        String text = "The governor spoke for an hour.\n\n“We have rebuilt the port. We have paid the workers.\n\n"
                + "“Now we will rebuild the railway,” Elena Marsh said.\n";
        assertThat(quotes(text)).containsExactly("D We have rebuilt the port. We have paid the workers.\n\n"
                + "“Now we will rebuild the railway, | Elena Marsh | said | RURGOV");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuote() {
        assertThat(quotes("“He told me ‘never again’ and I believed him,” the farmer said."))
                .containsExactly("D He told me ‘never again’ and I believed him, | the farmer | said | -");
        assertThat(quotes("\"The sign on the gate read “closed” all week,\" Elena Marsh said."))
                .containsExactly("D The sign on the gate read “closed” all week, | Elena Marsh | said | RURGOV");
    }

    @Test
    void reportedSpeechWithAndWithoutThat() {
        assertThat(quotes("Kenya said that the border would reopen on Monday."))
                .containsExactly("I the border would reopen on Monday | Kenya | said | KEN");
        assertThat(quotes("The Ruritanian ministry said the border would stay closed."))
                .containsExactly("I the border would stay closed | The Ruritanian ministry | said | RURGOV");
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        assertThat(quotes("According to the Ruritanian army, the rebels retreated overnight."))
                .containsExactly("I the rebels retreated overnight | the Ruritanian army | According to | RURMIL");
        assertThat(quotes("The rebels retreated overnight, according to the Kenyan army."))
                .containsExactly("I The rebels retreated overnight | the Kenyan army | according to | KENMIL");
    }

    @Test
    void otherSayingVerbs() {
        assertThat(quotes("The Kenyan spokesman told reporters that the ceasefire was holding."))
                .containsExactly("I the ceasefire was holding | The Kenyan spokesman | told | KENGOV");
        assertThat(quotes("Elena Marsh warned that prices would rise again."))
                .containsExactly("I prices would rise again | Elena Marsh | warned | RURGOV");
        assertThat(quotes("Ruritania insisted it had never sent troops across the river."))
                .containsExactly("I it had never sent troops across the river | Ruritania | insisted | RUR");
        assertThat(quotes("Kenya also added that the talks would resume in June."))
                .containsExactly("I the talks would resume in June | Kenya | added | KEN");
    }

    @Test
    void aSpeakerWithAnAppositionBetweenCommas() {
        assertThat(quotes("“The border stays open,” the Kenyan minister, Amina Odhiambo, said on Monday."))
                .containsExactly("D The border stays open, | the Kenyan minister, Amina Odhiambo | said | KENGOV");
    }

    @Test
    void invertedReportedSpeech() {
        assertThat(quotes("The dam is safe, the Kenyan ministry said on Friday."))
                .containsExactly("I The dam is safe | the Kenyan ministry | said | KENGOV");
    }

    @Test
    void pronounSpeakersTakeThePreviousSpeakersActor() {
        assertThat(quotes("Elena Marsh said the plan was ready. She added that the money had been found."))
                .containsExactly("I the plan was ready | Elena Marsh | said | RURGOV",
                        "I the money had been found | She | added | RURGOV");
    }

    @Test
    void aTitleRefersBackToTheSpeakerWhoHoldsIt() {
        assertThat(quotes("Ruritanian governor Elena Marsh said the port was open. "
                + "The governor later said that the railway would follow."))
                .containsExactly("I the port was open | Ruritanian governor Elena Marsh | said | RURGOV",
                        "I the railway would follow | The governor | said | RURGOV");
    }

    @Test
    void aQuotationRightAfterAnotherContinuesItsSpeaker() {
        assertThat(quotes("“We are ready,” Arturo Velez said. “The troops have their orders.”"))
                .containsExactly("D We are ready, | Arturo Velez | said | RURMIL",
                        "D The troops have their orders. | Arturo Velez | - | RURMIL");
    }

    @Test
    void scareQuotesAndPassivesAreNotStatements() {
        assertThat(quotes("The so-called “peace plan” was announced by the ministry.")).isEmpty();
        assertThat(quotes("The army entered the town at dawn.")).isEmpty();
    }

    @Test
    void anInvertedSpeakerMayBeDescribedAfterAComma() {
        assertThat(quotes("“The harvest came early,” said Tomas Greer, a grain trader who lives in the valley."))
                .containsExactly("D The harvest came early, | Tomas Greer | said | -");
    }

    @Test
    void aSubjectEndingInAParenthesisOrAParticiple() {
        assertThat(quotes("Senator Dana Holt (D-Ohio) told reporters that the vote would wait."))
                .containsExactly("I the vote would wait | Senator Dana Holt (D-Ohio) | told | -");
        assertThat(quotes("Most of the farmers surveyed say the new canal is too expensive."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("Most of the farmers surveyed");
    }

    @Test
    void aSourceClosingTheSentenceGovernsTheVerbsBeforeIt() {
        assertThat(quotes("The mayor said the bridge would close in June, according to the city's bulletin."))
                .containsExactly("I The mayor said the bridge would close in June | the city's bulletin"
                        + " | according to | -");
        assertThat(quotes("Support for the canal fell to 40 percent in a new poll."))
                .containsExactly("I Support for the canal fell to 40 percent | a new poll | in | -");
        assertThat(quotes("The ferry sank in the harbor.")).isEmpty();
    }

    @Test
    void aRelativeClauseSpeakerAndTheMainClauseAfterIt() {
        assertThat(quotes("It is the farmers who say prices doubled."))
                .containsExactly("I prices doubled | the farmers who | say | -");
        assertThat(quotes("Ina Sorel, who said in May that the mill would close, has now argued that it can stay"
                + " open.")).containsExactly(
                "I in May that the mill would close | who | said | -",
                "I it can stay open | Ina Sorel | argued | -");
    }

    @Test
    void aCueFormAfterADeterminerIsANoun() {
        assertThat(quotes("In his remarks, the governor said the dam is safe."))
                .containsExactly("I the dam is safe | the governor | said | GOV");
    }

    @Test
    void phrasalCuesOfTheLexicon() {
        assertThat(quotes("The union made it clear that the strike would go on."))
                .containsExactly("I the strike would go on | The union | made it clear | -");
    }

    @Test
    void recordsOfFindingsReportTheirResults() {
        assertThat(quotes("Still, a poll shows the mayor well ahead in the north."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("a poll");
        assertThat(quotes("Survey: Most commuters want a second bridge over the river."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("Survey");
    }

    @Test
    void anAppositionWithAPrepositionBeforeTheCue() {
        assertThat(quotes("Still, Oren Vail, a senior adviser to the mayor, said the budget would pass."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("Oren Vail, a senior adviser to the mayor");
    }

    @Test
    void aCoordinatedCueAfterAnOpeningAdverbial() {
        assertThat(quotes("By the end of the week, the governor had dropped the plan and said the money was gone."))
                .containsExactly("I the money was gone | the governor | said | GOV");
    }

    @Test
    void firstPersonCuesInsideAQuotationAreTheSpeakersOwnWords() {
        assertThat(quotes("The dam held. \"I think the river will flood again and nobody listens.\""))
                .containsExactly("D I think the river will flood again and nobody listens. | - | - | -");
    }

    @Test
    void invertedSpeakersWrittenAsDescriptions() {
        assertThat(quotes("“We will rebuild the pier,” said the 58-year-old."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("the 58-year-old");
        assertThat(quotes("“The pier is unsafe,” said one engineer familiar with the survey."))
                .extracting(q -> q.split(" \\| ")[1]).containsExactly("one engineer familiar with the survey");
    }

    @Test
    void aReportingClauseStandingAsItsOwnSentence() {
        assertThat(quotes("“The ferry will not sail until the storm passes.” Ortiz said."))
                .containsExactly("D The ferry will not sail until the storm passes. | Ortiz | said | -");
    }

    @Test
    void accordingToALongerSourceDescription() {
        assertThat(quotes("The council will vote on the canal next month, according to two aides of the mayor"
                + " who know the plan.")).containsExactly(
                "I The council will vote on the canal next month | two aides of the mayor | according to | -");
    }

    @Test
    void aResponseVerbWithAPlainObjectIsNoStatement() {
        // issue 6, from a user: "agreed", "welcomed", "praised", "rejected" with a plain object report no words
        assertThat(quotes("Kenya welcomed the delegation on Monday.")).isEmpty();
        assertThat(quotes("The Kenyan minister praised the army.")).isEmpty();
        assertThat(quotes("Ruritania rejected the offer.")).isEmpty();
        assertThat(quotes("Kenya and Ruritania agreed on a ceasefire.")).isEmpty();
        // with a clause, a characterisation or a reason they still cue one
        assertThat(quotes("Kenya rejected claims that its troops had crossed the border."))
                .containsExactly("I claims that its troops had crossed the border | Kenya | rejected | KEN");
        assertThat(quotes("Elena Marsh praised the deal as a breakthrough."))
                .containsExactly("I the deal as a breakthrough | Elena Marsh | praised | RURGOV");
        assertThat(quotes("Kenya agreed that the talks would resume."))
                .containsExactly("I the talks would resume | Kenya | agreed | KEN");
    }

    @Test
    void aNegatedSayingVerbMakesNoQuote() {
        // issue 6, from a user: "has not claimed" reported a claim that was never made
        assertThat(quotes("The Kenyan ministry has not claimed responsibility for the attack.")).isEmpty();
        assertThat(quotes("Elena Marsh has not claimed that the vote was rigged.")).isEmpty();
        assertThat(quotes("Arturo Velez never said the bridge would close.")).isEmpty();
        // a belief stays a belief when negated: "does not believe" is still her stance
        assertThat(quotes("Elena Marsh does not believe the dam will hold."))
                .containsExactly("I the dam will hold | Elena Marsh | believe | RURGOV");
    }

    @Test
    void aClosingReportingClauseGovernsAnEarlierCue() {
        // issue 6, from a user: ", officials said" lost to the earlier "accused"
        assertThat(quotes("Police accused the protesters of burning tyres, officials said."))
                .containsExactly("I Police accused the protesters of burning tyres | officials | said | -");
        assertThat(quotes("Kenya believes the talks will fail, said the Ruritanian minister."))
                .containsExactly("I Kenya believes the talks will fail | the Ruritanian minister | said | RURGOV");
    }

    @Test
    void theContentStopsBeforeACoordinatedClauseItDoesNotGovern() {
        // issue 6, from a user: the content ran on into the next clause
        assertThat(quotes("The Kenyan minister said the talks had failed, and the army launched an offensive."))
                .containsExactly("I the talks had failed | The Kenyan minister | said | KENGOV");
        assertThat(quotes("Elena Marsh said the talks had failed and called for new elections."))
                .containsExactly("I the talks had failed | Elena Marsh | said | RURGOV",
                        "I for new elections | Elena Marsh | called | RURGOV");
        // a verb the cue governs stays in: "would leave and return"
        assertThat(quotes("Arturo Velez said the troops would leave and return home in May."))
                .containsExactly("I the troops would leave and return home in May | Arturo Velez | said | RURMIL");
    }

    @Test
    void aSayingVerbWithItsOwnSubjectInsideAContentIsANestedAttribution() {
        // issue 6: PolNeAR annotates the report inside the report; its content ends at the clause's comma
        assertThat(quotes("The Kenyan minister said the dam, which engineers say is unsafe, would be repaired."))
                .containsExactly(
                        "I the dam, which engineers say is unsafe, would be repaired | The Kenyan minister | said | KENGOV",
                        "I is unsafe | engineers | say | -");
        // a participle or a passive inside the content has no speaker of its own
        assertThat(quotes("Elena Marsh said a letter asking for talks was sent.")).hasSize(1);
        assertThat(quotes("Elena Marsh said the strike was reported by the army.")).hasSize(1);
    }

    @Test
    void theSpeakerBeforeAParenthesisBetweenCommas() {
        // issue 6: a relative clause or a participle between the speaker and the cue
        assertThat(quotes("In the interview, Elena Marsh, who visited Kenya in May, reiterated that the border"
                + " would stay open.")).containsExactly(
                "I the border would stay open | Elena Marsh | reiterated | RURGOV");
        // a participle cue after a comma takes the main verb's subject
        assertThat(quotes("In a statement, Gov. Elena Marsh reacted to the ruling, saying the court had erred."))
                .containsExactly("I the court had erred | Gov. Elena Marsh | saying | RURGOV");
    }
}
