package org.dyad.ingest;

import java.util.Objects;
import java.util.Optional;
import org.dyad.document.Span;

/**
 * A dateline prefix found at the start of an article body, such as {@code NAIROBI, Sept 20 (Reuters) - }.
 *
 * @param text   the place and, when written, the date, exactly as in the text: "NAIROBI, Sept 20"; the agency and the
 *               separator are not part of it. The date is kept as text; resolving it is not the reader's job.
 * @param agency the news agency named in brackets ("Reuters", "AP"), when there is one
 * @param prefix character offsets of the whole prefix in the text: from the first letter of the place up to the first
 *               character of the body (so the separator and the whitespace after it are included)
 */
public record Dateline(String text, Optional<String> agency, Span prefix) {
    public Dateline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(prefix, "prefix");
    }

    /** Offset of the first character of the body after this prefix. */
    public int bodyStart() {
        return prefix.end();
    }
}
