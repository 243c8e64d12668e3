package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.document.Span;
import org.junit.jupiter.api.Test;

/** Issue 11: codes are checked against the CAMEO code table before output. */
class OutputCodesTest {
    private static final String TEXT = "Kenya urged Uganda to talk.";
    /** A three-row table: the check must use the table it is given, not a built-in list. */
    private static final OutputCodes CODES = new OutputCodes(CameoTable.parse("""
            "","eventtype_ID","name","code","goldstein"
            "1",1,"Make public statement","010",0
            "2",2,"Appeal","020",3
            "3",3,"Assault","190",-10
            """, "test.csv", new DictionaryReport()));

    static Event event(String code, String sourceCode, String targetCode) {
        return new Event("e1", "d1", 0, new Span(0, TEXT.length()), new Span(6, 11),
                Optional.of(new Participant(new Span(0, 5), "Kenya",
                        new Actor(sourceCode, "KENYA", Actor.Resolution.DICTIONARY, "test.txt:1"))),
                Optional.of(new Participant(new Span(12, 18), "Uganda",
                        new Actor(targetCode, "UGANDA", Actor.Resolution.DICTIONARY, "test.txt:2"))),
                new CameoCode(code), 0.0, Optional.empty(), Optional.empty(), "test.verbs:3", List.of());
    }

    @Test
    void anEventWithTableCodesPasses() {
        assertThat(CODES.problem(event("020", "KEN", "UGAGOV"))).isEmpty();
        assertThat(CODES.problem(event("190", "---GOV", "IGOWSTNAT"))).isEmpty();
    }

    @Test
    void anEventCodeOutsideTheTableIsRefused() {
        // 021 is a well-formed CAMEO code, but this table lacks it
        assertThat(CODES.problem(event("021", "KEN", "UGA")))
                .contains("event code '021' is not in the CAMEO code table");
        assertThatThrownBy(() -> CODES.check(event("209", "KEN", "UGA")))
                .isInstanceOf(OutputCodes.MalformedCodeException.class)
                .hasMessage("event e1 not written: event code '209' is not in the CAMEO code table");
    }

    @Test
    void malformedActorCodesAreRefused() {
        assertThat(CODES.problem(event("020", "ken", "UGA"))).contains(
                "source code 'ken' is not a CAMEO actor code (upper-case letters and digits in groups of three)");
        assertThat(CODES.problem(event("020", "KEN", "NGOEEURENV")).orElseThrow()).startsWith(
                "target code 'NGOEEURENV' is not");
        assertThat(CODES.problem(event("020", "KEN", "UGA GOV"))).isPresent();
        assertThat(OutputCodes.isActorCode("")).isFalse();
        assertThat(OutputCodes.isActorCode("---")).isFalse();
    }

    @Test
    void aQuoteWithAMalformedSpeakerCodeIsRefused() {
        assertThatThrownBy(() -> CODES.checkActor("quote q1", Optional.of("pak")))
                .isInstanceOf(OutputCodes.MalformedCodeException.class)
                .hasMessage("quote q1 not written: speaker code 'pak' is not a CAMEO actor code (upper-case letters "
                        + "and digits in groups of three)");
        CODES.checkActor("quote q2", Optional.of("PAKMIL"));
        CODES.checkActor("quote q3", Optional.empty());
    }
}
