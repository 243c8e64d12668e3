package org.dyad.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorEntryTest {
    private static final Optional<LocalDate> NO_DATE = Optional.empty();

    private static DatedCode dated(String code, String from, String to) {
        return new DatedCode(code, Optional.ofNullable(from).map(LocalDate::parse),
                Optional.ofNullable(to).map(LocalDate::parse));
    }

    private static Optional<LocalDate> on(String date) {
        return Optional.of(LocalDate.parse(date));
    }

    @Test
    void firstApplicableDatedCodeThenDefault() {
        // PETR.Validate.actors.txt SAM_GAMGEE: the 2010 ORCHOB range comes first and overrides HOBMIL.
        ActorEntry sam = new ActorEntry(List.of("SAM", "GAMGEE"), "SAM GAMGEE", Optional.of("HOB"),
                List.of(dated("HOBCIV", null, "2008-01-20"), dated("ORCHOB", "2010-01-09", "2010-01-12"),
                        dated("HOBMIL", "2008-01-20", "2012-11-09"), dated("HOBELI", "2013-01-19", null)),
                "t:1");
        assertThat(sam.codeOn(on("2010-01-10"))).contains("ORCHOB");
        assertThat(sam.codeOn(on("2010-01-13"))).contains("HOBMIL");
        assertThat(sam.codeOn(on("2008-01-20"))).contains("HOBCIV");
        assertThat(sam.codeOn(on("2012-12-01"))).contains("HOB");
        assertThat(sam.codeOn(on("2020-01-01"))).contains("HOBELI");
        assertThat(sam.codeOn(NO_DATE)).contains("HOB");
    }

    @Test
    void withoutDateOrDefaultTheMostRecentCode() {
        ActorEntry byrnes = new ActorEntry(List.of("JAMES", "BYRNES"), "JAMES BYRNES", Optional.empty(),
                List.of(dated("USAELI", "1897-01-01", "1945-07-03"), dated("USAGOV", "1945-07-03", "1947-01-21"),
                        dated("USAELI", "1947-01-21", "1972-01-01")), "t:1");
        assertThat(byrnes.codeOn(NO_DATE)).contains("USAELI");
        assertThat(byrnes.codeOn(on("1946-06-01"))).contains("USAGOV");
        assertThat(byrnes.codeOn(on("1990-01-01"))).isEmpty();

        ActorEntry openEnded = new ActorEntry(List.of("OBAMA"), "BARACK OBAMA", Optional.empty(),
                List.of(dated("USAGOV", "2009-01-20", null), dated("USAELI", "1978-01-01", "2000-01-01")), "t:2");
        assertThat(openEnded.codeOn(NO_DATE)).contains("USAGOV");
    }

    @Test
    void nullCodeGivesNoCode() {
        // PETR.Validate.actors.txt PRINCE OF DOL AMROTH: [--- <950630] then [DOL].
        ActorEntry prince = new ActorEntry(List.of("PRINCE", "OF", "DOL", "AMROTH"), "PRINCE OF DOL AMROTH",
                Optional.of("DOL"), List.of(dated("---", null, "1995-06-30")), "t:3");
        assertThat(prince.codeOn(on("1990-01-01"))).isEmpty();
        assertThat(prince.codeOn(on("1996-01-01"))).contains("DOL");
        ActorEntry boromir = new ActorEntry(List.of("BOROMIR"), "BOROMIR", Optional.of("---"), List.of(), "t:4");
        assertThat(boromir.codeOn(NO_DATE)).isEmpty();
    }
}
