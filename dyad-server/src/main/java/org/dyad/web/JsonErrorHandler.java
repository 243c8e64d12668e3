package org.dyad.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the errors it answers before any route runs (a URI it refuses, such as an encoded NUL or
 * an ambiguous {@code ..} segment; a path too long, 414): the same JSON shape as {@link ErrorMapping},
 * {@code {"status": 400, "error": "Bad Request", "message": "…"}}, instead of Jetty's HTML page. Never a stack trace:
 * the cause is not written.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = HttpStatus.getMessage(code);
        ObjectNode body = RowsJson.NODES.objectNode();
        body.put("status", code);
        body.put("error", reason);
        body.put("message", message == null || message.isBlank() ? reason : message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
