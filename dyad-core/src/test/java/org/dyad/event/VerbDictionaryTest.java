package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.dictionary.SharedFiles;
import org.dyad.event.PatternElement.CompoundMarker;
import org.dyad.event.PatternElement.Skip;
import org.dyad.event.PatternElement.SourceMarker;
import org.dyad.event.PatternElement.Synset;
import org.dyad.event.PatternElement.TargetMarker;
import org.dyad.event.PatternElement.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
    private static final List<String> SNIPPET = List.of(
            "####### SYNONYM SETS #######",
            "&CURRENCY ",
            "+DOLLAR",
            "+SWISS FRANC",
            "+KRONER_",
            "+&ALTCURR",
            "",
            "&ALTCURR",
            "+PIRATE GOLD_",
            "&AUXVERB3_",
            "+HAVE",
            "+IS_TO",
            "&FIGHT_OF_WORDS",
            "+ARGUMENT",
            "",
            "---  ASK   [020]  ---",
            "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [021]",
            "ASK",
            "SAY  {SAID }  # jw 11/14/91",
            "HURRY {HURRIES HURRYING HURRIED }",
            "+CALL_OFF [160]",
            "WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }",
            "+ANGERED_BY {}",
            "REPORT [---]",
            "- * (FOR HELP) {&CURRENCY AID}                      [0231]        # ASK",
            "- $ * ^ &AUXVERB3 TO +   [042:043]",
            "- IN_*  [075]",
            "- IN_ *  [075A]",
            "- *_OUT [074]",
            "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]",
            "- % * [:173]",
            "- * &FIGHT_OF_WORDS_NOW [110]",
            "- * SO IN_AND_*_OUT [074]",
            "- * {A | B} [010]",
            "- * NOTHING",
            "* (TO QUESTION) [110]",
            "--- DELAY [120]  [031:031]  ---",
            "DELAY",
            "######## TRANSFORMATIONS ##########",
            "~ a (a b ATTACK) SAY = a b 015");

    private static VerbDictionary verbs;
    private static DictionaryReport report;

    @BeforeAll
    static void parse() {
        report = new DictionaryReport();
        verbs = VerbDictionary.parse(String.join("\n", SNIPPET), "v.verbs", report);
    }

    private static int line(String text) {
        return SNIPPET.indexOf(text) + 1;
    }

    private static VerbBlock block(VerbDictionary dictionary, String name) {
        return dictionary.blocks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> forms(VerbBlock block, String originSuffix) {
        return block.forms().stream().filter(f -> f.origin().endsWith(":" + originSuffix))
                .map(f -> String.join("_", f.words()) + "@" + f.head() + f.codes()).toList();
    }

    private static PatternToken token(PatternElement element, boolean joined) {
        return new PatternToken(element, joined);
    }

    private static VerbPattern pattern(VerbBlock block, String text) {
        String origin = "v.verbs:" + line(text);
        return block.patterns().stream().filter(p -> p.origin().equals(origin)).findFirst().orElseThrow();
    }

    @Test
    void synsetsGetPluralsUnlessMarkedAndIncludeOtherSynsets() {
        assertThat(verbs.synsets().keySet()).containsExactly("CURRENCY", "ALTCURR", "AUXVERB3", "FIGHT_OF_WORDS");
        assertThat(verbs.synsets().get("CURRENCY")).containsExactly(List.of("DOLLAR"), List.of("DOLLARS"),
                List.of("SWISS", "FRANC"), List.of("SWISS", "FRANCS"), List.of("KRONER"), List.of("PIRATE", "GOLD"));
        assertThat(verbs.synsets().get("AUXVERB3")).containsExactly(List.of("HAVE"), List.of("IS", "TO"));
    }

    @Test
    void verbFormsAreGeneratedOrTakenFromBraces() {
        VerbBlock ask = block(verbs, "ASK");
        assertThat(ask.codes()).isEqualTo(CodePair.of("020"));
        assertThat(forms(ask, String.valueOf(line("ASK")))).containsExactly(
                "ASK@0[020]", "ASKED@0[020]", "ASKS@0[020]", "ASKING@0[020]");
        assertThat(forms(ask, String.valueOf(line("+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [021]"))))
                .containsExactly("ASK_FOR@0[021]", "ASKED_FOR@0[021]", "ASKING_FOR@0[021]", "ASKS_FOR@0[021]");
        assertThat(forms(ask, String.valueOf(line("SAY  {SAID }  # jw 11/14/91")))).containsExactly(
                "SAY@0[020]", "SAID@0[020]", "SAYS@0[020]", "SAYING@0[020]");
        assertThat(forms(ask, String.valueOf(line("HURRY {HURRIES HURRYING HURRIED }")))).containsExactly(
                "HURRY@0[020]", "HURRIES@0[020]", "HURRYING@0[020]", "HURRIED@0[020]");
        assertThat(forms(ask, String.valueOf(line("+CALL_OFF [160]")))).containsExactly(
                "CALL_OFF@0[160]", "CALLED_OFF@0[160]", "CALLS_OFF@0[160]", "CALLING_OFF@0[160]");
        assertThat(forms(ask, String.valueOf(line("WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }")))).containsExactly(
                "WIRE_TAP@1[020]", "WIRE_TAPPED@1[020]", "WIRE_TAPPING@1[020]", "WIRE_TAPS@1[020]");
        assertThat(forms(ask, String.valueOf(line("+ANGERED_BY {}")))).containsExactly("ANGERED_BY@0[020]");
        assertThat(forms(ask, String.valueOf(line("REPORT [---]")))).containsExactly(
                "REPORT@0[---]", "REPORTED@0[---]", "REPORTS@0[---]", "REPORTING@0[---]");
        assertThat(verbs.blocksWithHead("said")).containsExactly(ask);
        assertThat(verbs.blocksWithHead("TAPPING")).containsExactly(ask);
    }

    @Test
    void patternsSplitAtTheVerbAndFlattenGroups() {
        VerbBlock ask = block(verbs, "ASK");
        VerbPattern help = pattern(ask, SNIPPET.get(24));
        assertThat(help.before()).isEmpty();
        assertThat(help.after()).containsExactly(token(new Word("FOR"), false), token(new Word("HELP"), false),
                token(new Synset("CURRENCY"), false), token(new Word("AID"), false));
        assertThat(help.codes()).isEqualTo(CodePair.of("0231"));
        assertThat(help.origin()).isEqualTo("v.verbs:25");

        VerbPattern markers = pattern(ask, "- $ * ^ &AUXVERB3 TO +   [042:043]");
        assertThat(markers.before()).containsExactly(token(new SourceMarker(), false));
        assertThat(markers.after()).containsExactly(token(new Skip(), false), token(new Synset("AUXVERB3"), false),
                token(new Word("TO"), false), token(new TargetMarker(), false));
        assertThat(markers.codes()).isEqualTo(new CodePair(Optional.of("042"), Optional.of("043")));

        VerbPattern compound = pattern(ask, "- % * [:173]");
        assertThat(compound.before()).containsExactly(token(new CompoundMarker(), false));
        assertThat(compound.codes().forward()).isEmpty();
        assertThat(compound.codes().reverse()).contains("173");
    }

    @Test
    void underscoresJoinElementsAlsoAcrossTheVerb() {
        VerbBlock ask = block(verbs, "ASK");
        assertThat(pattern(ask, "- IN_*  [075]").before()).containsExactly(token(new Word("IN"), true));
        assertThat(pattern(ask, "- IN_ *  [075A]").before()).containsExactly(token(new Word("IN"), true));
        assertThat(pattern(ask, "- IN_ *  [075A]").codes()).isEqualTo(CodePair.of("075A"));

        VerbPattern out = pattern(ask, "- *_OUT [074]");
        assertThat(out.before()).isEmpty();
        assertThat(out.verbJoinedToNext()).isTrue();
        assertThat(out.after()).containsExactly(token(new Word("OUT"), false));

        VerbPattern suggested = pattern(ask, "- SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111]");
        assertThat(suggested.before()).containsExactly(token(new Word("SUGGESTED"), true),
                token(new TargetMarker(), false));
        assertThat(suggested.verbJoinedToNext()).isFalse();
        assertThat(suggested.after()).containsExactly(token(new Word("DEMAND"), true),
                token(new Synset("GENINT"), true), token(new Word("CONVENTIONS"), false));

        // The longest defined synset name wins: &FIGHT_OF_WORDS, then the word NOW.
        assertThat(pattern(ask, "- * &FIGHT_OF_WORDS_NOW [110]").after()).containsExactly(
                token(new Synset("FIGHT_OF_WORDS"), true), token(new Word("NOW"), false));
    }

    @Test
    void blockHeaderWithTwoCodesUsesTheFirst() {
        VerbBlock delay = block(verbs, "DELAY");
        assertThat(delay.codes()).isEqualTo(CodePair.of("120"));
        assertThat(delay.forms()).extracting(VerbForm::headWord)
                .containsExactly("DELAY", "DELAYED", "DELAYS", "DELAYING");
        assertThat(verbs.transformations()).containsExactly("a (a b ATTACK) SAY = a b 015");
    }

    @Test
    void reportsMalformedLinesAndUndefinedSynsets() {
        assertThat(block(verbs, "ASK").patterns()).hasSize(8);
        assertThat(report.warnings()).containsExactly(
                "v.verbs:33: pattern with 2 verbs '*'; skipped",
                "v.verbs:34: TABARI disjunction '|' in pattern (use a synset); skipped",
                "v.verbs:35: pattern without [code]; skipped",
                "v.verbs:36: looks like a pattern without its leading '-'; skipped",
                "v.verbs:37: block header has 2 codes; using the first, [120]",
                "v.verbs:30: pattern uses undefined synset &GENINT; kept, but it cannot match");
    }

    @Test
    void bundledCameoVerbs() {
        DictionaryReport bundledReport = new DictionaryReport();
        VerbDictionary cameo = VerbDictionary.parse(Dictionaries.resource("CAMEO.2.0.txt", bundledReport),
                "CAMEO.2.0.txt", bundledReport);
        assertThat(cameo.blocks()).hasSize(397);
        assertThat(cameo.blocks().stream().mapToInt(b -> b.patterns().size()).sum()).isEqualTo(4668);

        // ---  EXPLAIN_VERBAL   [010]  --- ... SAY  {SAYS SAID SAYING} (line 4502)
        VerbBlock explain = block(cameo, "EXPLAIN_VERBAL");
        assertThat(cameo.blocksWithHead("SAID")).contains(explain);
        assertThat(explain.forms()).filteredOn(f -> f.words().equals(List.of("SAID"))).singleElement()
                .satisfies(f -> assertThat(f.codes()).isEqualTo(CodePair.of("010")))
                .satisfies(f -> assertThat(f.origin()).isEqualTo("CAMEO.2.0.txt:4502"));
        assertThat(explain.forms()).filteredOn(f -> f.words().equals(List.of("COMMUNICATES"))).singleElement()
                .satisfies(f -> assertThat(f.codes()).isEqualTo(CodePair.of("040")));
        assertThat(explain.forms()).filteredOn(f -> f.words().equals(List.of("REPORTED"))).singleElement()
                .satisfies(f -> assertThat(f.codes().isNone()).isTrue());

        // +BEEF_UP  [174] (line 4040): regular forms of the verb proper
        assertThat(cameo.blocksWithHead("BEEFED")).isNotEmpty();
        assertThat(cameo.blocks().stream().flatMap(b -> b.forms().stream())
                .filter(f -> f.origin().equals("CAMEO.2.0.txt:4040")).map(f -> String.join("_", f.words())))
                .containsExactly("BEEF_UP", "BEEFED_UP", "BEEFS_UP", "BEEFING_UP");

        // - * (TO)  [042:043]  # RUSH (line 718, block ACCELERATE)
        VerbPattern rush = block(cameo, "ACCELERATE").patterns().get(0);
        assertThat(rush.origin()).isEqualTo("CAMEO.2.0.txt:718");
        assertThat(rush.after()).containsExactly(token(new Word("TO"), false));
        assertThat(rush.codes()).isEqualTo(new CodePair(Optional.of("042"), Optional.of("043")));

        assertThat(cameo.synsets().get("CURRENCY")).contains(List.of("RUPEE"), List.of("RUPEES"), List.of("KRONER"))
                .doesNotContain(List.of("KRONERS"));
        assertThat(cameo.synsets().get("AUXVERB2")).containsExactly(List.of("WILL"), List.of("IS", "TO"),
                List.of("WOULD"));
        assertThat(cameo.blocks().stream().flatMap(b -> b.patterns().stream())
                .filter(p -> p.origin().equals("CAMEO.2.0.txt:8688")).findFirst().orElseThrow().after())
                .containsExactly(token(new Word("IN"), false), token(new Synset("FIGHT_OF_WORDS"), false));
        assertThat(cameo.transformations()).hasSize(8);
        assertThat(bundledReport.warnings()).containsExactly(
                "CAMEO.2.0.txt:1735: '*' written against a word; read as a separate verb '*'",
                "CAMEO.2.0.txt:8443: pattern uses undefined synset &WEATHER; kept, but it cannot match",
                "CAMEO.2.0.txt:8444: pattern uses undefined synset &DEMONSTRATION; kept, but it cannot match");
    }

    @Test
    void validationVerbsParseWithOnlyTheirGenuineProblems() {
        DictionaryReport r = new DictionaryReport();
        VerbDictionary v = VerbDictionary.parse(
                DictionaryText.read(SharedFiles.petrarch("PETR.Validate.verbs.txt"), r), "PETR.Validate.verbs.txt", r);
        assertThat(r.warnings()).containsExactly(
                "PETR.Validate.verbs.txt:447: block header has 2 codes; using the first, [120]");
        assertThat(v.synsets().get("ACCORDSYN")).contains(List.of("MILITARY"), List.of("CLOSER"),
                List.of("SWISS", "FRANCS"), List.of("YEN"));
        VerbBlock accord = block(v, "ACCORD");
        assertThat(accord.patterns().get(0).before()).containsExactly(token(new Word("SUGGESTED"), true),
                token(new TargetMarker(), false));
        assertThat(accord.patterns().get(0).after()).containsExactly(token(new Word("DEMAND"), true),
                token(new Synset("GENINT"), true), token(new Word("CONVENTIONS"), false));
        assertThat(accord.patterns().get(1).before()).containsExactly(token(new Word("INCHING"), false),
                token(new Synset("ACCORDSYN"), false));
        assertThat(block(v, "LASH OUT").forms()).extracting(f -> String.join("_", f.words()))
                .containsExactly("LASH_OUT", "LASHED_OUT", "LASHES_OUT", "LASHING_OUT");
        assertThat(block(v, "CONFISCATE").forms()).filteredOn(f -> f.words().get(0).equals("WIRE"))
                .allSatisfy(f -> assertThat(f.head()).isEqualTo(1));
        assertThat(block(v, "BARGAIN").patterns()).extracting(p -> p.codes().forward().orElseThrow())
                .containsExactly("174K", "112", "174L");

        DictionaryReport r2 = new DictionaryReport();
        VerbDictionary.parse(DictionaryText.read(SharedFiles.petrarch("ud-2.02/PETR_Validate_verbs_2_02.txt"), r2),
                "ud.verbs", r2);
        // That file uses synsets it never defines and has one pattern without its '-'.
        assertThat(r2.warnings()).containsExactly(
                "ud.verbs:463: looks like a pattern without its leading '-'; skipped",
                "ud.verbs:390: pattern uses undefined synset &DEFENSE; kept, but it cannot match",
                "ud.verbs:400: pattern uses undefined synset &PKO; kept, but it cannot match",
                "ud.verbs:402: pattern uses undefined synset &PKO; kept, but it cannot match",
                "ud.verbs:425: pattern uses undefined synset &REFUGEE; kept, but it cannot match",
                "ud.verbs:808: pattern uses undefined synset &SECURITY; kept, but it cannot match");
    }
}
