package org.dyad.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.quote.Claim;
import org.dyad.quote.Cue;
import org.dyad.quote.Quote;
import org.dyad.quote.Stance;
import org.junit.jupiter.api.Test;

/** Quote and claim records in JSON Lines and in the table's second section (issue 6). */
class QuoteRecordsTest {
    private static final String TEXT = "\"The dam is safe,\" said the Ruritanian minister. Rebels denied it.";

    private static final Mention MINISTER = new Mention(new Span(28, 47),
            new Actor("RURGOV", "RURITANIA", Actor.Resolution.COMPOSED, "test"), new Span(24, 47));

    static Document document() {
        return Document.of(Article.ofText("r1", TEXT, LocalDate.of(2024, 3, 5)));
    }

    static Quote direct() {
        return new Quote("q1", new Span(1, 17), true, 0, Optional.of(new Cue(new Span(19, 23), "say", Stance.ASSERTS)),
                Optional.of(new Span(24, 47)), Optional.of(MINISTER), Optional.empty());
    }

    static Quote denial() {
        return new Quote("q2", new Span(63, 65), false, 1,
                Optional.of(new Cue(new Span(56, 62), "deny", Stance.DENIES)), Optional.of(new Span(49, 55)),
                Optional.empty(), Optional.of("2024-03"));
    }

    @Test
    void quoteAndClaimLinesCarryTheirOwnFields() throws IOException {
        StringWriter out = new StringWriter();
        EventJsonWriter writer = new EventJsonWriter(out);
        Document doc = document();
        writer.writeQuote(doc, direct());
        writer.writeQuote(doc, denial());
        writer.writeClaim(doc, new Claim("c1", "q1", new Span(1, 17), 0, Optional.of(MINISTER), Stance.ASSERTS,
                Optional.empty(), Optional.empty()));
        writer.writeClaim(doc, new Claim("c2", "q2", new Span(63, 65), 1, Optional.empty(), Stance.DENIES,
                Optional.of("c1"), Optional.of("2024-03")));
        writer.finish();
        assertThat(out.toString().split("\n")).containsExactly(
                "{\"record\":\"quote\",\"quote_id\":\"q1\",\"doc_id\":\"r1\",\"sentence_index\":0,\"start\":1,\"end\":17,"
                        + "\"text\":\"The dam is safe,\",\"direct\":true,"
                        + "\"cue\":{\"text\":\"said\",\"lemma\":\"say\",\"start\":19,\"end\":23},"
                        + "\"speaker\":{\"text\":\"the Ruritanian minister\",\"start\":24,\"end\":47,"
                        + "\"code\":\"RURGOV\",\"name\":\"RURITANIA\"},\"date\":null}",
                "{\"record\":\"quote\",\"quote_id\":\"q2\",\"doc_id\":\"r1\",\"sentence_index\":1,\"start\":63,\"end\":65,"
                        + "\"text\":\"it\",\"direct\":false,"
                        + "\"cue\":{\"text\":\"denied\",\"lemma\":\"deny\",\"start\":56,\"end\":62},"
                        + "\"speaker\":{\"text\":\"Rebels\",\"start\":49,\"end\":55,\"code\":null,\"name\":null},"
                        + "\"date\":\"2024-03\"}",
                "{\"record\":\"claim\",\"claim_id\":\"c1\",\"quote_id\":\"q1\",\"doc_id\":\"r1\",\"sentence_index\":0,"
                        + "\"start\":1,\"end\":17,\"text\":\"The dam is safe,\","
                        + "\"speaker\":{\"text\":\"Ruritanian minister\",\"code\":\"RURGOV\",\"name\":\"RURITANIA\"},"
                        + "\"stance\":\"asserts\",\"contradicts\":null,\"date\":null}",
                "{\"record\":\"claim\",\"claim_id\":\"c2\",\"quote_id\":\"q2\",\"doc_id\":\"r1\",\"sentence_index\":1,"
                        + "\"start\":63,\"end\":65,\"text\":\"it\",\"speaker\":null,\"stance\":\"denies\","
                        + "\"contradicts\":\"c1\",\"date\":\"2024-03\"}");
    }

    @Test
    void theTableListsQuotesAndClaimsInASecondSectionAfterTheEvents() throws IOException {
        StringWriter out = new StringWriter();
        EventTableWriter writer = new EventTableWriter(out);
        Document doc = document();
        writer.writeQuote(doc, direct());
        writer.writeClaim(doc, new Claim("c2aaaaaaaa", "q2", new Span(63, 65), 1, Optional.empty(), Stance.DENIES,
                Optional.of("c1bbbbbbbb"), Optional.empty()));
        writer.flush();
        assertThat(out.toString().lines().toList()).hasSize(1); // only the events header until the end
        writer.finish();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("DOC").contains("CAMEO");
        assertThat(lines.get(1)).isEmpty();
        assertThat(lines.get(2)).startsWith("DOC").contains("KIND", "SPEAKER", "CUE", "CONTENT");
        assertThat(lines.get(3)).contains(" D ", "RURGOV", "said", "the Ruritanian minister", "The dam is safe,");
        assertThat(lines.get(4)).isEmpty();
        assertThat(lines.get(5)).contains("CLAIMANT", "STANCE", "CONTRADICTS");
        assertThat(lines.get(6)).contains("c2aaaaaa", "denies", "c1bbbbbb", " it");
        assertThat(lines).hasSize(7);
    }
}
