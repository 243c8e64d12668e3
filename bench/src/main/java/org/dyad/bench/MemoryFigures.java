package org.dyad.bench;

/**
 * The memory of one timed pass, as {@link MemoryProbe} measured it.
 *
 * @param heapPeakBytes        most heap in use right after an article (garbage included)
 * @param heapAfterGcPeakBytes most heap still in use right after a garbage collection; 0 when none ran
 * @param rssPeakBytes         peak resident set of the process ({@code VmHWM}), or -1 where unknown (not Linux)
 * @param rssPeakOfPass        true when the RSS peak was reset at the start of the pass, false when it is the
 *                             process's peak since it started
 * @param gcCount              garbage collections during the pass, all collectors
 * @param gcMillis             time spent in them, as the collectors report it
 */
public record MemoryFigures(long heapPeakBytes, long heapAfterGcPeakBytes, long rssPeakBytes, boolean rssPeakOfPass,
                            long gcCount, long gcMillis) {
}
