package org.dyad.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.cli.CommandFailedException;

/**
 * Times the baseline in a second JVM: the same java, JVM options ({@code -Xmx}…) and class path as this one, and
 * the same CPU affinity ({@code taskset} is inherited). In a process of its own the baseline's heap and RSS figures
 * hold no dictionaries, and the JVM that measures the full pipeline starts cold. The child runs
 * {@code Throughput --baseline-only} and prints its {@link PassFigures} as one JSON line; its progress lines are
 * passed on to this command's standard error.
 */
final class BaselineJvm {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private BaselineJvm() {
    }

    /**
     * Runs the baseline over the same articles and waits for it.
     *
     * @param err where the child's standard error goes, line by line
     * @throws CommandFailedException when the child JVM fails or prints no figures
     */
    static PassFigures run(Path corpus, int articles, int warmup, Path warmupFrom, int slowest, PrintWriter err) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Throughput.class.getName(),
                corpus.toString(), "--articles", Integer.toString(articles), "--warmup", Integer.toString(warmup),
                "--slowest", Integer.toString(slowest), "--baseline-only"));
        if (warmupFrom != null) {
            command.addAll(List.of("--warmup-from", warmupFrom.toString()));
        }
        try {
            Process child = new ProcessBuilder(command).start();
            child.getOutputStream().close();
            Thread copier = new Thread(() -> copyLines(child.getErrorStream(), err), "baseline JVM stderr");
            copier.start();
            String out;
            try (InputStream in = child.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            }
            int status = child.waitFor();
            copier.join();
            if (status != 0 || out.isEmpty()) {
                throw new CommandFailedException("the baseline JVM failed (exit status " + status
                        + "); its messages are above. Run with --no-baseline to skip it", null);
            }
            return fromJson(out.lines().reduce((first, second) -> second).orElseThrow());
        } catch (IOException e) {
            throw new CommandFailedException("cannot start the baseline JVM: " + e.getMessage()
                    + "; run with --no-baseline to skip it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while the baseline ran", e);
        }
    }

    private static void copyLines(InputStream from, PrintWriter to) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                to.println(line);
                to.flush();
            }
        } catch (IOException e) {
            to.println("throughput: lost the baseline JVM's messages: " + e.getMessage());
        }
    }

    /** The figures as the child prints them: the record's components, as Jackson writes records. */
    static String toJson(PassFigures figures) {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the baseline figures", e);
        }
    }

    static PassFigures fromJson(String line) {
        try {
            return JSON.readValue(line, PassFigures.class);
        } catch (JsonProcessingException e) {
            throw new CommandFailedException("the baseline JVM printed no figures but: " + line, e);
        }
    }
}
