package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;

/**
 * The one place where exceptions become HTTP responses. Every error is a JSON object
 * {@code {"status": 404, "error": "Not Found", "message": "…"}} with the same status code on the response; a
 * stack trace never reaches the client (an unexpected exception is answered 500 "internal error" and its class and
 * message go to the server's standard error).
 */
final class ErrorMapping {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorMapping() {
    }

    /** Registers the handlers on a Javalin configuration. */
    static void install(JavalinConfig config, PrintStream log) {
        config.routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            log.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            respond(ctx, 500, "internal error; the server log says more");
        });
        // Errors that no handler threw (no such route, a refused body): the same JSON shape.
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            config.routes.error(status, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    respond(ctx, status, status == 404 ? "no such page or API route: " + ctx.path()
                            : status == 413 ? "the request body is too large" : reason(status).toLowerCase());
                }
            });
        }
    }

    /** Writes the JSON error body. */
    static void respond(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message == null || message.isBlank() ? reason(status) : message);
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
