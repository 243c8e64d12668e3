package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The records of one PETRARCH suite file, with the bookkeeping needed to check that nothing was lost.
 *
 * <p>Every {@code <EventCoding>} element is one of three kinds, so
 * {@code eventCodings == expectedCodings() + noEventsMarkers + errorMarkers}.
 *
 * @param records          the {@code <Sentence>} records in file order (none after a {@code <Stop>} element)
 * @param eventCodings     {@code <EventCoding>} elements read in those records
 * @param noEventsMarkers  of those, {@code noevents="True"} markers
 * @param errorMarkers     of those, {@code error="..."} markers (records PETRARCH should reject)
 * @param configDirectives {@code <Config>} elements seen; they switch PETRARCH options between records and
 *                         are not applied here
 * @param include          the categories the file's {@code <Include>} element lists, in order; empty if none
 * @param recordsAfterStop {@code <Sentence>} records dropped because they follow a {@code <Stop>} element
 * @param repairs          what the markup cleaner changed to make the file parse
 */
public record PetrarchRecordSet(List<PetrarchRecord> records, int eventCodings, int noEventsMarkers, int errorMarkers,
                                int configDirectives, List<String> include, int recordsAfterStop,
                                MarkupRepairs repairs) {
    public PetrarchRecordSet {
        records = List.copyOf(records);
        include = List.copyOf(include);
        Objects.requireNonNull(repairs, "repairs");
    }

    /** The number of expected (source, target, code) codings over all records. */
    public int expectedCodings() {
        return records.stream().mapToInt(r -> r.expected().size()).sum();
    }

    /** The number of records the file marks as not to be evaluated. */
    public int bypassed() {
        return (int) records.stream().filter(r -> !r.evaluate()).count();
    }

    /** One line per thing worth knowing about how the file was read; empty when there is nothing to say. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (repairs.nestedComments() > 0) {
            notes.add(repairs.nestedComments() + " comment(s) nested inside another comment: removed with it");
        }
        if (repairs.pseudoElements() > 0) {
            notes.add(repairs.pseudoElements() + " non-XML <Name {json}> line(s) dropped");
        }
        if (repairs.escapedAmpersands() > 0) {
            notes.add(repairs.escapedAmpersands() + " bare '&' escaped");
        }
        if (recordsAfterStop > 0) {
            notes.add(recordsAfterStop + " record(s) after <Stop> dropped");
        }
        if (configDirectives > 0) {
            notes.add(configDirectives + " <Config> directive(s) ignored (PETRARCH options switched between records)");
        }
        if (bypassed() > 0) {
            notes.add(bypassed() + " record(s) marked sentence/evaluate=\"false\" (not implemented in PETRARCH)");
        }
        return notes;
    }
}
