package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.ActorMatcher;
import org.dyad.actor.AgentDictionary;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.dyad.tokenize.OpenNlpModels;
import org.dyad.tokenize.PosTagger;
import org.dyad.tokenize.SentenceSplitter;
import org.dyad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

/** Each behaviour of the coder on one short sentence, with tiny hand-written dictionaries. */
class EventCoderTest {
    private static final OpenNlpModels MODELS = OpenNlpModels.load();
    private static final Dictionaries BUNDLED = Dictionaries.bundled(new DictionaryReport());
    private static final String ACTORS = """
            KENYA_ [KEN]
            +KENYAN_
            UGANDA_ [UGA]
            +UGANDAN_
            TANZANIA_ [TZA]
            SOMALIA_ [SOM]
            """;
    private static final String AGENTS = """
            SOLDIER [~MIL]
            GOVERNMENT [~GOV]
            GUNMAN {GUNMEN} [~UAF]
            POLICE [~COP]
            PEOPLE [~PPL]
            """;
    private static final String VERBS = """
            &TIES
            +DIPLOMATIC_TIES
            +RELATIONS

            --- ACCUSE [112] ---
            ACCUSE
            - * + OF SPYING [1121]

            --- ATTACK [190] ---
            ATTACK
            SHELL {SHELLED SHELLING SHELLS}

            --- RESTORE [---] ---
            RESTORE
            - * &TIES [064]
            - % * &TIES [064:064]

            --- VISIT [042:043] ---
            VISIT

            --- SAY [010] ---
            SAY {SAID SAYS SAYING}

            --- PRAISE [051] ---
            PRAISE

            --- APPEAL [020] ---
            URGE {URGES URGED URGING}

            --- FUND [071] ---
            FUND

            --- CALL [041] ---
            CALL
            - * (ON) [020]
            """;
    private static final DictionaryReport REPORT = new DictionaryReport();
    private static final Pipeline ANALYSIS = Pipeline.of(new SentenceSplitter(MODELS.sentences()),
            new Tokenizer(MODELS.tokens()), new PosTagger(MODELS.pos()),
            new ActorMatcher(ActorDictionary.parse(ACTORS, "t.actors", REPORT), AgentDictionary.parse(AGENTS, "t.agents", REPORT)));
    private static final EventCoder CODER = new EventCoder(
            BUNDLED.withVerbs(VerbDictionary.parse(VERBS, "t.verbs", REPORT)), EventCoder.Convention.DYAD);

    private static List<String> code(String sentence) {
        Document d = CODER.apply(ANALYSIS.process(Article.ofText("t", sentence, null)));
        return d.events().stream().map(e -> e.source().map(Participant::code).orElse("-") + " "
                + e.target().map(Participant::code).orElse("-") + " " + e.code()).toList();
    }

    private static final EventCoder BUNDLED_VERBS = new EventCoder(BUNDLED, EventCoder.Convention.DYAD);

    @Test
    void aPrepositionOpeningADateIsNoArgumentOfThePattern() {
        assertThat(code("Kenya called on Uganda to withdraw.")).containsExactly("KEN UGA 020");
        assertThat(code("Kenya called Uganda on Monday.")).containsExactly("KEN UGA 041");
        assertThat(code("Kenya called Uganda on 12 May.")).containsExactly("KEN UGA 041");
        assertThat(code("Kenya called on Monday's summit to act.")).containsExactly("KEN - 020");
        assertThat(code("Kenya called on Monday on Uganda to withdraw.")).containsExactly("KEN UGA 020");
    }

    @Test
    void callingAChargeBaselessIsDenunciationNotATelephoneCall() {
        Document d = BUNDLED_VERBS.apply(ANALYSIS.process(Article.ofText("t", "Kenya called the report baseless.", null)));
        assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.code()).hasToString("111"));
    }

    @Test
    void subjectVerbObject() {
        assertThat(code("Kenya attacked Uganda on Monday.")).containsExactly("KEN UGA 190");
    }

    @Test
    void patternWithTargetMarkerAndWords() {
        assertThat(code("Kenya accused Uganda of spying.")).containsExactly("KEN UGA 1121");
        assertThat(code("Kenya accused Uganda of lying.")).containsExactly("KEN UGA 112");
    }

    @Test
    void synsetInAPatternAndTargetInAPrepositionalPhrase() {
        assertThat(code("Kenya restored diplomatic ties with Uganda.")).containsExactly("KEN UGA 064");
    }

    @Test
    void compoundSubjectCodesBothDirections() {
        assertThat(code("Kenya and Uganda restored relations.")).containsExactly("KEN UGA 064", "UGA KEN 064");
    }

    @Test
    void reciprocalCodeGivesTheReverseEvent() {
        assertThat(code("Kenya visited Uganda.")).containsExactly("KEN UGA 042", "UGA KEN 043");
    }

    @Test
    void theSubjectStandsBeforeAParenthesisBetweenCommas() {
        assertThat(code("Kenya, in a statement issued on Monday, attacked Somalia.")).containsExactly("KEN SOM 190");
        assertThat(code("Kenya, whose troops guard Uganda, attacked Somalia.")).containsExactly("KEN SOM 190");
    }

    @Test
    void aTimeBetweenSubjectAndVerbIsSkipped() {
        assertThat(code("Kenya yesterday attacked Uganda.")).containsExactly("KEN UGA 190");
        assertThat(code("Kenya this week attacked Uganda.")).containsExactly("KEN UGA 190");
        assertThat(code("Kenya on Monday attacked Uganda.")).containsExactly("KEN UGA 190");
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        assertThat(code("Uganda was attacked by Kenya.")).containsExactly("KEN UGA 190");
    }

    @Test
    void coordinatedSubjectsGiveOneEventEach() {
        assertThat(code("Kenya, Tanzania and Uganda attacked Somalia."))
                .containsExactly("KEN SOM 190", "TZA SOM 190", "UGA SOM 190");
    }

    @Test
    void negatedVerbIsNotCodedAsItsPositive() {
        assertThat(code("Kenya did not attack Uganda.")).isEmpty();
        assertThat(code("Kenya never attacked Uganda.")).isEmpty();
    }

    @Test
    void anActorSetOffByACommaBeforeSaidIsTheSpeakerNotAListMember() {
        assertThat(code("Kenya attacked Somalia, Uganda said.")).containsExactly("KEN SOM 190");
        assertThat(code("Kenya attacked Somalia, Ugandan soldiers said.")).containsExactly("KEN SOM 190");
        // a list closed by "and" is still a list
        assertThat(code("Kenya attacked Somalia, Uganda and Tanzania.")).containsExactly("KEN SOM 190", "KEN UGA 190",
                "KEN TZA 190");
    }

    @Test
    void theClauseOfADenialIsNoEvent() {
        // the speaker says it did not happen: a claim (ClaimLinker), not an attack
        assertThat(code("Uganda denied that Kenya attacked Somalia.")).isEmpty();
        assertThat(code("Uganda denied Kenya had attacked Somalia.")).isEmpty();
        assertThat(code("Uganda rejected claims that Kenya shelled Somalia.")).isEmpty();
        assertThat(code("Uganda dismissed the reports that Kenyan troops had shelled Somalia.")).isEmpty();
        assertThat(code("Uganda denied that its soldiers had attacked Somalia.")).isEmpty();
        assertThat(code("Uganda denied attacking Somalia.")).isEmpty();
        // a clause of its own after a conjunction or comma is not under the denial
        assertThat(code("Uganda denied the report and Kenya attacked Somalia.")).containsExactly("KEN SOM 190");
        // a verb coordinated after the denied clause is the denier's, not the denied clause's subject's
        assertThat(code("Uganda denied that Kenyan soldiers had shelled Somalia and praised Tanzania."))
                .containsExactly("UGA TZA 051");
        assertThat(code("Uganda denies shelling Somalia but praised Tanzania.")).containsExactly("UGA TZA 051");
        // a denial elsewhere in the sentence leaves a reported event alone
        assertThat(code("Uganda said Kenya attacked Somalia.")).containsExactly("KEN SOM 190");
    }

    @Test
    void reportedSpeechCodesTheReportedEventNotTheStatement() {
        assertThat(code("Kenya said that Uganda attacked Somalia.")).containsExactly("UGA SOM 190");
        assertThat(code("Kenya said it was ready.")).containsExactly("KEN - 010");
    }

    @Test
    void agentsComposeWithTheirCountry() {
        assertThat(code("Ugandan soldiers shelled Kenya.")).containsExactly("UGAMIL KEN 190");
    }

    @Test
    void anAttackIsCodedWithoutItsAttackerButAStatementNeedsItsAuthor() {
        assertThat(code("Kenya was attacked on Monday.")).containsExactly("- KEN 190");
        assertThat(code("The envoy urged Kenya to talk.")).isEmpty();
    }

    @Test
    void armedAgentsAloneTakeTheCountryTheirPassageIsAbout() {
        // no country anywhere: whose gunmen, is unknown
        assertThat(code("Gunmen attacked the police.")).isEmpty();
        // the one country of the sentence before
        assertThat(code("Kenya sent envoys. Gunmen attacked the police.")).containsExactly("KENUAF KENCOP 190");
        assertThat(code("Gunmen attacked the police near Kenya.")).containsExactly("KENUAF KENCOP 190");
        // two countries: which one, is unknown
        assertThat(code("Kenya praised Uganda. Gunmen attacked the police.")).containsExactly("KEN UGA 051");
        // a lone side must bear arms, and the event must be material conflict: people killed may be an accident's
        assertThat(code("Kenya sent envoys. The police were attacked.")).containsExactly("- KENCOP 190");
        assertThat(code("Kenya sent envoys. The people were attacked.")).isEmpty();
        assertThat(code("Kenya sent envoys. The police praised the people.")).isEmpty();
    }

    @Test
    void heIsTheLastSpeakerOfTheTwoSentencesBefore() {
        assertThat(code("Kenya said it was ready. He praised Uganda.")).containsExactly("KEN - 010", "KEN UGA 051");
        assertThat(code("Kenya said it was ready. Rain fell. Rain fell. Rain fell. He praised Uganda.")).containsExactly("KEN - 010");
    }

    @Test
    void aSpeakerFromAnEarlierSentenceKeepsTheRecipientOfThisOne() {
        // regression (code review): the speaker's token positions belonged to the earlier sentence
        assertThat(code("The talks ended, Kenya said. He attacked Uganda.")).containsExactly("KEN - 010", "KEN UGA 190");
    }

    @Test
    void aVerbAfterAControlledObjectIsItsComplement() {
        // "urged Uganda to attack": the appeal is the event, the attack is only asked for
        assertThat(code("Kenya urged Uganda to attack Somalia.")).containsExactly("KEN UGA 020");
    }

    @Test
    void aSayingAfterTheQuoteHasItsSpeakerAfterTheVerb() {
        assertThat(code("\"We are ready,\" said the Kenyan soldiers.")).containsExactly("KENMIL - 010");
    }

    @Test
    void aidAnnouncedIsAnIntentToAid() {
        // CAMEO 1.1b3: 071 provide economic aid; 0331 express intent to provide economic aid
        assertThat(code("Kenya funded Uganda.")).containsExactly("KEN UGA 071");
        assertThat(code("Kenya will fund Uganda.")).containsExactly("KEN UGA 0331");
        assertThat(code("Kenya agreed to fund Uganda.")).containsExactly("KEN UGA 0331");
    }

    @Test
    void eventsCarryTheIssuesOfTheirSentence() {
        Document d = CODER.apply(ANALYSIS.process(Article.ofText("t", "Kenya attacked Uganda's peacekeepers.", null)));
        // Phoenix.IssueCoding.txt: "peacekeepers [PEACEKEEPERS]"
        assertThat(d.events()).singleElement().satisfies(e -> assertThat(e.issues()).containsExactly("PEACEKEEPERS"));
    }

    @Test
    void eventsCarryCameoAndPloverFields() {
        Document d = CODER.apply(ANALYSIS.process(Article.ofText("t", "Kenya attacked Uganda.", null)));
        Event e = d.events().get(0);
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
        assertThat(e.plover().map(Plover::type)).contains("ASSAULT");
        assertThat(d.text(e.verb())).isEqualTo("attacked");
        assertThat(e.pattern()).contains("t.verbs");
        assertThat(e.id()).hasSize(16);
    }
}
