package org.dyad.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssueDictionaryTest {
    private static IssueDictionary issues;
    private static DictionaryReport report;

    @BeforeAll
    static void parse() {
        report = new DictionaryReport();
        issues = IssueDictionary.parse(String.join("\n",
                "<ISSUE CATEGORY=\"ID_ATROCITY\">",
                "n:atrocity [ID_ATROCITY]",
                "ethnic v:purge [ID_ATROCITY]",
                "war n:crime [ID_ATROCITY]",
                "al+zarqawi network [NAMED_TERROR_GROUP]",
                "pre+n:school [EARLY_CHILDHOOD_EDUCATION]",
                "~Saturday Night massacre",
                "~~Armenian genocide  # not coding historical cases",
                "european central bank",
                "</ISSUE>",
                "literacy [LITERACY] extra"), "i.txt", report);
    }

    @Test
    void expandsNounsVerbsAndJoins() {
        assertThat(issues.issueCounts("Atrocities and war crimes were reported."))
                .isEqualTo(Map.of("ID_ATROCITY", 2));
        assertThat(issues.issuesIn("They were ethnically purged")).isEmpty();
        assertThat(issues.issuesIn("an attempt to ethnic purging")).containsExactly("ID_ATROCITY");
        assertThat(issues.issuesIn("the al-Zarqawi network")).containsExactly("NAMED_TERROR_GROUP");
        assertThat(issues.issuesIn("the al Zarqawi network")).containsExactly("NAMED_TERROR_GROUP");
        assertThat(issues.issuesIn("alzarqawi network")).isEmpty();
        assertThat(issues.issuesIn("Pre-schools opened; literacy rose.")).containsExactly(
                "EARLY_CHILDHOOD_EDUCATION", "LITERACY");
        assertThat(issues.issuesIn("war criminals")).isEmpty();
    }

    @Test
    void ignorePhraseCancelsAllIssues() {
        assertThat(issues.issuesIn("The Saturday Night Massacre was an atrocity")).isEmpty();
        assertThat(issues.issueCounts("denial of the Armenian genocide and literacy")).isEmpty();
    }

    @Test
    void keepsCategories() {
        assertThat(issues.issue("ID_ATROCITY")).contains(new Issue("ID_ATROCITY", "ID_ATROCITY"));
        assertThat(issues.issue("LITERACY")).contains(new Issue("LITERACY", ""));
        assertThat(issues.issues()).extracting(Issue::code).containsExactly(
                "ID_ATROCITY", "NAMED_TERROR_GROUP", "EARLY_CHILDHOOD_EDUCATION", "LITERACY");
        assertThat(report.warnings()).containsExactly(
                "i.txt:9: issue phrase 'european central bank' has no [CODE]; skipped",
                "i.txt:11: text 'extra' after the code; ignored");
    }

    @Test
    void bundledIssues() {
        DictionaryReport r = new DictionaryReport();
        IssueDictionary phoenix = IssueDictionary.parse(Dictionaries.resource("Phoenix.IssueCoding.txt", r),
                "Phoenix.IssueCoding.txt", r);
        assertThat(phoenix.issue("TEACHERS")).contains(new Issue("TEACHERS", "EDUCATION"));
        assertThat(phoenix.issueCounts("University students and professors met teachers."))
                .containsExactly(Map.entry("POSTSECONDARY_EDUCATION", 2), Map.entry("STUDENTS", 1),
                        Map.entry("TEACHERS", 1));
        // "~financial literacy" in the EDUCATION block cancels the sentence.
        assertThat(phoenix.issuesIn("Financial literacy among students")).isEmpty();
        assertThat(r.warnings()).contains("Phoenix.IssueCoding.txt:141: issue phrase 'european central bank' has"
                + " no [CODE]; skipped");
    }

    /**
     * Regression for a fuzzing finding (issue 11): every token with joins and inflections multiplies a line's
     * phrases, so a line of many such tokens took minutes to expand; past {@value IssueDictionary#MAX_PHRASES_PER_LINE}
     * phrases it is skipped with a warning.
     */
    @Test
    void aLineThatExpandsToTooManyPhrasesIsSkippedWithAWarning() {
        DictionaryReport own = new DictionaryReport();
        String token = "a+b+c+d+e+n:f";    // 2^5 join choices x 2 noun forms = 64 variants
        IssueDictionary many = IssueDictionary.parse(String.join("\n",
                "war n:crime [ID_ATROCITY]",
                token + " " + token + " " + token + " [FLOOD]"), "many.txt", own);
        assertThat(own.warnings()).contains("many.txt:2: the line expands to more than 1024 phrases; skipped");
        assertThat(many.issuesIn("war crimes")).containsExactly("ID_ATROCITY");
    }
}
