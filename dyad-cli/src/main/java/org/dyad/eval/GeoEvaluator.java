package org.dyad.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dyad.document.Document;
import org.dyad.document.Span;
import org.dyad.geo.Geo;
import org.dyad.geo.Place;
import org.dyad.geo.PlaceReference;
import org.dyad.geo.Toponym;
import org.dyad.geo.ToponymResolver;

/**
 * Scores the {@link ToponymResolver} on a {@link GeoCorpus}: resolution of the gold toponyms (each gold span resolved
 * in its article's context) and end-to-end recognition. See {@link GeoScore} for the measures.
 */
public final class GeoEvaluator {
    private final Function<GeoCorpus.Article, Document> analysis;
    private final ToponymResolver resolver;

    /**
     * @param analysis runs the analysis stages (sentences, tokens, POS, mentions) on an article's text
     * @param resolver the resolver under test
     */
    public GeoEvaluator(Function<GeoCorpus.Article, Document> analysis, ToponymResolver resolver) {
        this.analysis = Objects.requireNonNull(analysis, "analysis");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Scores every article of the corpus. */
    public GeoScore evaluate(GeoCorpus corpus) {
        return evaluate(corpus, null);
    }

    /**
     * Scores every article of the corpus and, when {@code errors} is given, lists every gold toponym resolved more
     * than 161 km off: one tab-separated line each (article, gold name, gold type, gold GeoNames id and point, the
     * error bucket, the chosen place, the error in km, the resolver's reason, the distance of the nearest candidate
     * and the candidates, most populous first), then the count of each {@link ErrorBucket}.
     *
     * @param errors where to list the errors; null for none
     */
    public GeoScore evaluate(GeoCorpus corpus, PrintWriter errors) {
        Map<ErrorBucket, Integer> buckets = new EnumMap<>(ErrorBucket.class);
        if (errors != null) {
            errors.println("# article\tgold name\tgold type\tgold id\tgold lat,lon\tbucket\tchosen\terror km\treason"
                    + "\tnearest candidate km\tcandidates (id name code cc.admin1 population km)");
        }
        List<Double> errorsKm = new ArrayList<>();
        int unresolved = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (GeoCorpus.Article article : corpus.articles()) {
            Document doc = analysis.apply(article);
            List<GeoCorpus.Gold> located = article.toponyms().stream().filter(GeoCorpus.Gold::located).toList();
            List<Span> spans = located.stream().map(g -> new Span(g.start(), g.end())).toList();
            List<Optional<Toponym>> resolved = resolver.resolveSpans(doc, spans);
            for (int i = 0; i < located.size(); i++) {
                GeoCorpus.Gold g = located.get(i);
                double km;
                if (resolved.get(i).isEmpty()) {
                    km = GeoScore.MAX_ERROR_KM;
                    unresolved++;
                } else {
                    Place p = resolved.get(i).get().place();
                    km = Geo.distanceKm(p.lat(), p.lon(), g.lat().get(), g.lon().get());
                }
                errorsKm.add(km);
                if (errors != null && km > GeoScore.ACCURACY_KM) {
                    buckets.merge(listError(errors, article, doc, g, resolved.get(i), km), 1, Integer::sum);
                }
            }
            // recognition: GWN's gold toponyms are its located ones; LGL's are all its toponyms
            List<GeoCorpus.Gold> goldForRecognition = corpus.name().equals("gwn") ? located : article.toponyms();
            Set<Span> gold = new HashSet<>();
            goldForRecognition.forEach(g -> gold.add(new Span(g.start(), g.end())));
            Set<Span> found = new HashSet<>();
            for (Toponym t : resolver.apply(doc).toponyms()) {
                found.add(t.span());
            }
            for (Span s : found) {
                if (gold.contains(s)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (Span s : gold) {
                if (!found.contains(s)) {
                    fn++;
                }
            }
        }
        if (errors != null) {
            buckets.forEach((b, n) -> errors.printf(Locale.ROOT, "# %-18s %5d  %s%n", b, n, b.description));
            errors.flush();
        }
        return new GeoScore(corpus.name(), corpus.articles().size(),
                errorsKm.stream().mapToDouble(Double::doubleValue).toArray(), unresolved, tp, fp, fn, corpus.dropped());
    }

    /** Why a gold toponym was resolved more than 161 km off. */
    public enum ErrorBucket {
        /** No place of that name: the article's focus stood in. */
        NOT_IN_GAZETTEER("no place of that name in the gazetteer: the article's focus stood in"),
        /** No place of that name and no focus. */
        UNRESOLVED("no place of that name and no focus in the article"),
        /** A candidate was near, the gold is an area, a populated place was chosen. */
        CITY_FOR_AREA("a candidate lies within 161 km and is a division or country; a populated place was chosen"),
        /** A candidate was near, a division or country was chosen instead of it. */
        AREA_FOR_CITY("a candidate lies within 161 km and is a populated place; a division or country was chosen"),
        /** A candidate was near, another of the same kind was chosen. */
        WRONG_HOMONYM("a candidate lies within 161 km; another place of the same kind was chosen"),
        /** The name has places, none near the gold. */
        NO_CANDIDATE_NEAR("the name has places, none within 161 km of the gold (a feature the gazetteer lacks)");

        private final String description;

        ErrorBucket(String description) {
            this.description = description;
        }
    }

    private ErrorBucket listError(PrintWriter out, GeoCorpus.Article article, Document doc, GeoCorpus.Gold g,
                                  Optional<Toponym> chosen, double km) {
        double lat = g.lat().get();
        double lon = g.lon().get();
        Optional<PlaceReference> ref = resolver.finder().lookup(doc, new Span(g.start(), g.end()));
        List<Place> candidates = ref.map(PlaceReference::candidates).orElse(List.of()).stream()
                .sorted(Comparator.comparingLong(Place::population).reversed()).toList();
        Place nearest = null;
        double nearestKm = Double.POSITIVE_INFINITY;
        for (Place p : candidates) {
            double d = Geo.distanceKm(p.lat(), p.lon(), lat, lon);
            if (d < nearestKm) {
                nearestKm = d;
                nearest = p;
            }
        }
        ErrorBucket bucket;
        if (chosen.isEmpty()) {
            bucket = ErrorBucket.UNRESOLVED;
        } else if (ref.isEmpty()) {
            bucket = ErrorBucket.NOT_IN_GAZETTEER;
        } else if (nearestKm > GeoScore.ACCURACY_KM) {
            bucket = ErrorBucket.NO_CANDIDATE_NEAR;
        } else {
            boolean goldArea = !nearest.isPopulatedPlace();
            boolean chosenArea = !chosen.get().place().isPopulatedPlace();
            bucket = goldArea && !chosenArea ? ErrorBucket.CITY_FOR_AREA
                    : !goldArea && chosenArea ? ErrorBucket.AREA_FOR_CITY : ErrorBucket.WRONG_HOMONYM;
        }
        StringBuilder cands = new StringBuilder();
        int shown = 0;
        for (Place p : candidates) {
            if (shown++ == 8) {
                cands.append(" | ").append(candidates.size() - 8).append(" more");
                break;
            }
            cands.append(String.format(Locale.ROOT, "%s%d %s %s %s.%s %d %.0f", cands.length() == 0 ? "" : " | ",
                    p.geonameId(), p.name(), p.featureCode(), p.countryCode(), p.admin1(), p.population(),
                    Geo.distanceKm(p.lat(), p.lon(), lat, lon)));
        }
        String pick = chosen.map(t -> String.format(Locale.ROOT, "%d %s %s %s.%s", t.place().geonameId(),
                t.place().name(), t.place().featureCode(), t.place().countryCode(), t.place().admin1())).orElse("-");
        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%.3f,%.3f\t%s\t%s\t%.0f\t%s\t%s\t%s%n", article.id(),
                g.name().replace('\n', ' '), g.type(), g.geonameId().map(String::valueOf).orElse("-"), lat, lon, bucket,
                pick, km, chosen.map(Toponym::reason).orElse("-"),
                nearest == null ? "-" : String.format(Locale.ROOT, "%.0f", nearestKm), cands);
        return bucket;
    }
}
