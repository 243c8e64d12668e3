package org.dyad.cli.input;

/**
 * Thrown inside this package when a file, or one line of it, cannot be read as text; {@link ArticleSource} turns it
 * into one {@link org.dyad.ingest.ReadResult.Unreadable} and goes on.
 */
final class UnreadableInputException extends Exception {
    private final String origin;

    /**
     * @param origin  "file" or "file:line"
     * @param message what was wrong, in words a user can act on
     */
    UnreadableInputException(String origin, String message) {
        super(message, null, false, false);
        this.origin = origin;
    }

    String origin() {
        return origin;
    }
}
