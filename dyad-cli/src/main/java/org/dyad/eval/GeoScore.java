package org.dyad.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The scores of toponym resolution and recognition on one corpus.
 *
 * <p>Resolution is scored on the gold toponyms with coordinates, each resolved from its gold span in the article's
 * context: the error is the great-circle distance in km between the chosen place and the gold coordinates, and a
 * toponym left unresolved counts the largest possible error, 20,039 km (half the Earth's circumference), as in
 * Gritta et al. 2018 ("What's missing in geographical parsing?", and "A Pragmatic Guide to Geoparsing
 * Evaluation", 2019). Recognition compares the toponyms the pipeline finds with the gold spans, exact offsets.
 *
 * @param corpus      corpus name
 * @param articles    articles read
 * @param errorsKm    the resolution error of each located gold toponym, km
 * @param unresolved  how many of them got no place at all
 * @param truePos     found toponyms whose span equals a gold span
 * @param falsePos    found toponyms matching no gold span
 * @param falseNeg    gold spans not found
 * @param dropped     gold toponyms the reader could not align with the text
 */
public record GeoScore(String corpus, int articles, double[] errorsKm, int unresolved, int truePos, int falsePos,
                       int falseNeg, int dropped) {
    /** Largest possible error on the Earth, km: the penalty of an unresolved toponym. */
    public static final double MAX_ERROR_KM = 20039;
    /** The accuracy threshold of the literature: 161 km, 100 miles. */
    public static final double ACCURACY_KM = 161;

    public GeoScore {
        errorsKm = errorsKm.clone();
        Arrays.sort(errorsKm);
    }

    /** Number of scored gold toponyms. */
    public int scored() {
        return errorsKm.length;
    }

    /** Share of scored toponyms resolved within 161 km; 0 when none. */
    public double accuracy161() {
        if (errorsKm.length == 0) {
            return 0;
        }
        long within = Arrays.stream(errorsKm).filter(e -> e <= ACCURACY_KM).count();
        return (double) within / errorsKm.length;
    }

    /** Mean error, km. */
    public double meanKm() {
        return Arrays.stream(errorsKm).average().orElse(0);
    }

    /** Median error, km. */
    public double medianKm() {
        int n = errorsKm.length;
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? errorsKm[n / 2] : (errorsKm[n / 2 - 1] + errorsKm[n / 2]) / 2;
    }

    /**
     * Area under the curve of the sorted log errors (Gritta et al. 2018): the errors sorted ascending, each mapped to
     * ln(error + 1) / ln(20039), integrated by the trapezoid rule over [0, 1] with the toponyms equally spaced.
     * 0 is perfect, 1 is every toponym on the far side of the Earth; lower is better.
     */
    public double aucLogError() {
        int n = errorsKm.length;
        if (n == 0) {
            return 0;
        }
        if (n == 1) {
            return Math.log(errorsKm[0] + 1) / Math.log(MAX_ERROR_KM);
        }
        double area = 0;
        double norm = Math.log(MAX_ERROR_KM);
        for (int i = 1; i < n; i++) {
            double a = Math.min(1, Math.log(errorsKm[i - 1] + 1) / norm);
            double b = Math.min(1, Math.log(errorsKm[i] + 1) / norm);
            area += (a + b) / 2;
        }
        return area / (n - 1);
    }

    public double precision() {
        return truePos + falsePos == 0 ? 0 : (double) truePos / (truePos + falsePos);
    }

    public double recall() {
        return truePos + falseNeg == 0 ? 0 : (double) truePos / (truePos + falseNeg);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A short report, one measure a line. */
    public String render() {
        return String.join("\n", List.of(
                String.format(Locale.ROOT, "corpus %s: %d articles, %d gold toponyms with coordinates scored"
                        + " (%d unresolved, %d not aligned with the text)", corpus, articles, scored(), unresolved, dropped),
                String.format(Locale.ROOT, "accuracy@161km  %.3f", accuracy161()),
                String.format(Locale.ROOT, "mean error      %.1f km", meanKm()),
                String.format(Locale.ROOT, "median error    %.1f km", medianKm()),
                String.format(Locale.ROOT, "AUC log error   %.3f (lower is better)", aucLogError()),
                String.format(Locale.ROOT, "recognition     P %.3f  R %.3f  F1 %.3f  (%d found correct, %d spurious, %d missed;"
                        + " exact spans)", precision(), recall(), f1(), truePos, falsePos, falseNeg))) + "\n";
    }
}
