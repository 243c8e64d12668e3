package org.dyad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted passages at the character level (issue 6). */
class QuoteMarksTest {
    private static List<String> passages(String text) {
        return QuoteMarks.passages(text, 0, text.length()).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void straightAndCurlyMarks() {
        assertThat(passages("He said \"yes\" and she said “no”.")).containsExactly("yes", "no");
    }

    @Test
    void twoApostrophesAreOneDoubleMark() {
        assertThat(passages("''The ferry runs late,'' the captain said. ''Again.''"))
                .containsExactly("The ferry runs late,", "Again.");
        assertThat(passages("The farmers' ''fair price'' plan")).containsExactly("fair price");
        assertThat(passages("The boys' bikes and the girls' bikes.")).isEmpty();
    }

    @Test
    void aPassageMayCloseWithTheOtherStyleOfMark() {
        assertThat(passages("\"We are ready” the coach said. “Truly,\" she added."))
                .containsExactly("We are ready", "Truly,");
        assertThat(passages("“He said \"never\" twice,” she wrote.")).containsExactly("He said \"never\" twice,");
    }

    @Test
    void nestedMarksStayInside() {
        assertThat(passages("“A ‘b’ and “c” too,” he said.")).containsExactly("A ‘b’ and “c” too,");
        assertThat(passages("\"A “b” c,\" he said.")).containsExactly("A “b” c,");
    }

    @Test
    void aQuoteContinuesWhenTheNextParagraphReopensIt() {
        assertThat(passages("“One.\n\n“Two,” she said.")).containsExactly("One.\n\n“Two,");
    }

    @Test
    void anUnclosedQuoteEndsAtItsParagraphAndIsDropped() {
        assertThat(passages("“One never closes.\n\nThe next paragraph has “a quote” in it."))
                .containsExactly("a quote");
    }

    @Test
    void anApostropheOrInchMarkDoesNotOpenAQuote() {
        assertThat(passages("The 12\" pipe isn't the army's.")).isEmpty();
    }
}
