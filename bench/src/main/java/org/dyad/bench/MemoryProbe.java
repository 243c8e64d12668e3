package org.dyad.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the memory of one timed pass: heap used sampled after each article, heap left after each garbage
 * collection (from the collectors' notifications, so a collection between two samples is not missed), garbage
 * collections, and the process's peak resident set ({@code VmHWM} in {@code /proc/self/status}).
 *
 * <p>Heap used right after an article counts garbage not yet collected, so its peak mostly follows {@code -Xmx} and
 * the collector; heap after GC is what stayed reachable (plus garbage already promoted) and is the figure to size
 * {@code -Xmx} by. {@link #reset()} starts a new pass: it clears the peaks and, where Linux allows, the kernel's
 * peak RSS ({@code echo 5 > /proc/self/clear_refs}); otherwise the RSS peak is the process's since it started.
 */
final class MemoryProbe implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong heapAfterGcPeak = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            heapAfterGcPeak.accumulateAndGet(after, Math::max);
        }
    };
    private long heapPeak;
    private long gcCountAtReset;
    private long gcMillisAtReset;
    private boolean rssPeakReset;

    MemoryProbe() {
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    /** Starts a new pass: clears every peak. */
    void reset() {
        heapPeak = 0;
        heapAfterGcPeak.set(0);
        gcCountAtReset = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        gcMillisAtReset = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        try {
            Files.writeString(CLEAR_REFS, "5");
            rssPeakReset = true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Not Linux, or not allowed: the RSS peak then covers the whole process, which the report says.
            rssPeakReset = false;
        }
    }

    /** Records the heap in use now; call after each article. */
    void sample() {
        heapPeak = Math.max(heapPeak, memory.getHeapMemoryUsage().getUsed());
    }

    /** The figures since {@link #reset()}. */
    MemoryFigures figures() {
        sample();
        long gcCount = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum() - gcCountAtReset;
        long gcMillis = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum() - gcMillisAtReset;
        long rssPeakKilobytes = statusKilobytes("VmHWM");
        return new MemoryFigures(heapPeak, heapAfterGcPeak.get(), rssPeakKilobytes < 0 ? -1 : rssPeakKilobytes * 1024,
                rssPeakReset, gcCount, gcMillis);
    }

    /** Names of the garbage collectors in use, e.g. "G1 Young Generation, G1 Old Generation". */
    String collectorNames() {
        return collectors.stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
    }

    /** The largest heap the JVM may use ({@code -Xmx}), in bytes. */
    long maxHeap() {
        MemoryUsage heap = memory.getHeapMemoryUsage();
        return heap.getMax();
    }

    /** A field of {@code /proc/self/status} in kB ("VmHWM:  123456 kB"), or -1 where there is none (not Linux). */
    private static long statusKilobytes(String field) {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No /proc (not Linux): reported as unknown.
        }
        return -1;
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : collectors) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // Never added: nothing to remove.
                }
            }
        }
    }
}
