package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryTextTest {

    private static List<String> texts(List<DictionaryLine> lines) {
        return lines.stream().map(l -> l.number() + "|" + l.text()).toList();
    }

    @Test
    void decodesUtf8WithoutWarnings() {
        DictionaryReport report = new DictionaryReport();
        String text = DictionaryText.decode("MANFRED_WÖRNER_ [IGOWSTNAT]\n".getBytes(StandardCharsets.UTF_8),
                "x.txt", report);
        assertThat(text).isEqualTo("MANFRED_WÖRNER_ [IGOWSTNAT]\n");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void fallsBackToWindows1252AndReportsTheLine() {
        DictionaryReport report = new DictionaryReport();
        byte[] bytes = {'o', 'k', '\n', 'M', 'o', 's', 'c', 'o', 'w', (byte) 0x92, 's', ' ', (byte) 0xE9, '\n'};
        String text = DictionaryText.decode(bytes, "codes.csv", report);
        assertThat(text).isEqualTo("ok\nMoscow\u2019s \u00E9\n");
        assertThat(report.warnings()).containsExactly(
                "codes.csv:2: bytes that are not UTF-8, decoded as Windows-1252");
    }

    @Test
    void dropsByteOrderMarkAndKeepsGenuineReplacementCharacters() {
        DictionaryReport report = new DictionaryReport();
        // Phoenix.Countries.actors.txt:11234 holds a real U+FFFD: "+COTE_D\uFFFDIVOIRE_".
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', '\n', 'D', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD,
            'I', '\n'};
        assertThat(DictionaryText.decode(bytes, "a.txt", report)).isEqualTo("A\nD\uFFFDI\n");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void truncatedSequenceAtTheEndFallsBack() {
        DictionaryReport report = new DictionaryReport();
        byte[] bytes = {'A', '\n', 'B', (byte) 0xC3};
        assertThat(DictionaryText.decode(bytes, "t.txt", report)).isEqualTo("A\nB\u00C3");
        assertThat(report.warnings()).containsExactly("t.txt:2: bytes that are not UTF-8, decoded as Windows-1252");
    }

    @Test
    void removesAllCommentStyles() {
        DictionaryReport report = new DictionaryReport();
        String content = String.join("\n",
                "<!-- header -->",
                "AFGHANISTAN_  [AFG] # country",
                "",
                "<!-- start",
                "   still comment",
                "end --> KEPT",
                "ROHAN [ROH] ; legacy comment",
                "A <!-- inline --> B",
                "- * DIPLXMATIC  [###]  # TABARI discard code",
                "\t[AFGGOV 331108-730717]   ",
                "   ");
        List<DictionaryLine> lines = DictionaryText.lines(content, "a.txt", report, true);
        assertThat(texts(lines)).containsExactly(
                "2|AFGHANISTAN_  [AFG]",
                "6| KEPT",
                "7|ROHAN [ROH]",
                "8|A  B",
                "9|- * DIPLXMATIC  [###]",
                "10|\t[AFGGOV 331108-730717]");
        assertThat(lines.get(5).indented()).isTrue();
        assertThat(lines.get(5).trimmed()).isEqualTo("[AFGGOV 331108-730717]");
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void semicolonIsTextUnlessAsked() {
        DictionaryReport report = new DictionaryReport();
        List<DictionaryLine> lines = DictionaryText.lines("1124: ACCUSE, allege, crime; corruption # x", "p.txt",
                report, false);
        assertThat(texts(lines)).containsExactly("1|1124: ACCUSE, allege, crime; corruption");
    }

    @Test
    void reportsStrayCloserAndUnclosedComment() {
        DictionaryReport report = new DictionaryReport();
        List<DictionaryLine> lines = DictionaryText.lines(
                "<! -- NEW ACTORS FOR PETRARCH VALIDATION TEST -->\nGONDOR [GON]\n<!-- never closed\nMORDOR [MOR]",
                "v.txt", report, true);
        assertThat(texts(lines)).containsExactly("2|GONDOR [GON]");
        assertThat(report.warnings()).containsExactly(
                "v.txt:1: '-->' outside a comment (a mistyped '<!--'?); line skipped",
                "v.txt:3: '<!--' comment is never closed; the rest of the file was ignored");
    }

    @Test
    void handlesWindowsLineEnds() {
        DictionaryReport report = new DictionaryReport();
        assertThat(texts(DictionaryText.lines("A [X]\r\n# c\r\nB [Y]\r\n", "w.txt", report, true)))
                .containsExactly("1|A [X]", "3|B [Y]");
    }

    @Test
    void splitsPhrasesIntoUpperCaseWords() {
        assertThat(DictionaryText.words("North_Atlantic  treaty_ORGANIZATION_"))
                .containsExactly("NORTH", "ATLANTIC", "TREATY", "ORGANIZATION");
        assertThat(DictionaryText.words(" _ ")).isEmpty();
        assertThat(DictionaryText.fields(" {BROKE  BROKEN } ")).containsExactly("{BROKE", "BROKEN", "}");
        assertThat(DictionaryText.withoutBlanks("[  NGO~ ]")).isEqualTo("[NGO~]");
    }
}
