package org.dyad.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DictionaryReportTest {

    @Test
    void formatsFileAndLine() {
        DictionaryReport report = new DictionaryReport();
        report.warn("a.txt", 3, "bad code");
        report.warn("b.txt", 0, "empty file");
        assertThat(report.warnings()).containsExactly("a.txt:3: bad code", "b.txt: empty file");
        assertThat(report.warningsFor("a.txt")).containsExactly("a.txt:3: bad code");
        assertThat(report.isEmpty()).isFalse();
    }

    @Test
    void addAllKeepsOrder() {
        DictionaryReport first = new DictionaryReport();
        first.warn("a.txt", 1, "x");
        DictionaryReport second = new DictionaryReport();
        second.warn("b.txt", 2, "y");
        first.addAll(second);
        assertThat(first.warnings()).containsExactly("a.txt:1: x", "b.txt:2: y");
    }
}
