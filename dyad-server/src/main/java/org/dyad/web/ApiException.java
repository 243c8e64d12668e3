package org.dyad.web;

/**
 * A request the API refuses, with the HTTP status to answer and a message that says what to change. Handlers throw
 * it; {@link ErrorMapping} turns it into the JSON error body, in one place.
 */
public final class ApiException extends RuntimeException {
    private final int status;

    /**
     * @param status  the HTTP status code (400 for a bad parameter, 404 for an unknown id, 413, 422…)
     * @param message what was wrong and how to fix it, e.g. "from: '2017-13-01' is not a date; use YYYY-MM-DD"
     */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A 400 Bad Request. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** A 404 Not Found. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }
}
