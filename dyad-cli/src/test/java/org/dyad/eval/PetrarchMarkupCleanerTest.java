package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PetrarchMarkupCleanerTest {

    @Test
    void removesCommentsButKeepsTheirLineBreaks() {
        CleanedMarkup cleaned = PetrarchMarkupCleaner.clean("<a>\n<!-- one\ntwo -->x<!--y--></a>");
        assertThat(cleaned.xml()).isEqualTo("<a>\n\nx</a>");
        assertThat(cleaned.repairs()).isEqualTo(new MarkupRepairs(2, 0, 0, 0));
        assertThat(cleaned.repairs().wellFormed()).isTrue();
    }

    @Test
    void removesACommentNestedInAnotherWithItsOuterComment() {
        CleanedMarkup cleaned = PetrarchMarkupCleaner.clean("<a><!-- outer <!-- inner --> <b> still outer --></a>");
        assertThat(cleaned.xml()).isEqualTo("<a></a>");
        assertThat(cleaned.repairs().nestedComments()).isEqualTo(1);
        assertThat(cleaned.repairs().wellFormed()).isFalse();
    }

    @Test
    void dropsJsonPseudoElementsOnOneLine() {
        CleanedMarkup cleaned = PetrarchMarkupCleaner.clean(
                "<a>\n<Ev x=\"1\" />\n<Note {\"k\": [{\"c\": \"v\"}]}>\n</a>");
        assertThat(cleaned.xml()).isEqualTo("<a>\n<Ev x=\"1\" />\n\n</a>");
        assertThat(cleaned.repairs().pseudoElements()).isEqualTo(1);
    }

    @Test
    void escapesOnlyBareAmpersands() {
        CleanedMarkup cleaned = PetrarchMarkupCleaner.clean("<a>R &amp; D &quot;x&quot; &#38; &#x26; A & B &SET</a>");
        assertThat(cleaned.xml()).isEqualTo("<a>R &amp; D &quot;x&quot; &#38; &#x26; A &amp; B &amp;SET</a>");
        assertThat(cleaned.repairs().escapedAmpersands()).isEqualTo(2);
    }

    @Test
    void dropsAByteOrderMark() {
        assertThat(PetrarchMarkupCleaner.clean("\uFEFF<a/>").xml()).isEqualTo("<a/>");
    }

    @Test
    void refusesAnUnclosedComment() {
        assertThatThrownBy(() -> PetrarchMarkupCleaner.clean("<a>\n\n<!-- never closed\n</a>"))
                .isInstanceOf(EvalInputException.class)
                .hasMessageContaining("line 3");
    }
}
