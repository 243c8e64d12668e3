package org.dyad.eval;

/**
 * What {@link PetrarchMarkupCleaner} removed or changed to make a records file parse as XML.
 *
 * @param comments          top-level {@code <!-- -->} comments removed (harmless: every comment is removed)
 * @param nestedComments    comments opened inside another comment (illegal XML; the ud-2.02 header has one)
 * @param pseudoElements    non-XML lines of the form {@code <Name {json}>} dropped (ud-2.02's {@code <PLEvent ...>})
 * @param escapedAmpersands bare {@code &} characters outside any entity, escaped to {@code &amp;}
 * @throws IllegalArgumentException if a count is negative
 */
public record MarkupRepairs(int comments, int nestedComments, int pseudoElements, int escapedAmpersands) {
    public MarkupRepairs {
        if (comments < 0 || nestedComments < 0 || pseudoElements < 0 || escapedAmpersands < 0) {
            throw new IllegalArgumentException("negative repair count");
        }
    }

    /** True when only whole, well-formed comments were removed: the input was already well-formed XML. */
    public boolean wellFormed() {
        return nestedComments == 0 && pseudoElements == 0 && escapedAmpersands == 0;
    }
}
