package org.dyad.web;

/**
 * One API route the server answers, as registered: an HTTP method and a Javalin path ({@code /api/articles/{id}}).
 * The OpenAPI document must list exactly these (checked by a test).
 *
 * @param method HTTP method in upper case, e.g. GET
 * @param path   the path with {@code {name}} path parameters
 */
public record Route(String method, String path) {
}
