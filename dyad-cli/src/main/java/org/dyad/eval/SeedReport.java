package org.dyad.eval;

import java.util.List;

/**
 * Writes a {@link SeedScore} as plain text: the summary counts, then every gold event with the produced events
 * that matched it, then the spurious events with their sentences. Stateless.
 */
public final class SeedReport {
    private SeedReport() {
    }

    /**
     * Renders the report.
     *
     * @param gold  the gold the score was computed against (for descriptions and preferred codes)
     * @param score the score
     * @return the report, lines ending in the platform line separator
     */
    public static String render(SeedGold gold, SeedScore score) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("required found: ").append(score.requiredFound().size()).append('/')
                .append(gold.required().size())
                .append(score.requiredMissed().isEmpty() ? "" : "  missed: " + String.join(", ", score.requiredMissed()))
                .append(nl);
        out.append("optional found: ").append(score.optionalFound().size()).append('/')
                .append(gold.optional().size()).append(nl);
        out.append("spurious:       ").append(score.spurious().size()).append(" of ").append(score.produced())
                .append(" produced").append(nl);
        out.append(nl).append("required").append(nl);
        appendEvents(out, gold.required(), score);
        out.append(nl).append("optional").append(nl);
        appendEvents(out, gold.optional(), score);
        if (!score.spurious().isEmpty()) {
            out.append(nl).append("spurious").append(nl);
            for (ProducedEvent e : score.spurious()) {
                out.append("  ").append(e).append(nl);
                out.append("      ").append(e.sentence()).append(nl);
            }
        }
        return out.toString();
    }

    private static void appendEvents(StringBuilder out, List<GoldEvent> events, SeedScore score) {
        String nl = System.lineSeparator();
        for (GoldEvent gold : events) {
            List<ProducedEvent> matched = score.evidence().getOrDefault(gold.id(), List.of());
            out.append(matched.isEmpty() ? "  [ ] " : "  [x] ").append(gold.id()).append("  ")
                    .append(gold.what());
            gold.preferredCode().ifPresent(code -> out.append("  (preferred ").append(code).append(')'));
            out.append(nl);
            for (ProducedEvent e : matched) {
                out.append("        ").append(e).append(nl);
            }
        }
    }
}
