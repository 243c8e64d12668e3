package org.dyad.eval;

/**
 * An evaluation input (a records file, a gold file, the shared directory) is missing or cannot be read as
 * what it claims to be. The message names the file, the place in it when known, and what to fix.
 */
public final class EvalInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvalInputException(String message) {
        super(message);
    }

    public EvalInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
