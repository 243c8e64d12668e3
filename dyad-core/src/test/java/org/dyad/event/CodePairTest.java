package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodePairTest {

    @Test
    void readsEveryForm() {
        assertThat(CodePair.parse("042")).contains(CodePair.of("042"));
        assertThat(CodePair.parse("042:043")).contains(new CodePair(Optional.of("042"), Optional.of("043")));
        assertThat(CodePair.parse(":173")).contains(new CodePair(Optional.empty(), Optional.of("173")));
        assertThat(CodePair.parse("---")).contains(CodePair.none());
        assertThat(CodePair.parse("")).contains(CodePair.none());
        assertThat(CodePair.parse(" 0862:090 ")).contains(new CodePair(Optional.of("0862"), Optional.of("090")));
        assertThat(CodePair.parse("174L")).contains(CodePair.of("174L"));
        assertThat(CodePair.parse("###")).contains(CodePair.of("###"));
    }

    @Test
    void rejectsMalformed() {
        assertThat(CodePair.parse("01:02:03")).isEmpty();
        assertThat(CodePair.parse("01 02")).isEmpty();
        assertThat(CodePair.parse("01]")).isEmpty();
    }

    @Test
    void printsLikeTheDictionary() {
        assertThat(CodePair.parse("042:043").orElseThrow()).hasToString("[042:043]");
        assertThat(CodePair.parse(":173").orElseThrow()).hasToString("[:173]");
        assertThat(CodePair.none()).hasToString("[---]");
        assertThat(CodePair.none().isNone()).isTrue();
    }
}
