package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.StoreException;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dyad serve}: the web UI and REST API over a store ({@link WebServer}), bound to 127.0.0.1 unless
 * {@code --host} says otherwise. The dictionaries and the pipeline for the paste-and-code page are loaded once, at
 * start. Runs until interrupted (Ctrl-C). Exit status ({@link ErrorPolicy}): 1 when the store cannot be opened or the
 * address cannot be bound, 2 for a wrong command line.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Serve the web UI and the REST API (JSON, OpenAPI at /api/openapi.json) over the store.",
        footer = {"", "Pages: / (articles), /events.html, /timeline.html, /network.html, /map.html, /claims.html,"
                + " /code.html (paste an article). Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Mixin
    private DictionaryOptions dictionaries;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    private String host = "127.0.0.1";

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    private long maxBody = WebServer.DEFAULT_MAX_BODY;

    private final PipelineFactory factory;
    private final Consumer<WebServer> whileServing;

    public ServeCommand() {
        this(new PipelineFactory(), ServeCommand::untilShutdown);
    }

    /** For tests: what to do while the server runs (the default waits until the JVM shuts down). */
    ServeCommand(PipelineFactory factory, Consumer<WebServer> whileServing) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.whileServing = Objects.requireNonNull(whileServing, "whileServing");
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a port; use 0 to 65535");
        }
        if (maxBody < 1) {
            throw new ParameterException(spec.commandLine(), "--max-body: give a positive number of bytes");
        }
        dictionaries.validate();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isRegularFile(store.db())) {
            throw new CommandFailedException("no store at " + store.db() + "; run `dyad ingest` first or give --db",
                    new java.nio.file.NoSuchFileException(store.db().toString()));
        }
        Dictionaries loaded = factory.dictionaries(dictionaries);
        Pipeline pipeline = factory.create(dictionaries, loaded);
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Settings(store.db(), host, port, pipeline, loaded.cameo(), maxBody),
                    System.err);
        } catch (StoreException e) {
            throw new CommandFailedException(e.getMessage(), e);
        } catch (io.javalin.util.JavalinBindException e) {
            throw new CommandFailedException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another --port", e);
        }
        try {
            err.println("dyad: serving " + store.db() + " on http://" + (host.contains(":") ? "[" + host + "]" : host)
                    + ":" + server.port() + "/ (Ctrl-C to stop)");
            err.flush();
            whileServing.accept(server);
        } finally {
            server.close();
        }
        return ErrorPolicy.CODED;
    }

    /** Blocks until the JVM shuts down (Ctrl-C), then lets {@link #call()} close the server. */
    private static void untilShutdown(WebServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        closed.countDown();
    }
}
