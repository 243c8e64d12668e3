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
 *   <li><b>population</b>: 1.5 × log10 of its population (the best single prior in the geoparsing literature);</li>
 *   <li><b>feature type</b>: a country +3, a continent, world region, ocean or sea +11, a national capital +1.5, a
 *       division seat +0.7 / +0.3, a first-level division −0.5 and a second-level one −1 (their populations are
 *       sums of their places'); a place that only an alternate name matches −2 (−4 when the name is also a
 *       country's: "Mexico" is the country, not Mexico City), unless it has 100,000 people and the name, not a
 *       country's, is the start of its own ("New York");</li>
 *   <li><b>co-located division</b>: +10 when it lies in the division or country written after it ("Springfield,
 *       Illinois");</li>
 *   <li><b>capital in diplomatic context</b>: +3 for a national capital when the sentence speaks of talks, visits,
 *       envoys or ministers ("talks in Washington" is the US capital, not the state);</li>
 *   <li><b>focus country</b>: +5 × the share of the article's other toponyms (the dateline counting twice) whose
 *       first-pass choice lies in its country;</li>
 *   <li><b>focus division</b>: +3 × the share of the other toponyms whose first-pass choice lies in its
 *       first-level division;</li>
 *   <li><b>neighbours</b>: +1 for each other toponym whose first-pass choice is a place within 100 km (at most 3),
 *       and +3 when another name of the article may be the county the place lies in, or a place in the county
 *       ("Paris and Henry County": Paris, Tennessee, lies in Henry County, Tennessee).</li>
 * </ul>
 * The first pass scores with the first four terms only; two more passes add the article's context, each from the
 * previous pass's choices, never counting the votes of references with the same name. The reason names the
 * terms that decided the choice.
 *
 * <p>Two rules follow the scores. A big city that bears the name of the first-level division it lies in is meant
 * by that name unless the article says otherwise ("New York"). A reference that names a facility, a street or a
 * building, or modifies one ("Carnegie Library", "Heathrow airport"), is placed at the article's local anchor (the
 * nearest confirmed city named before it, else the dateline's or the focus place) when its choice is a far small
 * town of its name, or a division the anchor lies in, or, for a diplomatic mission, the country it is named after.
 */
public final class ToponymResolver implements Stage {
    private static final double NEIGHBOUR_KM = 160;
    private static final int PASSES = 2;
    private static final double COUNTRY_WEIGHT = 5;
    private static final double DIVISION_WEIGHT = 5;
    private static final double POPULATION_WEIGHT = 1.5;
    /** Bonus when another name of the article may be the county this place lies in, or a place in this county. */
    private static final double CONTAINMENT = 3;
    /** A city this populous is meant by the name of the division it lies in ("New York"). */
    private static final long BIG_CITY = 1_000_000;
    /** Places this populous keep their alternate names at full weight ("New York" for New York City). */
    private static final long WELL_KNOWN = 100_000;
    /** A facility's namesake town this populous is kept ("Kabul University" is in Kabul). */
    private static final long LOCAL_POPULATION = 100_000;

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
        Context context = contextOf(refs);
        List<Toponym> out = new ArrayList<>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            out.add(choose(refs.get(i), i, context));
        }
        return localise(refs, out, context);
    }

    /**
     * The local-anchor rule: a reference that names a facility, a street or a building, or modifies one
     * ({@link PlaceReference#facility()}), most likely lies where the article is, not at a far town of its name
     * ("Carnegie Library" in an article on New Orleans is no library of Carnegie, Pennsylvania; "Heathrow airport"
     * in one on London is not at Heathrow, Florida). Such a reference is placed at its local anchor ({@link Anchors})
     * when its choice is
     * <ul>
     *   <li>a populated place of fewer than {@value #LOCAL_POPULATION} people more than {@value #NEIGHBOUR_KM} km
     *       from the anchor;</li>
     *   <li>for a facility's own name, a county, division or country the anchor lies in (the anchor is the more precise
     *       point: "Florida Atlantic University" in an article on a Florida town);</li>
     *   <li>for a diplomatic mission, the country or division it is named after ("Russian Embassy" lies in the host
     *       city).</li>
     * </ul>
     *
     * @param refs     the references, any order
     * @param resolved their toponyms, same order
     * @return the toponyms, those moved to their anchor replaced
     */
    private List<Toponym> localise(List<PlaceReference> refs, List<Toponym> resolved, Context context) {
        Anchors anchors = Anchors.of(refs, resolved, focusPlace(resolved, context), context);
        List<Toponym> out = new ArrayList<>(resolved);
        for (int i = 0; i < refs.size(); i++) {
            PlaceReference ref = refs.get(i);
            Toponym t = resolved.get(i);
            PlaceReference.Facility facility = ref.facility();
            if (facility == PlaceReference.Facility.NONE
                    || ref.kind() != Toponym.Kind.NAME && facility != PlaceReference.Facility.MISSION) {
                continue;
            }
            Optional<Place> anchor = anchors.before(ref.start(), t.place());
            if (anchor.isEmpty()) {
                continue;
            }
            Place a = anchor.get();
            Place p = t.place();
            String why = null;
            if (p.isPopulatedPlace()) {
                if (p.population() < LOCAL_POPULATION && p.distanceKm(a.lat(), a.lon()) > NEIGHBOUR_KM) {
                    why = "names a facility or street; " + p.name() + " is small and far from the article's places";
                }
            } else if (facility == PlaceReference.Facility.MISSION) {
                why = "names a diplomatic mission, which lies abroad of " + p.name();
            } else if (facility == PlaceReference.Facility.FACILITY
                    && (contains(p, a) || p.isCountry() && p.countryCode().equals(a.countryCode()))) {
                why = "names a facility or street in " + p.name();
            }
            if (why != null) {
                out.set(i, new Toponym(t.span(), a, t.kind(), t.candidates(), why + "; placed at the article's local"
                        + " anchor " + a.name()));
            }
        }
        return out;
    }

    /**
     * The local anchors of an article: where a feature it names most likely lies. The anchor of a reference is the
     * nearest populated place resolved before it (a name of the article that is no facility's), else the dateline's
     * place, else the article's focus place when that is a populated place or a county.
     */
    private record Anchors(int[] starts, List<Place> places, int[] runStart, Optional<Place> fallback) {
        static Anchors of(List<PlaceReference> refs, List<Toponym> resolved, Optional<Place> focus,
                          Context context) {
            List<Integer> order = new ArrayList<>();
            Place dateline = null;
            Optional<String> country = context.topCountry();
            for (int i = 0; i < refs.size(); i++) {
                PlaceReference ref = refs.get(i);
                Place p = resolved.get(i).place();
                if (ref.kind() == Toponym.Kind.DATELINE) {
                    dateline = p;
                } else if (ref.facility() == PlaceReference.Facility.NONE && ref.kind() == Toponym.Kind.NAME
                        && p.isPopulatedPlace() && (p.population() >= BIG_CITY
                                || country.map(p.countryCode()::equals).orElse(false)
                                        && (p.population() >= LOCAL_POPULATION || context.neighbours(p, ref.key()) > 0
                                                || focus.map(f -> f.geonameId() == p.geonameId()).orElse(false)))) {
                    // a place the article confirms: a city of millions, or a city of its focus country, or a town
                    // there near another of its places or at its focus (a small town alone is too often a common
                    // word read as a name: "Post", "West")
                    order.add(i);
                }
            }
            order.sort((x, y) -> Integer.compare(refs.get(x).start(), refs.get(y).start()));
            int[] starts = new int[order.size()];
            List<Place> places = new ArrayList<>(order.size());
            for (int k = 0; k < order.size(); k++) {
                starts[k] = refs.get(order.get(k)).start();
                places.add(resolved.get(order.get(k)).place());
            }
            Optional<Place> fallback = dateline != null ? Optional.of(dateline)
                    : focus.filter(f -> f.isPopulatedPlace() || f.isAdmin2());
            int[] runStart = new int[places.size()];   // where the run of the same place that k ends in starts
            for (int k = 0; k < runStart.length; k++) {
                runStart[k] = k > 0 && places.get(k - 1).geonameId() == places.get(k).geonameId() ? runStart[k - 1] : k;
            }
            return new Anchors(starts, places, runStart, fallback);
        }

        /** The anchor of a reference starting at this offset, other than the place itself. */
        Optional<Place> before(int offset, Place self) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int k = lo - 1;
            if (k >= 0 && places.get(k).geonameId() == self.geonameId()) {
                k = previousOther(k);   // one step back past a run of the same place, however long
            }
            if (k >= 0) {
                return Optional.of(places.get(k));
            }
            return fallback.filter(f -> f.geonameId() != self.geonameId());
        }

        /** The index of the nearest anchor before k whose place differs from k's, or -1. */
        private int previousOther(int k) {
            int id = places.get(k).geonameId();
            int j = k - 1;
            while (j >= 0 && places.get(j).geonameId() == id) {
                j = runStart[j] - 1;
            }
            return j;
        }
    }

    /**
     * The article's context: first-pass choices (priors and local evidence only), then {@value #PASSES} rounds in
     * which each reference is chosen again in the context of the others' previous choices.
     */
    private Context contextOf(List<PlaceReference> refs) {
        List<Place> choices = new ArrayList<>(refs.size());
        for (PlaceReference ref : refs) {
            Place best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (Place p : ref.candidates()) {
                double s = firstPass(ref, p).firstPass();
                if (s > bestScore) {
                    bestScore = s;
                    best = p;
                }
            }
            choices.add(best);
        }
        Context context = Context.of(refs, choices);
        for (int pass = 0; pass < PASSES; pass++) {
            List<Place> next = new ArrayList<>(refs.size());
            for (int i = 0; i < refs.size(); i++) {
                PlaceReference ref = refs.get(i);
                Score best = null;
                for (Place p : ref.candidates()) {
                    Score sc = score(ref, p, i, context);
                    if (best == null || sc.total() > best.total()) {
                        best = sc;
                    }
                }
                next.add(best.place());
            }
            if (next.equals(choices)) {
                break;
            }
            choices = next;
            context = Context.of(refs, choices);
        }
        return context;
    }

    /**
     * Resolves given spans of a document (gold toponyms, say) in the context of the toponyms the finder sees in it,
     * with the same choice and local-anchor rules as {@link #resolve}.
     *
     * <p><b>Evaluation only</b> (the product path, {@link #apply}, never does this): a span the gazetteer cannot name
     * falls back to the article's focus, the place most other toponyms lie near, else the focus country; a span of
     * which only a word is a place outside the focus country, and which the local-anchor rule did not
     * place, falls back to the focus too. Both fallbacks exist because gold spans include names the finder
     * would never report (streets, buildings, organisations), which a scorer must place somewhere.
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
        Context context = contextOf(all);
        List<Toponym> resolved = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            resolved.add(choose(all.get(i), i, context));
        }
        List<Toponym> chosen = resolved;
        resolved = localise(all, resolved, context);
        Optional<Place> focus = focusPlace(resolved, context);
        Optional<String> focusCountry = context.topCountry();
        List<Optional<Toponym>> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            int i = index.get(k);
            Toponym t = i >= 0 ? resolved.get(i) : null;
            if (t != null && t == chosen.get(i) && focus.isPresent() && !ToponymFinder.lookupKeys(doc.text(spans.get(k))).contains(all.get(i).key())
                    && !(t.kind() == Toponym.Kind.NAME && (t.place().isCountry() || t.place().isRegion()))
                    && !(focusCountry.isPresent() && t.kind() == Toponym.Kind.NAME
                            && t.place().countryCode().equals(focusCountry.get()))) {
                // only a word inside the name is a place ("Carnegie Library", "French Quarter"), neither a country
                // or region named outright ("Bank of Japan") nor a place of the article's focus country: the name
                // is more likely a local feature of the article's focus
                Place f = focus.get();
                out.add(Optional.of(new Toponym(spans.get(k), f, Toponym.Kind.NAME, 1,
                        "only part of the name is in the gazetteer, outside the article's focus country; the article's"
                                + " focus")));
            } else if (t != null) {
                out.add(Optional.of(t));
            } else {
                Span span = spans.get(k);
                out.add(focus.map(p -> new Toponym(span, p, Toponym.Kind.NAME, 1,
                        "not in the gazetteer; the article's focus")));
            }
        }
        return out;
    }

    /**
     * The article's focus place, where a name the gazetteer does not know (a street, a building, a neighbourhood)
     * most likely lies: of the resolved populated places and second-level divisions in the focus country (the
     * country most toponyms lie in), the one named most often (the dateline counting twice), ties going to the one
     * with most other toponyms within {@value #NEIGHBOUR_KM} km, then to the most populous; else the first
     * first-level division named, else the focus country.
     */
    private Optional<Place> focusPlace(List<Toponym> resolved, Context context) {
        Optional<String> country = context.topCountry();
        Map<Integer, Double> mentions = new HashMap<>();
        for (Toponym t : resolved) {
            Place p = t.place();
            if ((p.isPopulatedPlace() || p.isAdmin2()) && country.map(p.countryCode()::equals).orElse(true)) {
                mentions.merge(p.geonameId(), t.kind() == Toponym.Kind.DATELINE ? 2.0 : 1.0, Double::sum);
            }
        }
        // each distinct place once, in order of first mention, with how often it is named: the same choice as
        // looking at every mention, in time quadratic in distinct places, not in mentions (a long article names
        // the same few places thousands of times)
        Map<Integer, Place> distinct = new java.util.LinkedHashMap<>();
        Map<Integer, Integer> times = new HashMap<>();
        for (Toponym t : resolved) {
            distinct.putIfAbsent(t.place().geonameId(), t.place());
            times.merge(t.place().geonameId(), 1, Integer::sum);
        }
        Place best = null;
        double bestMentions = 0;
        int bestNear = -1;
        for (Place p : distinct.values()) {
            Double m = mentions.get(p.geonameId());
            if (m == null) {
                continue;
            }
            int near = 0;
            for (Place o : distinct.values()) {
                if (!o.isCountry() && o.geonameId() != p.geonameId()
                        && Math.abs(o.lat() - p.lat()) < NEIGHBOUR_KM / 111
                        && p.distanceKm(o.lat(), o.lon()) < NEIGHBOUR_KM) {
                    near += times.get(o.geonameId());
                }
            }
            if (best == null || m + near > bestMentions + bestNear
                    || m + near == bestMentions + bestNear && p.population() > best.population()) {
                best = p;
                bestMentions = m;
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
        Optional<Place> city = cityOfDivision(ref, best.place(), context);
        if (city.isPresent()) {
            return new Toponym(ref.span(), city.get(), ref.kind(), ref.candidates().size(),
                    "the city rather than the division of its name: no other place of the article lies in the"
                            + " division away from the city; " + ref.candidates().size() + " candidates");
        }
        return new Toponym(ref.span(), best.place(), ref.kind(), ref.candidates().size(), explain(best, second, ref));
    }

    /**
     * The big city (of {@value #BIG_CITY} people or more) that bears the name of the first-level division it lies in
     * and is chosen instead of it ("New York" is New York City, not the state), unless a division is written after
     * the name or the article names another place of the division more than {@value #NEIGHBOUR_KM} km from the
     * city (an article on upstate towns means the state).
     */
    private static Optional<Place> cityOfDivision(PlaceReference ref, Place chosen, Context context) {
        if (!chosen.isAdmin1() || !ref.container().isEmpty()) {
            return Optional.empty();
        }
        Place city = null;
        for (Place p : ref.candidates()) {
            if (p.isPopulatedPlace() && p.population() >= BIG_CITY && p.countryCode().equals(chosen.countryCode())
                    && p.admin1().equals(chosen.admin1()) && (city == null || p.population() > city.population())) {
                city = p;
            }
        }
        if (city == null || context.placeInDivisionAwayFrom(chosen, city, ref.key())) {
            return Optional.empty();
        }
        return Optional.of(city);
    }

    private Score score(PlaceReference ref, Place p, int self, Context context) {
        Score first = firstPass(ref, p);
        double country = COUNTRY_WEIGHT * context.countryShare(p.countryCode(), ref.key());
        double division = p.admin1().isEmpty() ? 0
                : DIVISION_WEIGHT * context.divisionShare(p.countryCode() + "." + p.admin1(), ref.key());
        double neighbours = 0;
        if (p.isPopulatedPlace() || p.isAdmin2()) {
            neighbours = Math.min(3, context.neighbours(p, ref.key())) + context.containment(p, ref.key());
        }
        return new Score(p, first.prior(), first.colocated(), first.capital(), country, division, neighbours);
    }

    Score firstPass(PlaceReference ref, Place p) {
        double prior = POPULATION_WEIGHT * Math.log10(p.population() + 10);
        if (p.isCountry()) {
            prior += 3;
        } else if (p.isRegion()) {
            // a continent, world region, ocean or sea: the gazetteer gives them no population, and news names them
            // far more often than the small towns that share their names (Asia, Philippines; Atlantic, Iowa)
            prior += 11;
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
        if (!p.isCountry() && !p.isRegion()) {
            String own = PlaceNames.key(p.name());
            if (!own.equals(ref.key()) && !(p.population() >= WELL_KNOWN && own.startsWith(ref.key() + " ")
                    && !ref.countryNamed())) {
                // an alternate name: an old or foreign name ("Salisbury" for Harare), or a country's ("Mexico")
                prior -= ref.countryNamed() ? 4 : 2;
            }
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
        private final Map<String, Double> countryVotes = new HashMap<>();
        private final Map<String, Double> divisionVotes = new HashMap<>();
        /** The distinct (reference key, first-choice place) pairs, with how many references gave each. */
        private final Map<String, Integer> distinctIndex = new HashMap<>();
        private final List<Place> distinctPlaces = new ArrayList<>();
        private final List<String> distinctKeys = new ArrayList<>();
        private final List<Integer> distinctCounts = new ArrayList<>();
        private final Map<String, Map<String, Double>> keyCountryVotes = new HashMap<>();
        private final Map<String, Map<String, Double>> keyDivisionVotes = new HashMap<>();
        private double total;
        private double divisionTotal;
        /** County code "CC.A1.A2" → keys of references that may name that county. */
        private final Map<String, Set<String>> countyNames = new HashMap<>();
        /** County code → keys of references that may name a place in that county. */
        private final Map<String, Set<String>> placeNamesByCounty = new HashMap<>();

        static Context of(List<PlaceReference> refs, List<Place> choices) {
            Context c = new Context();
            for (PlaceReference ref : refs) {
                if (ref.candidates().size() > 1 || ref.candidates().get(0).isAdmin2()
                        || ref.candidates().get(0).isPopulatedPlace()) {
                    for (Place p : ref.candidates()) {
                        if (p.admin2().isEmpty()) {
                            continue;
                        }
                        String county = p.countryCode() + "." + p.admin1() + "." + p.admin2();
                        if (p.isAdmin2()) {
                            c.countyNames.computeIfAbsent(county, k -> new java.util.HashSet<>()).add(ref.key());
                        } else if (p.isPopulatedPlace()) {
                            c.placeNamesByCounty.computeIfAbsent(county, k -> new java.util.HashSet<>()).add(ref.key());
                        }
                    }
                }
            }
            for (int i = 0; i < refs.size(); i++) {
                Place best = choices.get(i);
                // a name that places in many countries bear says less about the article's country than one that
                // names a single country ("Derry" votes less than "Northern Ireland")
                double w = (refs.get(i).kind() == Toponym.Kind.DATELINE ? 2.0 : 1.0) / countries(refs.get(i));
                String key = refs.get(i).key();
                Integer at = c.distinctIndex.putIfAbsent(key + "\u0000" + best.geonameId(), c.distinctPlaces.size());
                if (at == null) {
                    c.distinctPlaces.add(best);
                    c.distinctKeys.add(key);
                    c.distinctCounts.add(1);
                } else {
                    c.distinctCounts.set(at, c.distinctCounts.get(at) + 1);
                }
                if (best.countryCode().isEmpty()) {
                    continue;
                }
                c.countryVotes.merge(best.countryCode(), w, Double::sum);
                c.keyCountryVotes.computeIfAbsent(key, k -> new HashMap<>()).merge(best.countryCode(), w, Double::sum);
                c.total += w;
                if (!best.admin1().isEmpty()) {
                    String division = best.countryCode() + "." + best.admin1();
                    c.divisionVotes.merge(division, w, Double::sum);
                    c.keyDivisionVotes.computeIfAbsent(key, k -> new HashMap<>()).merge(division, w, Double::sum);
                    c.divisionTotal += w;
                }
            }
            return c;
        }

        /** How many countries the candidates of a reference lie in (1 at least). */
        private static int countries(PlaceReference ref) {
            if (ref.candidates().size() == 1) {
                return 1;
            }
            Set<String> codes = new java.util.HashSet<>();
            for (Place p : ref.candidates()) {
                codes.add(p.countryCode());
            }
            return Math.max(1, codes.size());
        }

        /** Share of the other names' votes (other than those of {@code key} itself) that go to the country. */
        double countryShare(String cc, String key) {
            if (cc.isEmpty()) {
                return 0;
            }
            Map<String, Double> own = keyCountryVotes.getOrDefault(key, Map.of());
            double others = total - sum(own);
            if (others <= 0) {
                return 0;
            }
            return (countryVotes.getOrDefault(cc, 0.0) - own.getOrDefault(cc, 0.0)) / others;
        }

        /** Share of the other names' division votes that go to the division "CC.A1". */
        double divisionShare(String division, String key) {
            Map<String, Double> own = keyDivisionVotes.getOrDefault(key, Map.of());
            double others = divisionTotal - sum(own);
            if (others <= 0) {
                return 0;
            }
            return (divisionVotes.getOrDefault(division, 0.0) - own.getOrDefault(division, 0.0)) / others;
        }

        private static double sum(Map<String, Double> votes) {
            double total = 0;
            for (double v : votes.values()) {
                total += v;
            }
            return total;
        }

        /** How many other names' choices are populated places within {@value #NEIGHBOUR_KM} km. */
        /**
         * How many other references' first choices are populated places within {@link #NEIGHBOUR_KM} of p, counted
         * up to 3 (what the score takes): the distinct (name, place) pairs are walked, each counting as often as it
         * was referred to, so a long article that names the same places again and again costs no more than a short
         * one.
         */
        int neighbours(Place p, String key) {
            int n = 0;
            for (int i = 0; i < distinctPlaces.size() && n < 3; i++) {
                Place o = distinctPlaces.get(i);
                // a degree of latitude is 111 km: most pairs are ruled out without trigonometry
                if (Math.abs(o.lat() - p.lat()) < NEIGHBOUR_KM / 111 && !distinctKeys.get(i).equals(key)
                        && o.isPopulatedPlace() && o.geonameId() != p.geonameId()
                        && p.distanceKm(o.lat(), o.lon()) < NEIGHBOUR_KM) {
                    n += distinctCounts.get(i);
                }
            }
            return Math.min(n, 3);
        }

        /** {@link #CONTAINMENT} when another name may be this place's county, or a place in this county. */
        double containment(Place p, String ownKey) {
            if (p.admin2().isEmpty()) {
                return 0;
            }
            String county = p.countryCode() + "." + p.admin1() + "." + p.admin2();
            Set<String> keys = p.isAdmin2() ? placeNamesByCounty.get(county) : countyNames.get(county);
            if (keys == null) {
                return 0;
            }
            for (String k : keys) {
                if (!k.equals(ownKey)) {
                    return CONTAINMENT;
                }
            }
            return 0;
        }

        /**
         * Whether another reference (other than those with this key) chose a place inside the first-level division
         * more than {@link #NEIGHBOUR_KM} km from the city.
         */
        boolean placeInDivisionAwayFrom(Place division, Place city, String key) {
            for (int i = 0; i < distinctPlaces.size(); i++) {
                Place o = distinctPlaces.get(i);
                if (!distinctKeys.get(i).equals(key) && !o.isAdmin1() && o.countryCode().equals(division.countryCode())
                        && o.admin1().equals(division.admin1()) && city.distanceKm(o.lat(), o.lon()) > NEIGHBOUR_KM) {
                    return true;
                }
            }
            return false;
        }

        Optional<String> topCountry() {
            return countryVotes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }
    }
}
