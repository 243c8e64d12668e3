package org.dyad.eval;

import java.util.ArrayList;
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
        List<Double> errors = new ArrayList<>();
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
                if (resolved.get(i).isEmpty()) {
                    errors.add(GeoScore.MAX_ERROR_KM);
                    unresolved++;
                } else {
                    Place p = resolved.get(i).get().place();
                    errors.add(Geo.distanceKm(p.lat(), p.lon(), g.lat().get(), g.lon().get()));
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
        return new GeoScore(corpus.name(), corpus.articles().size(),
                errors.stream().mapToDouble(Double::doubleValue).toArray(), unresolved, tp, fp, fn, corpus.dropped());
    }
}
