package org.dyad.dictionary;

/**
 * One non-blank line of a dictionary file after comments have been removed (see
 * {@link DictionaryText#lines(String, String, DictionaryReport, boolean)}).
 *
 * @param number 1-based line number in the source file, used in warnings and {@code origin} strings
 * @param text   the line without comments and without trailing blanks; leading blanks and tabs are kept
 *               because the actor format gives them meaning (a tab starts a date-restriction line)
 */
public record DictionaryLine(int number, String text) {

    /** True when the line starts with a blank or a tab. */
    public boolean indented() {
        return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
    }

    /** The text without leading and trailing blanks. */
    public String trimmed() {
        return text.strip();
    }
}
