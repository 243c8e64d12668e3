package org.dyad.dictionary;

import java.util.Objects;

/**
 * One finding of {@link DictionaryLinter}: a mistake or a doubtful entry in a dictionary file.
 *
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING}
 * @param file     the file as named to the linter ("CAMEO.2.0.txt", "my/actors.txt")
 * @param line     1-based line the finding is about; 0 for the file as a whole
 * @param check    the check that found it, one of the {@code DictionaryLinter} check names ("unknown-code",
 *                 "duplicate", …)
 * @param message  what is wrong, in words that say what to fix
 */
public record LintFinding(Severity severity, String file, int line, String check, String message) {
    public LintFinding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
    }

    /** How bad a finding is. */
    public enum Severity {
        /** The dictionary would give a wrong or garbled code, or states something impossible: fix it. */
        ERROR,
        /** The dictionary loads and codes, but part of it is lost, ambiguous or dead: worth a look. */
        WARNING;

        /** Lower-case name as printed ("error"). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code "error: FILE:LINE: message [check]"}, without {@code :LINE} for line 0. */
    @Override
    public String toString() {
        return severity.label() + ": " + file + (line > 0 ? ":" + line : "") + ": " + message + " [" + check + "]";
    }
}
