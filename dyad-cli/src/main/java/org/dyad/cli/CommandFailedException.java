package org.dyad.cli;

/**
 * A command could not do its job for a reason outside any one article: the pipeline cannot be built, or the output
 * cannot be written. {@link ErrorPolicy} prints the message on one line, without a stack trace, and exits with
 * {@link ErrorPolicy#NOTHING_CODED}.
 */
public final class CommandFailedException extends RuntimeException {

    /**
     * @param message what went wrong and, where possible, what to do ("cannot write out.jsonl: permission denied")
     * @param cause   the underlying exception, kept for debugging
     */
    public CommandFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
