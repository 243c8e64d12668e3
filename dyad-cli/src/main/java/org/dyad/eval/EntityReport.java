package org.dyad.eval;

import java.util.Locale;
import org.dyad.actor.NameType;

/**
 * Writes an {@link EntityEvaluator.Result} as plain text: for each setting (named mentions, all mentions) one row
 * per type with precision, recall and F1 under exact and overlapping span matching, then the three types together
 * with the type required ("typed") and ignored ("any type"). Stateless.
 */
public final class EntityReport {
    private static final String ROW = "  %-14s %6s %6s | %6s %6s %6s | %6s %6s %6s%n";

    private EntityReport() {
    }

    /** The tables; lines end in the platform line separator. */
    public static String render(EntityEvaluator.Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d documents; %d named and %d in all gold person/organisation/place"
                + " mentions%n", r.documents(), r.namedGold(), r.allGold()));
        out.append(System.lineSeparator()).append("named mentions (gold mentions with a PROPN token) vs NAMES")
                .append(System.lineSeparator());
        table(out, r.named());
        out.append(System.lineSeparator())
                .append("all mentions (pronouns and nominals too) vs NAMES + actor mentions")
                .append(System.lineSeparator());
        table(out, r.all());
        return out.toString();
    }

    private static void table(StringBuilder out, EntityScore s) {
        out.append(String.format(Locale.ROOT, ROW, "", "gold", "pred", "P", "R", "F1", "P", "R", "F1"));
        out.append(String.format(Locale.ROOT, ROW, "", "", "", "exact", "", "", "overlap", "", ""));
        for (NameType t : EntityScore.TYPES) {
            row(out, t.name().toLowerCase(Locale.ROOT), s.exactByType().get(t), s.overlapByType().get(t));
        }
        row(out, "all, typed", s.exactTyped(), s.overlapTyped());
        row(out, "all, any type", s.exactAny(), s.overlapAny());
    }

    private static void row(StringBuilder out, String name, EntityTally exact, EntityTally overlap) {
        out.append(String.format(Locale.ROOT, ROW, name, exact.gold(), exact.predicted(), pct(exact.precision()),
                pct(exact.recall()), pct(exact.f1()), pct(overlap.precision()), pct(overlap.recall()),
                pct(overlap.f1())));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
