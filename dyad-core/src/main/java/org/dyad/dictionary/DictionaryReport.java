package org.dyad.dictionary;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the warnings that dictionary readers raise while parsing: malformed lines, undecodable bytes,
 * references to undefined synsets. Readers never throw on bad input; they skip the line and report it here.
 *
 * <p>Each warning is one string {@code "FILE:LINE: message"}, e.g.
 * {@code "Phoenix.agents.txt:544: code bracket closed with '}'; read as [~ENV]"}. A warning about a whole file
 * uses line 0 and reads {@code "FILE: message"}. The report is safe to share between threads.
 */
public final class DictionaryReport {
    private final List<String> warnings = new ArrayList<>();

    /**
     * Records one warning.
     *
     * @param source file name as given to the reader, e.g. "CAMEO.2.0.txt"
     * @param line   1-based line number, or 0 for the file as a whole
     * @param msg    what was wrong and what the reader did about it
     */
    public synchronized void warn(String source, int line, String msg) {
        warnings.add(line > 0 ? source + ":" + line + ": " + msg : source + ": " + msg);
    }

    /** Appends all warnings of another report, in their order (used to merge reports of files read in parallel). */
    public void addAll(DictionaryReport other) {
        List<String> theirs = other.warnings();
        synchronized (this) {
            warnings.addAll(theirs);
        }
    }

    /** All warnings so far, in the order they were raised; an unmodifiable copy. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The warnings raised for one source file (those starting with {@code source + ":"}). */
    public synchronized List<String> warningsFor(String source) {
        String prefix = source + ":";
        return warnings.stream().filter(w -> w.startsWith(prefix)).toList();
    }

    /** True when no warning has been recorded. */
    public synchronized boolean isEmpty() {
        return warnings.isEmpty();
    }

    @Override
    public synchronized String toString() {
        return String.join("\n", warnings);
    }
}
