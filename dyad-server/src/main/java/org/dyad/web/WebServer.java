package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.dyad.event.CameoTable;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.DuckDbEventStore;
import org.dyad.store.StoreException;

/**
 * The web front door: the REST API ({@link EventRoutes}) and the pages (static HTML and scripts under the resource
 * folder {@code org/dyad/web/static}, browser libraries from WebJars under {@code /webjars/}), served by Javalin from
 * one read-only store. Nothing is fetched from outside: no CDN, no map tiles.
 *
 * <p>Safety: request bodies over {@link Settings#maxBodyBytes()} are refused with 413 before they are read; every
 * error is JSON with a status code ({@link ErrorMapping}); pages are sent with a Content-Security-Policy that allows
 * scripts from this server only, and the pages put store text into the DOM as text, never as HTML.
 */
public final class WebServer implements AutoCloseable {
    /** Default request body limit: 1 MiB. */
    public static final long DEFAULT_MAX_BODY = 1 << 20;
    /** Connections to the store, one per concurrent request. */
    private static final int CONNECTIONS = 8;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'";

    private final DuckDbEventStore store;
    private final ConnectionPool pool;
    private final Javalin app;
    private final List<Route> routes;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * What the server needs.
     *
     * @param db           the DuckDB store file (opened read-only)
     * @param host         the interface to bind, e.g. {@code 127.0.0.1}
     * @param port         the port, 0 for any free one
     * @param pipeline     the coding pipeline for pasted articles, built once
     * @param cameo        the CAMEO code table, for event names
     * @param maxBodyBytes the largest request body accepted, in bytes
     */
    public record Settings(Path db, String host, int port, Pipeline pipeline, CameoTable cameo, long maxBodyBytes) {
        public Settings {
            Objects.requireNonNull(db, "db");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(cameo, "cameo");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
        }
    }

    private WebServer(DuckDbEventStore store, ConnectionPool pool, Javalin app, List<Route> routes) {
        this.store = store;
        this.pool = pool;
        this.app = app;
        this.routes = routes;
    }

    /**
     * Opens the store and starts serving.
     *
     * @param settings the store, address, pipeline and limits
     * @param log      where unexpected errors are written (one line each, never sent to clients)
     * @return the running server; {@link #port()} is the port bound
     * @throws StoreException when the store cannot be opened
     * @throws IllegalStateException when the port cannot be bound (Javalin's message)
     */
    public static WebServer start(Settings settings, PrintStream log) {
        DuckDbEventStore store = DuckDbEventStore.openReadOnly(settings.db());
        ConnectionPool pool = null;
        try {
            pool = new ConnectionPool(store.connection(), CONNECTIONS);
            StoreQueries queries = new StoreQueries(pool, settings.cameo());
            EventRoutes api = new EventRoutes(queries, new ArticleCoder(settings.pipeline(), queries));
            long maxBody = settings.maxBodyBytes();
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.http.maxRequestSize = maxBody;
                config.staticFiles.enableWebjars();
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/org/dyad/web/static";
                    files.location = Location.CLASSPATH;
                });
                config.routes.before(ctx -> {
                    ctx.header("Content-Security-Policy", CSP);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "no-referrer");
                    long length = ctx.req().getContentLengthLong();
                    if (length > maxBody) {
                        throw new ApiException(413, "the request body is " + length + " bytes; at most " + maxBody
                                + " are accepted");
                    }
                });
                // errors Jetty answers itself, before any route (a bad URI, an over-long path): JSON too
                config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
                ErrorMapping.install(config, log);
                api.register(config);
            });
            app.start(settings.host(), settings.port());
            return new WebServer(store, pool, app, api.routes());
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            store.close();
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The API routes served, as registered (documented in {@code /api/openapi.json}). */
    public List<Route> routes() {
        return routes;
    }

    /** Stops serving and closes the store; closing twice does nothing more. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        app.stop();
        pool.close();
        store.close();
    }
}
