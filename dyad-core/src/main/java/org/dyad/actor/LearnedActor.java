package org.dyad.actor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person the text names with a role that no actor dictionary holds: "Foreign Minister Khawaja Asif" in a passage
 * about Pakistan, when the dictionaries know no "KHAWAJA ASIF". One record is one piece of evidence; a corpus run
 * collects them in a reviewable file ({@code learned-actors.tsv}) where an analyst can confirm them as dictionary
 * entries.
 *
 * @param name          the name as the text writes it ("Khawaja Asif")
 * @param code          the CAMEO actor code the role gives ("PAKGOV")
 * @param role          the role as written ("Foreign Minister")
 * @param docId         the article's id
 * @param sentenceIndex 0-based index of the sentence holding the evidence
 * @param docDate       the document creation date, when known (the role is true on that date)
 * @param evidence      the words that state the role ("title 'Foreign Minister' in a passage about PAKISTAN")
 */
public record LearnedActor(String name, String code, String role, String docId, int sentenceIndex,
                           Optional<LocalDate> docDate, String evidence) {
    public LearnedActor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(docDate, "docDate");
        Objects.requireNonNull(evidence, "evidence");
    }
}
