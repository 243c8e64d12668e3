package org.dyad.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Span;
import org.dyad.pipeline.Stage;

/**
 * Finds the toponyms of a document ({@link ToponymFinder}) and resolves each to one GeoNames place, with a short
 * reason. Requires {@link Layer#SENTENCES}, {@link Layer#POS} and {@link Layer#MENTIONS}; produces
 * {@link Layer#TOPONYMS}. Thread-safe after construction.
 *
 * <p>Each candidate place gets a score, the sum of:
 * <ul>
 *   <li><b>population</b>: log10 of its population (the best single prior in the geoparsing literature);</li>
 *   <li><b>feature type</b>: a country +3, a national capital +1.5, a division seat +0.7 / +0.3, a first-level
 *       division −0.5 and a second-level one −1 (their populations are sums of their places'); a place that only an
 *       alternate name matches −1.5;</li>
 *   <li><b>co-located division</b>: +10 when it lies in the division or country written after it ("Springfield,
 *       Illinois");</li>
 *   <li><b>capital in diplomatic context</b>: +3 for a national capital when the sentence speaks of talks, visits,
 *       envoys or ministers ("talks in Washington" is the US capital, not the state);</li>
 *   <li><b>focus country</b>: +3 × the share of the article's other toponyms (the dateline counting twice) whose
 *       first-pass choice lies in its country;</li>
 *   <li><b>focus division</b>: +2 × the share of the other toponyms whose first-pass choice lies in its
 *       first-level division;</li>
 *   <li><b>neighbours</b>: +1 for each other toponym whose first-pass choice is a place within 100 km (at most 3).</li>
 * </ul>
 * The first pass scores with the first four terms only; the second adds the article's context. The reason names the
 * terms that decided the choice.
 */
public final class ToponymResolver implements Stage {
    private static final double NEIGHBOUR_KM = 100;

    private final Gazetteer gazetteer;
    private final ToponymFinder finder;

    /**
     * @param gazetteer the gazetteer, loaded once ({@link Gazetteer#load()})
     */
    public ToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.finder = new ToponymFinder(gazetteer);
    }

    @Override
    public Document apply(Document doc) {
        return doc.withToponyms(resolve(finder.find(doc)));
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.POS, Layer.MENTIONS);
    }

    @Override
    public Layer produces() {
        return Layer.TOPONYMS;
    }

    /** The finder this resolver uses, for tools that look up given spans ({@link #resolveSpans}). */
    public ToponymFinder finder() {
        return finder;
    }

    /**
     * Resolves found references together, each in the context of the others.
     *
     * @param refs references in text order
     * @return one toponym per reference, same order
     */
    public List<Toponym> resolve(List<PlaceReference> refs) {
        Context context = Context.of(refs, this);
        List<Toponym> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            out.add(choose(refs.get(i), i, context));
        }
        return out;
    }

    /**
     * Resolves given spans of a document (gold toponyms, say) in the context of the toponyms the finder sees in it.
     * A span the gazetteer cannot name falls back to the article's focus: the place most other toponyms lie near,
     * else the focus country.
     *
     * @param doc   a document with sentences, POS-tagged tokens and (optionally) mentions
     * @param spans the spans to resolve
     * @return for each span its toponym, or empty when the article gives no place at all
     */
    public List<Optional<Toponym>> resolveSpans(Document doc, List<Span> spans) {
        List<PlaceReference> found = finder.find(doc);
        List<PlaceReference> all = new ArrayList<>(found);
        List<Integer> index = new ArrayList<>();
        for (Span span : spans) {
            Optional<PlaceReference> ref = finder.lookup(doc, span);
            if (ref.isPresent()) {
                index.add(all.size());
                all.add(ref.get());
            } else {
                index.add(-1);
            }
        }
        Context context = Context.of(all, this);
        List<Toponym> resolved = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            resolved.add(choose(all.get(i), i, context));
        }
        Optional<Place> focus = focusPlace(resolved, context);
        List<Optional<Toponym>> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int i = index.get(k);
            if (i >= 0) {
                out.add(Optional.of(resolved.get(i)));
            } else {
                Span span = spans.get(k);
                out.add(focus.map(p -> new Toponym(span, p, Toponym.Kind.NAME, 1,
                        "not in the gazetteer; the article's focus")));
            }
        }
        return out;
    }

    /** The resolved non-country place with most other toponyms nearby, else the focus country. */
    private Optional<Place> focusPlace(List<Toponym> resolved, Context context) {
        Place best = null;
        int bestNear = -1;
        for (Toponym t : resolved) {
            Place p = t.place();
            if (p.isCountry() || p.isAdmin1()) {
                continue;
            }
            int near = 0;
            for (Toponym o : resolved) {
                if (!o.place().isCountry() && p.distanceKm(o.place().lat(), o.place().lon()) < NEIGHBOUR_KM) {
                    near++;
                }
            }
            if (near > bestNear || near == bestNear && p.population() > best.population()) {
                best = p;
                bestNear = near;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Toponym t : resolved) {
            if (t.place().isAdmin1()) {
                return Optional.of(t.place());
            }
        }
        return context.topCountry().flatMap(gazetteer::country);
    }

    /** Scores of one candidate, by term, for choosing and explaining. */
    private record Score(Place place, double prior, double colocated, double capital, double country, double division,
                         double neighbours) {
        double total() {
            return prior + colocated + capital + country + division + neighbours;
        }

        double firstPass() {
            return prior + colocated + capital;
        }
    }

    private Toponym choose(PlaceReference ref, int self, Context context) {
        if (ref.candidates().size() == 1) {
            Place only = ref.candidates().get(0);
            String why = switch (ref.kind()) {
                case DEMONYM -> "demonym of " + only.name();
                case COMPOUND -> "one side of a border or region compound: " + only.name();
                default -> "only candidate";
            };
            return new Toponym(ref.span(), only, ref.kind(), 1, why);
        }
        Score best = null;
        Score second = null;
        for (Place p : ref.candidates()) {
            Score s = score(ref, p, self, context);
            if (best == null || s.total() > best.total()) {
                second = best;
                best = s;
            } else if (second == null || s.total() > second.total()) {
                second = s;
            }
        }
        return new Toponym(ref.span(), best.place(), ref.kind(), ref.candidates().size(), explain(best, second, ref));
    }

    private Score score(PlaceReference ref, Place p, int self, Context context) {
        Score first = firstPass(ref, p);
        double country = 3 * context.countryShare(p.countryCode(), self);
        double division = p.admin1().isEmpty() ? 0 : 2 * context.divisionShare(p.countryCode() + "." + p.admin1(), self);
        double neighbours = 0;
        if (!p.isCountry()) {
            neighbours = Math.min(3, context.neighbours(p, self));
        }
        return new Score(p, first.prior(), first.colocated(), first.capital(), country, division, neighbours);
    }

    Score firstPass(PlaceReference ref, Place p) {
        double prior = Math.log10(p.population() + 10);
        if (p.isCountry()) {
            prior += 3;
        } else if (p.isAdmin1()) {
            prior -= 0.5;
        } else if (p.isAdmin2()) {
            prior -= 1;
        } else if (p.isCapital()) {
            prior += 1.5;
        } else if (p.featureCode().equals("PPLA")) {
            prior += 0.7;
        } else if (p.featureCode().equals("PPLA2")) {
            prior += 0.3;
        }
        if (!p.isCountry() && !PlaceNames.key(p.name()).equals(ref.key())) {
            prior -= 1.5;
        }
        double colocated = 0;
        for (Place c : ref.container()) {
            if (contains(c, p)) {
                colocated = 10;
                break;
            }
        }
        double capital = p.isCapital() && ref.diplomatic() ? 3 : 0;
        return new Score(p, prior, colocated, capital, 0, 0, 0);
    }

    private static boolean contains(Place division, Place p) {
        if (division.geonameId() == p.geonameId() || !division.countryCode().equals(p.countryCode())) {
            return false;
        }
        if (division.isCountry()) {
            return true;
        }
        if (division.isAdmin1()) {
            return division.admin1().equals(p.admin1());
        }
        return division.isAdmin2() && division.admin1().equals(p.admin1()) && division.admin2().equals(p.admin2());
    }

    private static String explain(Score best, Score second, PlaceReference ref) {
        List<String> why = new ArrayList<>();
        if (best.colocated() > 0) {
            why.add("in the division written after it");
        }
        if (best.capital() > 0) {
            why.add("capital preferred in diplomatic context");
        }
        if (second != null) {
            double margin = best.total() - second.total();
            if (best.country() - second.country() > 0.5) {
                why.add("in the article's focus country " + best.place().countryCode());
            }
            if (best.division() - second.division() > 0.5) {
                why.add("in the article's focus division");
            }
            if (best.neighbours() - second.neighbours() >= 1) {
                why.add("near other places of the article");
            }
            if (why.isEmpty() || best.prior() > second.prior()) {
                why.add(best.place().isCountry() ? "country"
                        : "largest population and feature prior (" + String.format(Locale.ROOT, "%.1f", margin)
                                + " ahead)");
            }
        }
        return String.join("; ", why) + "; " + ref.candidates().size() + " candidates";
    }

    /** First-pass choices of all references, and the votes they give countries and divisions. */
    private static final class Context {
        private final List<Place> firstChoice = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private final Map<String, Double> countryVotes = new HashMap<>();
        private final Map<String, Double> divisionVotes = new HashMap<>();
        private double total;
        private double divisionTotal;

        static Context of(List<PlaceReference> refs, ToponymResolver resolver) {
            Context c = new Context();
            for (PlaceReference ref : refs) {
                Place best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (Place p : ref.candidates()) {
                    double s = resolver.firstPass(ref, p).firstPass();
                    if (s > bestScore) {
                        bestScore = s;
                        best = p;
                    }
                }
                double w = ref.kind() == Toponym.Kind.DATELINE ? 2 : 1;
                c.firstChoice.add(best);
                c.weights.add(w);
                c.countryVotes.merge(best.countryCode(), w, Double::sum);
                c.total += w;
                if (!best.admin1().isEmpty()) {
                    c.divisionVotes.merge(best.countryCode() + "." + best.admin1(), w, Double::sum);
                    c.divisionTotal += w;
                }
            }
            return c;
        }

        double countryShare(String cc, int self) {
            Place own = firstChoice.get(self);
            double w = weights.get(self);
            double others = total - w;
            if (others <= 0) {
                return 0;
            }
            double votes = countryVotes.getOrDefault(cc, 0.0) - (own.countryCode().equals(cc) ? w : 0);
            return votes / others;
        }

        double divisionShare(String division, int self) {
            Place own = firstChoice.get(self);
            double w = weights.get(self);
            boolean ownHere = !own.admin1().isEmpty() && (own.countryCode() + "." + own.admin1()).equals(division);
            double others = divisionTotal - (own.admin1().isEmpty() ? 0 : w);
            if (others <= 0) {
                return 0;
            }
            return (divisionVotes.getOrDefault(division, 0.0) - (ownHere ? w : 0)) / others;
        }

        int neighbours(Place p, int self) {
            int n = 0;
            for (int i = 0; i < firstChoice.size(); i++) {
                Place o = firstChoice.get(i);
                if (i != self && !o.isCountry() && !o.isAdmin1() && o.geonameId() != p.geonameId()
                        && p.distanceKm(o.lat(), o.lon()) < NEIGHBOUR_KM) {
                    n++;
                }
            }
            return n;
        }

        Optional<String> topCountry() {
            return countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
    }
}
