package org.dyad.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Stances and the links from denials to the claims they contradict (issue 6), on sentences written for it. */
class ClaimLinkerTest {
    private static final ClaimLinker LINKER = new ClaimLinker(PropositionSynonyms.bundled());
    private static final Pipeline PIPELINE = QuoteFinderTest.PIPELINE;

    /** Each claim as "actor stance content [-> index of the contradicted claim]". */
    private static List<String> claims(String text) {
        Document d = LINKER.apply(PIPELINE.process(Article.ofText("t", text, null)));
        List<Claim> claims = d.claims();
        return claims.stream().map(c -> c.speaker().map(m -> m.actor().code()).orElse("-") + " "
                + c.stance().label() + " " + d.text(c.span()) + c.contradicts().map(id -> " -> "
                + claims.stream().map(Claim::id).toList().indexOf(id)).orElse("")).toList();
    }

    @Test
    void aDenialWithSynonymsIsLinkedToTheClaimItContradicts() {
        assertThat(claims("The Ruritanian army said rebels operate from hideouts in Kenya. "
                + "Kenya denied that it shelters rebels in safe havens on its soil."))
                .containsExactly("RURMIL asserts rebels operate from hideouts in Kenya",
                        "KEN denies it shelters rebels in safe havens on its soil -> 0");
    }

    @Test
    void anExistentialNegationDenies() {
        assertThat(claims("Elena Marsh said militants use camps near the river. "
                + "“There are no militant bases anywhere near the river,” the Kenyan spokesman said."))
                .containsExactly("RURGOV asserts militants use camps near the river",
                        "KENGOV denies There are no militant bases anywhere near the river, -> 0");
    }

    @Test
    void unrelatedDenialsAndSelfContradictionsStayUnlinked() {
        assertThat(claims("Kenya said rebels operate from hideouts. Kenya denied that rebels use safe havens."))
                .containsExactly("KEN asserts rebels operate from hideouts", "KEN denies rebels use safe havens");
        assertThat(claims("Ruritania said rebels operate from hideouts. Kenya denied raising taxes on fuel."))
                .containsExactly("RUR asserts rebels operate from hideouts", "KEN denies raising taxes on fuel");
    }

    @Test
    void cueStances() {
        assertThat(claims("Kenya accused Ruritania of shelling the town. Ruritania promised to withdraw its troops. "
                + "Kenya rejected claims that talks had begun."))
                .containsExactly("KEN accuses Ruritania of shelling the town",
                        "RUR promises to withdraw its troops", "KEN rejects claims that talks had begun");
        // issue 6: rejecting a plain object ("the offer of talks") reports no statement, so no claim
        assertThat(claims("Kenya rejected the offer of talks.")).isEmpty();
    }
}
