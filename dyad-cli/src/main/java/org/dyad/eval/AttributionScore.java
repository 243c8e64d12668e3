package org.dyad.eval;

import java.util.List;
import java.util.Locale;
import org.dyad.document.Span;

/**
 * Precision, recall and F1 of one kind of attribution span (sources, cues or contents), under two matchings:
 * <ul>
 *   <li><b>exact</b>: the predicted span has the gold span's boundaries once both are trimmed of surrounding
 *       whitespace, punctuation and quotation marks (PolNeAR keeps the marks of a direct quote in its content,
 *       Dyad does not); a discontinuous gold span counts from its first fragment's start to its last's end;</li>
 *   <li><b>overlap</b>: the spans share at least one character (any fragment of a discontinuous gold span).</li>
 * </ul>
 * Precision counts the predicted spans that match some gold span, recall the gold spans that some predicted span
 * matches (each side judged on its own, the usual lenient reading).
 *
 * @param gold            gold spans
 * @param predicted       predicted spans
 * @param exactPredicted  predicted spans that match a gold span exactly
 * @param exactGold       gold spans matched exactly
 * @param overlapPredicted predicted spans that overlap a gold span
 * @param overlapGold     gold spans overlapped
 */
public record AttributionScore(int gold, int predicted, int exactPredicted, int exactGold, int overlapPredicted,
                               int overlapGold) {

    /** The empty score, to add articles to. */
    public static AttributionScore zero() {
        return new AttributionScore(0, 0, 0, 0, 0, 0);
    }

    /**
     * Scores one article's spans of one kind.
     *
     * @param text      the article text the offsets point into
     * @param gold      gold spans, each a list of fragments (never empty)
     * @param predicted predicted spans
     */
    public static AttributionScore of(String text, List<List<Span>> gold, List<Span> predicted) {
        int exactP = 0;
        int overlapP = 0;
        for (Span p : predicted) {
            boolean exact = false;
            boolean overlap = false;
            for (List<Span> g : gold) {
                exact |= trimmed(text, cover(g)).equals(trimmed(text, p));
                overlap |= overlaps(g, p);
            }
            exactP += exact ? 1 : 0;
            overlapP += overlap ? 1 : 0;
        }
        int exactG = 0;
        int overlapG = 0;
        for (List<Span> g : gold) {
            boolean exact = false;
            boolean overlap = false;
            Span t = trimmed(text, cover(g));
            for (Span p : predicted) {
                exact |= t.equals(trimmed(text, p));
                overlap |= overlaps(g, p);
            }
            exactG += exact ? 1 : 0;
            overlapG += overlap ? 1 : 0;
        }
        return new AttributionScore(gold.size(), predicted.size(), exactP, exactG, overlapP, overlapG);
    }

    /** The sum of two scores. */
    public AttributionScore plus(AttributionScore o) {
        return new AttributionScore(gold + o.gold, predicted + o.predicted, exactPredicted + o.exactPredicted,
                exactGold + o.exactGold, overlapPredicted + o.overlapPredicted, overlapGold + o.overlapGold);
    }

    public double exactPrecision() {
        return ratio(exactPredicted, predicted);
    }

    public double exactRecall() {
        return ratio(exactGold, gold);
    }

    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    public double overlapPrecision() {
        return ratio(overlapPredicted, predicted);
    }

    public double overlapRecall() {
        return ratio(overlapGold, gold);
    }

    public double overlapF1() {
        return f1(overlapPrecision(), overlapRecall());
    }

    /** One table row: counts, then exact P/R/F1 and overlap P/R/F1 as fractions with three decimals. */
    public String row(String label) {
        return String.format(Locale.ROOT, "%-8s %6d %9d   %.3f %.3f %.3f   %.3f %.3f %.3f", label, gold, predicted,
                exactPrecision(), exactRecall(), exactF1(), overlapPrecision(), overlapRecall(), overlapF1());
    }

    private static boolean overlaps(List<Span> gold, Span p) {
        for (Span g : gold) {
            if (g.overlaps(p)) {
                return true;
            }
        }
        return false;
    }

    private static Span cover(List<Span> fragments) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Span s : fragments) {
            start = Math.min(start, s.start());
            end = Math.max(end, s.end());
        }
        return new Span(start, end);
    }

    private static Span trimmed(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
