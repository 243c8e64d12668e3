package org.dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.dyad.cli.ErrorPolicy;
import org.dyad.pipeline.Failure;

/**
 * Prints a {@link ThroughputRun}: a table for people, then one JSON line with the same figures for notes and
 * scripts (the last line of the output).
 */
final class ThroughputReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MIB = 1024.0 * 1024.0;
    /** Failures listed in the table; the JSON line and the counts have them all. */
    private static final int FAILURES_SHOWN = 20;

    private ThroughputReport() {
    }

    static void print(ThroughputRun run, PrintWriter out) {
        printTable(run, out);
        out.println(json(run));
        out.flush();
    }

    static void printTable(ThroughputRun run, PrintWriter out) {
        ThroughputRun.Jvm jvm = run.jvm();
        ThroughputRun.Startup startup = run.startup();
        out.printf(Locale.ROOT, "corpus     %s: %,d articles, %,d chars, %,d unreadable lines%n", run.corpus(),
                run.articles(), run.characters(), run.unreadable());
        out.printf(Locale.ROOT, "JVM        %s, %s, max heap %,.0f MiB, %d processor(s), %.2f s to main%n",
                jvm.version(), jvm.collectors(), jvm.maxHeapBytes() / MIB, jvm.processors(), jvm.millisToMain() / 1e3);
        out.printf(Locale.ROOT, "machine    1-minute load average %.2f at start, %.2f at end%n", jvm.loadBefore(),
                jvm.loadAfter());
        out.printf(Locale.ROOT, "start-up   models %.2f s + dictionaries %.2f s + pipeline %.2f s = %.2f s"
                        + " (%,d dictionary warnings)%n",
                startup.modelsNanos() / 1e9, startup.dictionariesNanos() / 1e9, startup.pipelineNanos() / 1e9,
                startup.totalNanos() / 1e9, startup.dictionaryWarnings());
        out.printf(Locale.ROOT, "warm-up    %,d articles %s before each timed pass; one thread%s%n%n",
                run.warmupArticles(), run.warmupCorpus().equals(run.corpus()) ? "of the same corpus"
                        : "from " + run.warmupCorpus() + ", none of them timed",
                run.baseline().isPresent() ? "; the baseline ran in a JVM of its own, with the same options" : "");

        PassFigures full = run.full();
        Optional<PassFigures> base = run.baseline();
        out.printf(Locale.ROOT, "%-24s %14s %14s %14s%n", "", "full", "baseline", "full/baseline");
        row(out, "articles", "%,.0f", full, base, p -> p.articles(), false);
        row(out, "sentences", "%,.0f", full, base, p -> p.sentences(), true);
        row(out, "tokens", "%,.0f", full, base, p -> p.tokens(), true);
        row(out, "events", "%,.0f", full, base, p -> p.events(), false);
        row(out, "failures", "%,.0f", full, base, p -> p.failures().size(), false);
        row(out, "seconds", "%,.2f", full, base, PassFigures::seconds, true);
        row(out, "CPU seconds", "%,.2f", full, base, PassFigures::cpuSeconds, true);
        row(out, "sentences/CPU s", "%,.0f", full, base, PassFigures::sentencesPerCpuSecond, true);
        row(out, "articles/s", "%,.1f", full, base, PassFigures::articlesPerSecond, true);
        row(out, "sentences/s", "%,.0f", full, base, PassFigures::sentencesPerSecond, true);
        row(out, "tokens/s", "%,.0f", full, base, PassFigures::tokensPerSecond, true);
        row(out, "events/100 sentences", "%,.2f", full, base, PassFigures::eventsPer100Sentences, false);
        row(out, "heap peak MiB", "%,.0f", full, base, p -> p.memory().heapPeakBytes() / MIB, true);
        row(out, "heap after GC peak MiB", "%,.0f", full, base, p -> p.memory().heapAfterGcPeakBytes() / MIB, true);
        row(out, "RSS peak MiB", "%,.0f", full, base, p -> p.memory().rssPeakBytes() / MIB, true);
        row(out, "GC count", "%,.0f", full, base, p -> p.memory().gcCount(), false);
        row(out, "GC ms", "%,.0f", full, base, p -> p.memory().gcMillis(), false);
        if (!full.memory().rssPeakOfPass()) {
            out.println("(RSS peak: /proc/self/clear_refs could not be written, so it is the process's peak so far)");
        }

        if (!full.slowest().isEmpty()) {
            out.printf(Locale.ROOT, "%nslowest articles, full pipeline (ms: the fastest of %d runs; pass ms: the timed"
                    + " pass's)%n%9s %9s %8s %9s %7s %8s  %s%n", TimedPass.RETIMES + 1, "ms", "pass ms", "chars", "sentences", "tokens", "tokens/s",
                    "id (origin)");
            for (ArticleTime t : full.slowest()) {
                out.printf(Locale.ROOT, "%9.1f %9.1f %,8d %,9d %,7d %,8.0f  %s (%s)%n", t.fastestNanos() / 1e6,
                        t.nanos() / 1e6, t.characters(), t.sentences(), t.tokens(), t.tokens() / (t.fastestNanos() / 1e9),
                        t.id(), t.origin());
            }
        }
        printFailures(out, "full", full.failures());
        base.ifPresent(b -> printFailures(out, "baseline", b.failures()));
        out.println();
    }

    private static void row(PrintWriter out, String label, String format, PassFigures full, Optional<PassFigures> base,
                            ToDoubleFunction<PassFigures> figure, boolean ratio) {
        double f = figure.applyAsDouble(full);
        String b = base.map(p -> String.format(Locale.ROOT, format, figure.applyAsDouble(p))).orElse("-");
        String r = base.filter(p -> ratio && figure.applyAsDouble(p) != 0)
                .map(p -> String.format(Locale.ROOT, "%.2f", f / figure.applyAsDouble(p))).orElse("");
        out.printf(Locale.ROOT, "%-24s %14s %14s %14s%n", label, String.format(Locale.ROOT, format, f), b, r);
    }

    private static void printFailures(PrintWriter out, String pipeline, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%nfailures, %s pipeline (%,d)%n", pipeline, failures.size());
        failures.stream().limit(FAILURES_SHOWN).forEach(f -> out.println("  " + ErrorPolicy.describe(f)));
        if (failures.size() > FAILURES_SHOWN) {
            out.printf(Locale.ROOT, "  … and %,d more%n", failures.size() - FAILURES_SHOWN);
        }
    }

    /** The figures as one line of JSON. */
    static String json(ThroughputRun run) {
        ObjectNode root = JSON.createObjectNode();
        root.put("corpus", run.corpus());
        root.put("articles", run.articles());
        root.put("characters", run.characters());
        root.put("unreadable", run.unreadable());
        root.put("warmup_articles", run.warmupArticles());
        root.put("warmup_corpus", run.warmupCorpus());
        ObjectNode jvm = root.putObject("jvm");
        jvm.put("version", run.jvm().version());
        jvm.put("gc", run.jvm().collectors());
        jvm.put("max_heap_mib", Math.round(run.jvm().maxHeapBytes() / MIB));
        jvm.put("processors", run.jvm().processors());
        jvm.put("load_before", round(run.jvm().loadBefore(), 2));
        jvm.put("load_after", round(run.jvm().loadAfter(), 2));
        ObjectNode startup = root.putObject("startup_s");
        startup.put("models", round(run.startup().modelsNanos() / 1e9, 3));
        startup.put("dictionaries", round(run.startup().dictionariesNanos() / 1e9, 3));
        startup.put("pipeline", round(run.startup().pipelineNanos() / 1e9, 3));
        startup.put("total", round(run.startup().totalNanos() / 1e9, 3));
        pass(root.putObject("full"), run.full());
        run.baseline().ifPresent(base -> {
            pass(root.putObject("baseline"), base);
            ObjectNode ratio = root.putObject("full_over_baseline");
            ratio.put("seconds", round(run.full().seconds() / base.seconds(), 3));
            ratio.put("tokens_per_s", round(run.full().tokensPerSecond() / base.tokensPerSecond(), 3));
            ratio.put("heap_after_gc_peak", round((double) run.full().memory().heapAfterGcPeakBytes()
                    / Math.max(1, base.memory().heapAfterGcPeakBytes()), 3));
            ratio.put("rss_peak", round((double) run.full().memory().rssPeakBytes()
                    / Math.max(1, base.memory().rssPeakBytes()), 3));
        });
        return root.toString();
    }

    private static void pass(ObjectNode node, PassFigures p) {
        node.put("articles", p.articles());
        node.put("sentences", p.sentences());
        node.put("tokens", p.tokens());
        node.put("events", p.events());
        node.put("failures", p.failures().size());
        node.put("seconds", round(p.seconds(), 3));
        node.put("cpu_seconds", round(p.cpuSeconds(), 3));
        node.put("sentences_per_cpu_s", round(p.sentencesPerCpuSecond(), 1));
        node.put("articles_per_s", round(p.articlesPerSecond(), 2));
        node.put("sentences_per_s", round(p.sentencesPerSecond(), 1));
        node.put("tokens_per_s", round(p.tokensPerSecond(), 0));
        node.put("events_per_100_sentences", round(p.eventsPer100Sentences(), 2));
        node.put("heap_peak_mib", round(p.memory().heapPeakBytes() / MIB, 1));
        node.put("heap_after_gc_peak_mib", round(p.memory().heapAfterGcPeakBytes() / MIB, 1));
        node.put("rss_peak_mib", round(p.memory().rssPeakBytes() / MIB, 1));
        node.put("rss_peak_of_pass", p.memory().rssPeakOfPass());
        node.put("gc_count", p.memory().gcCount());
        node.put("gc_ms", p.memory().gcMillis());
        var slowest = node.putArray("slowest");
        for (ArticleTime t : p.slowest()) {
            slowest.addObject().put("id", t.id()).put("ms", round(t.fastestNanos() / 1e6, 1))
                    .put("pass_ms", round(t.nanos() / 1e6, 1)).put("chars", t.characters()).put("tokens", t.tokens());
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
