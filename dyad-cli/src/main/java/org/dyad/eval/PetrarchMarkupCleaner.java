package org.dyad.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a PETRARCH records file acceptable to a strict XML parser, counting every change.
 *
 * <p>The files are hand-edited and not always well-formed. The ud-2.02 records, for instance, nest a
 * {@code <!-- ... -->} inside their header comment and carry {@code <PLEvent {"event": ...}>} lines that are
 * JSON, not XML. The cleaner, in order:
 * <ol>
 *   <li>removes every comment, counting nesting ({@code <!--} inside a comment opens another level, each
 *       {@code -->} closes one), but keeps the line breaks it covered;</li>
 *   <li>drops each pseudo-element {@code <Name {...}>} written on one line;</li>
 *   <li>escapes a bare {@code &} that starts no entity or character reference.</li>
 * </ol>
 * For a well-formed file the result parses exactly as the original does: legal comments cannot contain
 * {@code --}, so nesting never arises.
 *
 * <p>Stateless and thread-safe.
 */
public final class PetrarchMarkupCleaner {
    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    private static final Pattern PSEUDO_ELEMENT =
            Pattern.compile("<[A-Za-z][\\w.:-]*[ \\t]+\\{[^\\n]*}[ \\t]*/?>");
    private static final Pattern BARE_AMPERSAND =
            Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)");

    private PetrarchMarkupCleaner() {
    }

    /**
     * Cleans one file's text.
     *
     * @param raw the file as read (a leading byte-order mark is dropped)
     * @return the cleaned XML and the repair counts
     * @throws EvalInputException if a comment is never closed (the rest of the file would vanish silently)
     */
    public static CleanedMarkup clean(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        StringBuilder out = new StringBuilder(text.length());
        int comments = 0;
        int nested = 0;
        int depth = 0;
        int line = 1;
        int openedAtLine = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(OPEN, i)) {
                if (depth == 0) {
                    comments++;
                    openedAtLine = line;
                } else {
                    nested++;
                }
                depth++;
                i += OPEN.length();
            } else if (depth > 0 && text.startsWith(CLOSE, i)) {
                depth--;
                i += CLOSE.length();
            } else {
                char c = text.charAt(i);
                if (c == '\n') {
                    line++;
                }
                if (depth == 0 || c == '\n') {
                    out.append(c);
                }
                i++;
            }
        }
        if (depth > 0) {
            throw new EvalInputException("comment opened at line " + openedAtLine
                    + " is never closed; add the missing '-->'");
        }
        Matcher pseudo = PSEUDO_ELEMENT.matcher(out);
        int pseudoElements = 0;
        StringBuilder withoutPseudo = new StringBuilder(out.length());
        while (pseudo.find()) {
            pseudoElements++;
            pseudo.appendReplacement(withoutPseudo, "");
        }
        pseudo.appendTail(withoutPseudo);
        Matcher ampersand = BARE_AMPERSAND.matcher(withoutPseudo);
        int ampersands = 0;
        StringBuilder escaped = new StringBuilder(withoutPseudo.length());
        while (ampersand.find()) {
            ampersands++;
            ampersand.appendReplacement(escaped, "&amp;");
        }
        ampersand.appendTail(escaped);
        return new CleanedMarkup(escaped.toString(), new MarkupRepairs(comments, nested, pseudoElements, ampersands));
    }
}
