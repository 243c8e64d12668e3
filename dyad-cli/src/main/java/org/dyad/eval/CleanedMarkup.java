package org.dyad.eval;

import java.util.Objects;

/**
 * A records file after {@link PetrarchMarkupCleaner}: XML a strict parser accepts, and what was done to get it.
 *
 * @param xml     the cleaned text; every line break of the input is kept, so parser line numbers still point
 *                into the original file
 * @param repairs the counts of what was removed or escaped
 */
public record CleanedMarkup(String xml, MarkupRepairs repairs) {
    public CleanedMarkup {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(repairs, "repairs");
    }
}
