package org.dyad.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link PetrarchScore} as plain text: a table with one row per category and a total row, and on
 * request the records that were not coded perfectly, expected against produced.
 *
 * <p>Columns: records, expected codings, exact, partial, missed, extra, exact% (exact / expected, "-" when
 * nothing is expected), no-events records left silent / no-events records, and records on which the coder
 * failed. Stateless.
 */
public final class PetrarchReport {
    private static final String ROW = "%-12s %7s %8s %6s %7s %6s %6s %7s %9s %6s%n";

    private PetrarchReport() {
    }

    /**
     * The per-category table.
     *
     * @param title a first line, e.g. the suite name
     * @param score the score
     * @return the table, lines ending in the platform line separator
     */
    public static String table(String title, PetrarchScore score) {
        StringBuilder out = new StringBuilder();
        out.append(title).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, ROW, "category", "records", "expected", "exact", "partial", "missed",
                "extra", "exact%", "no-events", "failed"));
        for (Map.Entry<String, Tally> row : score.byCategory().entrySet()) {
            out.append(row(row.getKey(), row.getValue()));
        }
        out.append(row("ALL", score.overall()));
        return out.toString();
    }

    private static String row(String name, Tally t) {
        String percent = t.exactPercent().isPresent()
                ? String.format(Locale.ROOT, "%.1f", t.exactPercent().getAsDouble()) : "-";
        return String.format(Locale.ROOT, ROW, name, t.records(), t.expected(), t.exact(), t.partial(), t.missed(),
                t.extra(), percent, t.noEventsSilent() + "/" + t.noEvents(), t.failures());
    }

    /**
     * The records that were not coded perfectly, each with its text and every expected and produced coding
     * labelled exact, partial, missed or extra.
     *
     * @param score the score
     * @return the listing; "all records coded exactly" when there is nothing to list
     */
    public static String details(PetrarchScore score) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        for (RecordScore r : score.records()) {
            if (r.perfect()) {
                continue;
            }
            PetrarchRecord record = r.record();
            out.append(record.id()).append(" [").append(record.category()).append("] ").append(record.date())
                    .append(record.noEvents() ? "  (expects no events)" : "")
                    .append(record.evaluate() ? "" : "  (marked not to evaluate)").append(nl);
            out.append("  text     ").append(record.text()).append(nl);
            r.failure().ifPresent(f -> out.append("  FAILED   ").append(f).append(nl));
            for (CodingPair pair : r.exact()) {
                out.append("  exact    ").append(pair.expected()).append(nl);
            }
            for (CodingPair pair : r.partial()) {
                out.append("  partial  expected ").append(pair.expected()).append("  produced ")
                        .append(pair.produced()).append(nl);
            }
            for (ExpectedCoding missed : r.missed()) {
                out.append("  missed   ").append(missed).append(nl);
            }
            for (Coding extra : r.extra()) {
                out.append("  extra    ").append(extra).append(nl);
            }
        }
        return out.length() == 0 ? "all records coded exactly" + nl : out.toString();
    }
}
