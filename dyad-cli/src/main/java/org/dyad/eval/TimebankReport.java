package org.dyad.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders a {@link TimexScore} as the TempEval-3 table. */
public final class TimebankReport {
    private TimebankReport() {
    }

    /** The report: corpus, counts, then precision / recall / F1 for strict and relaxed spans, value and type. */
    public static String render(Path archive, int documents, TimexScore s) {
        StringBuilder b = new StringBuilder();
        b.append("TimeBank ").append(archive.getFileName()).append(": ").append(documents).append(" documents, ")
                .append(s.gold()).append(" gold timexes, ").append(s.system()).append(" found\n\n");
        b.append(String.format(Locale.ROOT, "%-22s %9s %9s %9s%n", "measure", "P", "R", "F1"));
        row(b, "strict span", s.strictPrecision(), s.strictRecall(), s.strictF1());
        row(b, "relaxed span", s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1());
        row(b, "value", s.valuePrecision(), s.valueRecall(), s.valueF1());
        b.append(String.format(Locale.ROOT, "%-22s %29.1f%n", "type F1", 100 * s.typeF1()));
        b.append(String.format(Locale.ROOT, "%-22s %29.1f  (%d of %d relaxed matches)%n", "value accuracy",
                100 * s.valueAccuracy(), s.valueCorrect(), s.relaxed()));
        return b.toString();
    }

    /** One line per part of the corpus: its gold and found counts, strict, relaxed and value F1. */
    public static String renderSubsets(Map<String, TimexScore> subsets) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%-22s %6s %6s %9s %9s %9s%n", "by part (F1)", "gold", "found",
                "strict", "relaxed", "value"));
        new TreeMap<>(subsets).forEach((name, s) -> b.append(String.format(Locale.ROOT,
                "%-22s %6d %6d %9.1f %9.1f %9.1f%n", name.isEmpty() ? "(top)" : name, s.gold(), s.system(),
                100 * s.strictF1(), 100 * s.relaxedF1(), 100 * s.valueF1())));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, double p, double r, double f) {
        b.append(String.format(Locale.ROOT, "%-22s %9.1f %9.1f %9.1f%n", name, 100 * p, 100 * r, 100 * f));
    }
}
