package org.dyad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.dyad.geo.Gazetteer;

/**
 * Measures the bundled gazetteer ({@link Gazetteer#load()}, issue 5 asks under 1 s and 300 MB): the time of the
 * first load in a fresh JVM (class loading included), the best of the following loads, and the heap the loaded
 * gazetteer keeps reachable (heap used after a full collection with the gazetteer held, minus heap used after one
 * before loading), in MiB.
 *
 * <pre>
 *   ./mvnw -q -o -pl bench -am package -DskipTests
 *   java -Xmx1g -cp bench/target/dyad-bench.jar org.dyad.bench.GazetteerLoad [LOADS]
 * </pre>
 * LOADS (default 5) is how many loads to time after the first.
 */
public final class GazetteerLoad {
    private GazetteerLoad() {
    }

    /**
     * @param args optional number of timed loads after the first (a positive integer)
     */
    public static void main(String[] args) {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (loads < 1) {
            throw new IllegalArgumentException("LOADS must be at least 1, was " + loads);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.load();
        double first = (System.nanoTime() - t0) / 1e9;
        memory.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        double retained = (after - before) / (1024.0 * 1024.0);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < loads; i++) {
            long t = System.nanoTime();
            Gazetteer again = Gazetteer.load();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            if (again.size() != gazetteer.size()) {
                throw new IllegalStateException("gazetteer loads differ");
            }
        }
        System.out.printf(Locale.ROOT, "%s%nfirst load %.2f s, best of %d more %.2f s, heap kept %.0f MiB%n",
                gazetteer, first, loads, best, retained);
        // keep the first gazetteer reachable until its heap was measured
        if (gazetteer.size() == 0) {
            System.out.println("empty gazetteer");
        }
    }
}
