package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dyad.time.Timex;

/**
 * Scores a time-expression tagger against TimeML gold with the TempEval-3 measures ({@link TimexScore}), and
 * lists every difference for inspection.
 */
public final class TimebankEvaluator {
    private final Function<TimeMlDocument, List<Timex>> tagger;

    /** @param tagger gives the system timexes of a document (offsets into {@link TimeMlDocument#text()}) */
    public TimebankEvaluator(Function<TimeMlDocument, List<Timex>> tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /**
     * The score and the differences: one line per missed, spurious or wrongly valued timex; {@code subsets} scores
     * each part of the corpus apart (the folder a document sits in: {@code TimeBank}, {@code AQUAINT}), in the order
     * first met.
     */
    public record Result(TimexScore score, List<String> differences, Map<String, TimexScore> subsets) {
    }

    /** Tags every document and scores the lot. */
    public Result evaluate(List<TimeMlDocument> docs) {
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int value = 0;
        int type = 0;
        List<String> diffs = new ArrayList<>();
        Map<String, int[]> parts = new LinkedHashMap<>();
        for (TimeMlDocument doc : docs) {
            List<Timex> found = tagger.apply(doc);
            int[] part = parts.computeIfAbsent(subset(doc.name()), k -> new int[6]);
            int[] before = {gold, system, strict, relaxed, value, type};
            gold += doc.timexes().size();
            system += found.size();
            boolean[] used = new boolean[found.size()];
            for (TimeMlDocument.Gold g : doc.timexes()) {
                int match = -1;
                for (int i = 0; i < found.size(); i++) {
                    Timex t = found.get(i);
                    if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
                        if (match < 0 || (t.start() == g.start() && t.end() == g.end())) {
                            match = i;
                        }
                    }
                }
                String goldText = doc.text().substring(g.start(), g.end());
                if (match < 0) {
                    diffs.add(doc.name() + "\tMISSED\t" + goldText + "\t" + g.type() + "\t" + g.value() + "\tdct "
                            + doc.dct());
                    continue;
                }
                used[match] = true;
                Timex t = found.get(match);
                relaxed++;
                if (t.start() == g.start() && t.end() == g.end()) {
                    strict++;
                }
                if (t.type().name().equals(g.type())) {
                    type++;
                }
                if (canonical(t.value()).equals(canonical(g.value()))) {
                    value++;
                } else {
                    diffs.add(doc.name() + "\tVALUE\t" + goldText + "\t" + g.type() + "\t" + g.value() + "\tgot "
                            + doc.text().substring(t.start(), t.end()) + " = " + t.value() + "\tdct " + doc.dct());
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    Timex t = found.get(i);
                    diffs.add(doc.name() + "\tSPURIOUS\t" + doc.text().substring(t.start(), t.end()) + "\t"
                            + t.type() + "\t" + t.value());
                }
            }
            int[] after = {gold, system, strict, relaxed, value, type};
            for (int k = 0; k < part.length; k++) {
                part[k] += after[k] - before[k];
            }
        }
        Map<String, TimexScore> subsets = new LinkedHashMap<>();
        parts.forEach((name, c) -> subsets.put(name, new TimexScore(c[0], c[1], c[2], c[3], c[4], c[5])));
        return new Result(new TimexScore(gold, system, strict, relaxed, value, type), diffs, Map.copyOf(subsets));
    }

    /** The folder a document sits in ({@code TBAQ-cleaned/AQUAINT/x.tml} gives {@code AQUAINT}), or "". */
    static String subset(String name) {
        int end = name.lastIndexOf('/');
        if (end < 0) {
            return "";
        }
        return name.substring(name.lastIndexOf('/', end - 1) + 1, end);
    }

    /** A TIMEX value with ISO week numbers written without a leading zero ({@code 2000-W07} → {@code 2000-W7}). */
    static String canonical(String value) {
        int w = value.indexOf("-W0");
        return w >= 0 && w + 3 < value.length() && Character.isDigit(value.charAt(w + 3))
                ? value.substring(0, w + 2) + value.substring(w + 3) : value;
    }
}
