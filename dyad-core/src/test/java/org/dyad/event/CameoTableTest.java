package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.junit.jupiter.api.Test;

class CameoTableTest {

    @Test
    void readsQuotedFieldsByHeaderName() {
        DictionaryReport report = new DictionaryReport();
        CameoTable table = CameoTable.parse(String.join("\n",
                "\"\",\"eventtype_ID\",\"name\",\"code\",\"goldstein\",\"description\"",
                "\"1\",1,\"MAKE PUBLIC STATEMENT\",\"01\",0,NA",
                "\"2\",2,\"Make statement, verbally\",\"010\",0,\"Line one",
                "line two with \"\"quotes\"\", and a comma\"",
                "\"3\",3,\"Bad\",\"011\",NA,NA",
                "\"4\",4,\"Duplicate\",\"010\",1,NA",
                "\"5\",5,\"Use conventional military force\",\"190\",-10,NA",
                ""), "codes.csv", report);
        assertThat(table.entries()).extracting(CameoEntry::code).containsExactly("01", "010", "190");
        assertThat(table.get("010")).contains(new CameoEntry("010", "Make statement, verbally", 0.0));
        assertThat(table.get("190").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(table.contains("01")).isTrue();
        assertThat(table.contains("1")).isFalse();
        assertThat(table.get("011")).isEmpty();
        assertThat(report.warnings()).containsExactly(
                "codes.csv:5: Goldstein value 'NA' of code 011 is not a number; skipped",
                "codes.csv:6: duplicate code 010; keeping the first row");
    }

    @Test
    void reportsMissingColumns() {
        DictionaryReport report = new DictionaryReport();
        CameoTable table = CameoTable.parse("a,b\n1,2\n", "bad.csv", report);
        assertThat(table.entries()).isEmpty();
        assertThat(report.warnings()).singleElement().asString().startsWith("bad.csv:1: header needs columns");
    }

    @Test
    void bundledTable() {
        DictionaryReport report = new DictionaryReport();
        CameoTable table = CameoTable.parse(Dictionaries.resource("cameo-codes.csv", report), "cameo-codes.csv",
                report);
        assertThat(table.entries()).hasSize(312);
        assertThat(table.get("190")).contains(new CameoEntry("190", "Use conventional military force", -10.0));
        assertThat(table.get("0211").orElseThrow().goldstein()).isEqualTo(3.4);
        assertThat(table.get("01").orElseThrow().name()).isEqualTo("MAKE PUBLIC STATEMENT");
        assertThat(table.get("20").orElseThrow().goldstein()).isEqualTo(-10.0);
        // The file's smart quotes are Windows-1252/MacRoman bytes; every warning is about them.
        assertThat(report.warnings()).isNotEmpty()
                .allMatch(w -> w.endsWith("bytes that are not UTF-8, decoded as Windows-1252"));
    }
}
