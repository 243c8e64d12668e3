package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dyad actors} over articles written for this test, with the bundled dictionaries. */
class ActorsCommandTest {
    /** A minister no dictionary knows, named with her title in a passage about Kenya. */
    private static final String ARTICLE = """
            Kenya calls for calm at the border

            NAIROBI - Kenya hosted regional talks on Monday about the disputed border.

            Foreign Minister Amina Testa said the talks had gone well. Testa added that a second round would follow.
            """;

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void theTableGivesRoleAndResolutionOfEachMention() throws IOException {
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        List<String> lines = run("actors", article.toString(), "--date", "2024-03-14").lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Foreign Minister Amina Testa", "Amina Testa",
                "KENGOV", "Foreign Minister", "title"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Testa ", "KENGOV", "coreference"));
    }

    @Test
    void learnedActorsAccumulateAcrossRunsAndAreReviewedWithTheirEvidenceCounts() throws IOException {
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        Path learned = dir.resolve("learned-actors.tsv");
        run("actors", "--learn", learned.toString(), article.toString(), "--date", "2024-03-14");
        run("actors", "--learn", learned.toString(), article.toString(), "--date", "2024-03-15");
        List<String> file = Files.readAllLines(learned, StandardCharsets.UTF_8);
        assertThat(file.get(0)).isEqualTo(LearnedActorsFile.HEADER);
        assertThat(file).hasSize(3);
        assertThat(file.get(1)).startsWith("Amina Testa\tKENGOV\tForeign Minister\ttalks.txt\t");
        String review = run("actors", "--review", learned.toString());
        assertThat(review.lines().skip(1).findFirst().orElseThrow())
                .contains("Amina Testa", "KENGOV", "Foreign Minister", "2024-03-14..2024-03-15")
                .containsPattern("\\s2\\s+1\\s");          // two pieces of evidence, one document id
    }

    @Test
    void aMalformedLearnedFileIsAClearError() throws IOException {
        Path learned = dir.resolve("bad.tsv");
        Files.writeString(learned, LearnedActorsFile.HEADER + "\nonly\ttwo\n", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        CommandLine cl = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("actors", "--review", learned.toString())).isNotZero();
        assertThat(err.toString()).contains("line 2", "expected 7");
    }

    @Test
    void aLearnedActorResolvesInALaterArticleThatGivesNoRole() throws IOException {
        Path article = dir.resolve("talks.txt");
        Files.writeString(article, ARTICLE, StandardCharsets.UTF_8);
        Path learned = dir.resolve("learned-actors.tsv");
        run("actors", "--learn", learned.toString(), article.toString(), "--date", "2024-03-14");
        Path later = dir.resolve("later.txt");
        Files.writeString(later, "Amina Testa flew to Uganda on Tuesday for a second round.\n", StandardCharsets.UTF_8);
        assertThat(run("actors", later.toString(), "--date", "2024-05-02").lines())
                .noneSatisfy(l -> assertThat(l).contains("Amina Testa", "learned"));
        assertThat(run("actors", "--learned", learned.toString(), later.toString(), "--date", "2024-05-02").lines())
                .anySatisfy(l -> assertThat(l).contains("Amina Testa", "KENGOV", "Foreign Minister", "learned"));
        // a role learned in 2024 does not reach back to 2010
        assertThat(run("actors", "--learned", learned.toString(), later.toString(), "--date", "2010-05-02").lines())
                .noneSatisfy(l -> assertThat(l).contains("Amina Testa", "learned"));
    }

    @Test
    void aLearnedFileWithABadRowOrBinaryContentIsAClearErrorNamingTheLine() throws IOException {
        Path badCode = dir.resolve("bad-code.tsv");
        Files.writeString(badCode, LearnedActorsFile.HEADER + "\nJane Roe\t\tMinister\td1\t0\t2024-03-14\tev\n",
                StandardCharsets.UTF_8);
        Path badDate = dir.resolve("bad-date.tsv");
        Files.writeString(badDate, LearnedActorsFile.HEADER + "\nJane Roe\tKENGOV\tMinister\td1\t0\tbaddate\tev\n",
                StandardCharsets.UTF_8);
        Path binary = dir.resolve("binary.tsv");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 0x28});
        for (Path[] c : new Path[][] {{badCode}, {badDate}, {binary}, {dir.resolve("missing.tsv")}}) {
            StringWriter err = new StringWriter();
            CommandLine cl = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute("actors", "--review", c[0].toString())).isNotZero();
            assertThat(err.toString()).doesNotContain("Exception").contains(c[0].toString());
        }
    }
}
