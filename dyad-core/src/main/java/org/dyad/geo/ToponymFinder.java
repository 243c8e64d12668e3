package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.actor.Actor;
import org.dyad.actor.Mention;
import org.dyad.document.Article;
import org.dyad.document.Document;
import org.dyad.document.Layer;
import org.dyad.document.Sentence;
import org.dyad.document.Span;
import org.dyad.document.Token;

/**
 * Finds toponyms in a document, before resolution: the pure "find" half of {@link ToponymResolver}. One pass over
 * the tokens of each sentence with hash lookups, no regular expression per token. Thread-safe after construction.
 *
 * <p>What counts, in order of preference at each token:
 * <ol>
 *   <li><b>Border and region compounds</b>: "Pak-Afghan border", "Indo-Pakistani relations" (one token, or split by
 *       the tokenizer as "Pak-" "Afghan" or "Pak" "-" "Afghan"): a hyphenated pair of
 *       country names, demonyms, clipped forms ("Pak", a unique beginning of one country's name or demonym) or
 *       combining forms ("Sino", "Indo") followed by a region or relation noun gives one toponym per country.</li>
 *   <li><b>Gazetteer names</b>: the longest run of capitalised tokens (with "de", "of", "and"… inside, as in
 *       "Bosnia and Herzegovina") whose key names a place, unless the context says a person or an organisation bears
 *       the name: a reporting verb follows ("Washington said"), another capitalised word that is not a place
 *       follows ("Jordan Peterson", "Georgia Tech"; a country before "Army", "Government"… stays a country
 *       reference), a capitalised word that is not a place precedes ("George Washington"), an actor-dictionary
 *       mention covers more than the name, or the single word is tagged as a common word (sentence-initial
 *       "Police").</li>
 *   <li><b>Demonyms</b>: a capitalised nationality adjective or noun ("Afghan", "Pakistanis") refers to its
 *       country.</li>
 *   <li><b>The dateline</b> of the article ({@link Article#dateline()}), when its place is in the gazetteer.</li>
 * </ol>
 * A name followed by a comma and a division ("Springfield, Illinois", "Springfield, Ill.", "Springfield, IL")
 * records that division's places as its container, for the resolver.
 */
public final class ToponymFinder {
    private static final int MAX_NAME_TOKENS = 6;

    /** Lower-case words allowed inside a place name ("Dar es Salaam", "Bosnia and Herzegovina", "Isle of Man"). */
    private static final Set<String> NAME_LINKS = Set.of("de", "del", "della", "da", "do", "dos", "das", "du", "des",
            "di", "la", "le", "les", "el", "al", "es", "en", "of", "on", "upon", "am", "an", "sur", "y", "and", "the");
    /** Verbs of saying: a name before one is a speaker (a person, or a government by metonymy), not a place. */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "announced", "announces", "argued", "argues", "insisted", "insists", "warned", "warns",
            "claimed", "claims", "noted", "notes", "wrote", "writes", "explained", "explains", "replied", "asked",
            "asks", "declared", "confirmed", "denied", "admitted", "tweeted", "posted", "urged", "thinks", "thought",
            "believes", "believed", "scored", "played", "plays", "signed", "won");
    /** Capitalised words that may follow a place name inside a place phrase ("Kabul Province", "Mekong Delta"). */
    private static final Set<String> GEO_GENERICS = Set.of("province", "state", "county", "parish", "city", "district",
            "region", "valley", "river", "lake", "island", "islands", "mountains", "mountain", "coast", "border",
            "governorate", "oblast", "prefecture", "department", "municipality", "township", "borough", "village",
            "town", "metro", "area", "basin", "delta", "peninsula", "gulf", "bay", "sea", "strait", "desert",
            "plateau", "highlands", "hills", "heights", "airport", "port", "harbour", "harbor", "capital",
            "territory", "territories", "republic", "krai", "canton", "division", "zone");
    /** Capitalised words after a country name that name that country's institutions ("Pakistan Army"). */
    private static final Set<String> STATE_INSTITUTIONS = Set.of("army", "government", "police", "navy", "air",
            "ministry", "parliament", "senate", "embassy", "consulate", "foreign", "defence", "defense", "interior",
            "president", "prime", "minister", "supreme", "national", "armed", "security", "council", "cabinet",
            "military", "forces", "border", "authorities", "officials", "people", "state", "central", "federal");
    /** Time words that news puts right after a name ("Kabul Tuesday"): they do not make the name a person's. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tonight");
    /** Capitalised words that may precede a place name inside a place phrase ("Northern Kabul", "Greater London"). */
    private static final Set<String> PLACE_MODIFIERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "greater", "upper", "lower", "downtown", "northeast", "northwest",
            "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "new", "old",
            "in", "at", "from", "to", "near", "outside", "across", "the", "and", "but", "for", "of",
            "with", "by", "on", "into", "when", "while", "as", "after", "before", "since", "if", "a", "an", "both");
    /** Common nouns of building and organisation names, never looked up alone inside a longer name. */
    private static final Set<String> GENERIC_NOUNS = Set.of("street", "road", "avenue", "lane", "drive", "boulevard",
            "center", "centre", "tower", "university", "college", "school", "academy", "church", "chapel", "union",
            "house", "hall", "square", "park", "estate", "federal", "reserve", "wing", "court", "castle", "gardens",
            "garden", "bridge", "station", "market", "hospital", "stadium", "arena", "club", "company", "bank",
            "museum", "library", "hotel", "office", "building", "cup", "bowl", "world", "grand", "royal", "saint",
            "mount", "fort", "beach", "springs", "falls", "lagoon", "rock", "peninsula", "ocean", "international",
            "united", "national", "american", "states", "kingdom", "republic", "summit");

    /**
     * Head nouns of facilities, streets and buildings: a name that ends in one ("Carnegie Library", "Collins Avenue")
     * or is followed by one ("Heathrow airport", "Bourbon and Dauphine streets") names a local feature.
     */
    private static final Set<String> FACILITY_NOUNS = Set.of("street", "streets", "st", "avenue", "avenues", "ave",
            "road", "roads", "rd", "boulevard", "blvd", "drive", "dr", "lane", "parade", "square", "plaza", "school",
            "schools", "elementary", "middle", "high", "academy", "university", "college", "library", "club", "church",
            "cathedral", "chapel", "mosque", "temple", "synagogue", "hospital", "clinic", "embassy", "consulate",
            "airport", "inn", "hotel", "motel", "park", "bridge", "stadium", "arena", "mall", "center", "centre",
            "theatre", "theater", "museum", "courthouse", "court", "prison", "jail", "station", "market", "hall",
            "farm", "farms", "studio", "cemetery", "zoo", "intersection", "corner", "terminal", "campus", "gallery");
    /** Heads of facilities that lie abroad of the country in their name ("Russian Embassy" is in the host city). */
    private static final Set<String> MISSION_NOUNS = Set.of("embassy", "consulate", "mission", "legation");

    /** Nouns after a hyphenated pair of countries that make it a place or relation phrase ("border", "ties"). */
    private static final Set<String> COMPOUND_NOUNS = Set.of("border", "borders", "frontier", "boundary", "region",
            "border-region", "borderlands", "line", "corridor", "crossing", "relations", "ties", "talks", "war",
            "conflict", "peace", "dialogue", "summit", "trade", "tensions", "area", "belt", "highway", "railway",
            "pipeline", "agreement", "treaty", "accord", "alliance", "axis", "partnership", "cooperation", "rivalry",
            "standoff", "dispute", "ceasefire", "truce", "joint", "bilateral", "relationship", "friendship");
    /** Combining forms of country names used in compounds ("Sino-Indian", "Indo-Pak", "Anglo-French"). */
    private static final Map<String, String> COMBINING_FORMS = Map.ofEntries(Map.entry("sino", "CN"),
            Map.entry("indo", "IN"), Map.entry("anglo", "GB"), Map.entry("franco", "FR"), Map.entry("russo", "RU"),
            Map.entry("italo", "IT"), Map.entry("greco", "GR"), Map.entry("austro", "AT"), Map.entry("luso", "PT"),
            Map.entry("hispano", "ES"), Map.entry("turco", "TR"), Map.entry("nippo", "JP"), Map.entry("serbo", "RS"),
            Map.entry("germano", "DE"), Map.entry("polono", "PL"), Map.entry("afro", ""), Map.entry("euro", ""));
    /** Words that make a sentence diplomatic, where a capital stands for its government's seat. */
    private static final Set<String> DIPLOMATIC_CUES = Set.of("talks", "visit", "visited", "visiting", "visits",
            "summit", "embassy", "embassies", "ambassador", "envoy", "envoys", "diplomat", "diplomats", "diplomatic",
            "minister", "ministers", "secretary", "officials", "administration", "government", "negotiations",
            "negotiators", "sanctions", "treaty", "delegation", "bilateral", "president", "meeting", "met", "trip",
            "policy", "state", "congress", "lawmakers", "senate", "accord", "agreement", "relations", "ties");
    /** AP style abbreviations of US states, written after a city ("Springfield, Ill."): keys to GeoNames codes. */
    private static final Map<String, String> US_STATE_ABBREVIATIONS = Map.ofEntries(Map.entry("ala", "AL"),
            Map.entry("ariz", "AZ"), Map.entry("ark", "AR"), Map.entry("calif", "CA"), Map.entry("colo", "CO"),
            Map.entry("conn", "CT"), Map.entry("del", "DE"), Map.entry("fla", "FL"), Map.entry("ga", "GA"),
            Map.entry("ill", "IL"), Map.entry("ind", "IN"), Map.entry("kan", "KS"), Map.entry("kans", "KS"),
            Map.entry("ky", "KY"), Map.entry("la", "LA"), Map.entry("md", "MD"), Map.entry("mass", "MA"),
            Map.entry("mich", "MI"), Map.entry("minn", "MN"), Map.entry("miss", "MS"), Map.entry("mo", "MO"),
            Map.entry("mont", "MT"), Map.entry("neb", "NE"), Map.entry("nebr", "NE"), Map.entry("nev", "NV"),
            Map.entry("nh", "NH"), Map.entry("nj", "NJ"), Map.entry("nm", "NM"), Map.entry("ny", "NY"),
            Map.entry("nc", "NC"), Map.entry("nd", "ND"), Map.entry("okla", "OK"), Map.entry("ore", "OR"),
            Map.entry("pa", "PA"), Map.entry("ri", "RI"), Map.entry("sc", "SC"), Map.entry("sd", "SD"),
            Map.entry("tenn", "TN"), Map.entry("tex", "TX"), Map.entry("vt", "VT"), Map.entry("va", "VA"),
            Map.entry("wash", "WA"), Map.entry("wis", "WI"), Map.entry("wisc", "WI"), Map.entry("wva", "WV"),
            Map.entry("wyo", "WY"), Map.entry("dc", "DC"), Map.entry("w va", "WV"), Map.entry("n mex", "NM"),
            Map.entry("s c", "SC"), Map.entry("n c", "NC"), Map.entry("n y", "NY"), Map.entry("n j", "NJ"),
            Map.entry("s d", "SD"), Map.entry("n d", "ND"), Map.entry("r i", "RI"), Map.entry("n h", "NH"));

    /** Abbreviations of Canadian provinces and territories (Canadian Press style, postal codes) → GeoNames codes. */
    private static final Map<String, String> CANADIAN_PROVINCE_ABBREVIATIONS = Map.ofEntries(Map.entry("bc", "02"),
            Map.entry("alta", "01"), Map.entry("ab", "01"), Map.entry("sask", "11"), Map.entry("sk", "11"),
            Map.entry("man", "03"), Map.entry("mb", "03"), Map.entry("ont", "08"), Map.entry("on", "08"),
            Map.entry("que", "10"), Map.entry("qc", "10"), Map.entry("nb", "04"), Map.entry("ns", "07"),
            Map.entry("pei", "09"), Map.entry("nl", "05"), Map.entry("nfld", "05"), Map.entry("yt", "12"),
            Map.entry("nwt", "13"), Map.entry("nu", "14"));

    private final Gazetteer gazetteer;
    /** Clipped forms for compounds: a unique beginning (3+ letters) of one country's name or demonym → its code. */
    private final Map<String, String> clipped;

    /**
     * @param gazetteer the places and demonyms to look names up in
     */
    public ToponymFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.clipped = clippedForms(gazetteer);
    }

    private static Map<String, String> clippedForms(Gazetteer gazetteer) {
        Map<String, String> forms = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Map.Entry<String, Place> e : gazetteer.demonymsByKey().entrySet()) {
            if (e.getValue().isCountry()) {
                addPrefixes(e.getKey(), e.getValue().countryCode(), forms, ambiguous);
            }
        }
        for (Place country : gazetteer.countries()) {
            addPrefixes(PlaceNames.key(country.name()), country.countryCode(), forms, ambiguous);
        }
        ambiguous.forEach(forms::remove);
        return Map.copyOf(forms);
    }

    private static void addPrefixes(String key, String cc, Map<String, String> forms, Set<String> ambiguous) {
        if (key.indexOf(' ') >= 0) {
            return;
        }
        for (int len = 3; len <= key.length(); len++) {
            String prefix = key.substring(0, len);
            String old = forms.putIfAbsent(prefix, cc);
            if (old != null && !old.equals(cc)) {
                ambiguous.add(prefix);
            }
        }
    }

    /**
     * Finds the toponyms of a document: the dateline's place, then those of every sentence, in text order.
     *
     * @param doc a document with {@link Layer#SENTENCES} and tokens; POS tags and {@link Layer#MENTIONS} are used
     *            when present
     * @return references in text order, never overlapping; empty when none
     */
    public List<PlaceReference> find(Document doc) {
        List<PlaceReference> out = new ArrayList<>();
        dateline(doc).ifPresent(out::add);
        List<Mention> mentions = doc.has(Layer.MENTIONS) ? doc.mentions() : List.of();
        for (Sentence sentence : doc.sentences()) {
            findInSentence(doc, sentence, doc.tokensIn(sentence), Document.within(mentions, sentence.span()), out);
        }
        out.replaceAll(ref -> withFacility(doc, ref));
        // a dateline inside the body (input whose dateline field also opens its text) is also found in the first
        // sentence: keep the dateline's reference only
        int end = -1;
        for (java.util.Iterator<PlaceReference> it = out.iterator(); it.hasNext(); ) {
            PlaceReference ref = it.next();
            if (ref.span().start() < end) {
                it.remove();
            } else {
                end = ref.span().end();
            }
        }
        return out;
    }

    /**
     * Looks up one given span (a gold toponym, say) with its sentence's context, whatever the recognition rules
     * would say of it: its key's places, else the country of a demonym.
     *
     * @param doc  the document (sentences and tokens)
     * @param span character offsets of the name
     * @return the reference, or empty when the gazetteer knows no such name
     */
    public Optional<PlaceReference> lookup(Document doc, Span span) {
        return lookupName(doc, span).map(ref -> withFacility(doc, ref));
    }

    private Optional<PlaceReference> lookupName(Document doc, Span span) {
        String text = doc.text(span);
        Sentence sentence = sentenceOf(doc, span);
        int index = sentence == null ? -1 : sentence.index();
        boolean diplomatic = sentence != null && isDiplomatic(doc.tokensIn(sentence));
        String abbreviated = US_STATE_ABBREVIATIONS.get(PlaceNames.key(text));
        String province = CANADIAN_PROVINCE_ABBREVIATIONS.get(PlaceNames.key(text));
        if (abbreviated != null && text.endsWith(".") && !isAcronym(text) || province != null && (text.endsWith(".") || isAcronym(text))) {
            // "Va.", "La.", "W. Va.", "B.C.", "Ont.": abbreviations of US states and Canadian provinces, written
            // with a period (or, for provinces, as capitals), before any town "Va"
            Optional<Place> division = abbreviated != null && text.endsWith(".") && !isAcronym(text)
                    ? gazetteer.admin1("US", abbreviated)
                    : gazetteer.admin1("CA", province);
            if (division.isPresent()) {
                return Optional.of(new PlaceReference(span, PlaceNames.key(text), Toponym.Kind.NAME,
                        List.of(division.get()), index, List.of(), diplomatic));
            }
        }
        for (String key : lookupKeys(text)) {
            List<Place> places = placesFor(text, key);
            if (!places.isEmpty()) {
                PlaceReference ref = new PlaceReference(span, key, Toponym.Kind.NAME, places, index, List.of(), diplomatic);
                return Optional.of(sentence == null ? ref : withContainerAfter(doc, ref, doc.tokensIn(sentence)));
            }
            Optional<Place> demonym = gazetteer.demonymPlace(key);
            if (demonym.isPresent()) {
                return Optional.of(new PlaceReference(span, key, Toponym.Kind.DEMONYM, List.of(demonym.get()), index,
                        List.of(), diplomatic));
            }
            String state = US_STATE_ABBREVIATIONS.get(key);
            if (state != null || text.length() == 2 && isAcronym(text)) {
                Optional<Place> division = gazetteer.admin1("US", state != null ? state : text);
                if (division.isPresent()) {
                    return Optional.of(new PlaceReference(span, key, Toponym.Kind.NAME, List.of(division.get()), index,
                            List.of(), diplomatic));
                }
            }
        }
        // a county named without its generic word ("Clarke and Oconee counties", "in Swift")
        String key = PlaceNames.key(text);
        for (String generic : List.of(" county", " parish", " borough")) {
            List<Place> places = gazetteer.candidates(key + generic).stream().filter(Place::isAdmin2).toList();
            if (!places.isEmpty()) {
                return Optional.of(new PlaceReference(span, key + generic, Toponym.Kind.NAME, places, index, List.of(),
                        diplomatic));
            }
        }
        return insideName(span, text, index, diplomatic);
    }

    /**
     * The longest run of words inside a name that the gazetteer knows, for names it does not know as a whole:
     * "Colorado State University" → Colorado, "Sokoto State" → Sokoto, "South Florida" → Florida. The span stays
     * the whole name.
     */
    private Optional<PlaceReference> insideName(Span span, String text, int index, boolean diplomatic) {
        String[] words = PlaceNames.key(text).split(" ");
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String key = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
                if (key.length() < 3 || NAME_LINKS.contains(key) || PLACE_MODIFIERS.contains(key)
                        || GEO_GENERICS.contains(key) || GENERIC_NOUNS.contains(key)) {
                    continue;
                }
                List<Place> places = gazetteer.candidates(key);
                if (!places.isEmpty()) {
                    return Optional.of(new PlaceReference(span, key, Toponym.Kind.NAME, places, index, List.of(),
                            diplomatic));
                }
                Optional<Place> demonym = gazetteer.demonymPlace(key);
                if (demonym.isPresent()) {
                    return Optional.of(new PlaceReference(span, key, Toponym.Kind.DEMONYM, List.of(demonym.get()),
                            index, List.of(), diplomatic));
                }
            }
        }
        return Optional.empty();
    }

    /** The reference marked as a facility's, or a facility's modifier's, when its text says so. */
    private PlaceReference withFacility(Document doc, PlaceReference ref) {
        if (ref.kind() != Toponym.Kind.NAME && ref.kind() != Toponym.Kind.DEMONYM) {
            return ref;
        }
        String text = doc.text(ref.span());
        // the gazetteer knows the whole name when it is a candidate's own name ("College Park"), not when only an
        // alternate name of another place matches ("Washington Square" for Franklin Square, New York)
        boolean known = PlaceNames.key(text).equals(ref.key())
                && ref.candidates().stream().anyMatch(p -> PlaceNames.key(p.name()).equals(ref.key()));
        if (isFacilityName(text, known)) {
            return ref.as(isMission(text) ? PlaceReference.Facility.MISSION : PlaceReference.Facility.FACILITY);
        }
        String after = doc.text().substring(ref.end(), Math.min(doc.text().length(), ref.end() + 60));
        // a demonym before a facility noun stands for its country ("Russian ministry"), as GeoWebNews reads it
        return ref.kind() == Toponym.Kind.NAME && modifiesFacility(after) ? ref.as(PlaceReference.Facility.MODIFIER)
                : ref;
    }

    /**
     * Whether a name is the name of a facility, a street or a building: its last word is a facility head noun
     * ("Carnegie Library", "Buckland Elementary", "Embassy of Armenia" by its first) and the gazetteer does not
     * know the whole name as a place's own name ("College Park" is a town).
     *
     * @param name  the name as written
     * @param known true when the whole name is a gazetteer place's own name
     */
    static boolean isFacilityName(String name, boolean known) {
        String[] own = name.split("[\\s]+");
        return !known && own.length > 1 && (FACILITY_NOUNS.contains(word(own[own.length - 1]))
                || MISSION_NOUNS.contains(word(own[0])));
    }

    /**
     * Whether the text after a name makes it a facility's modifier: the next word is a facility head noun
     * ("Heathrow airport", "Bourbon Street"), or one follows a second name joined by "and", "&" or "/" ("Bourbon
     * and Dauphine streets", "the Chartres/Franklin intersection").
     *
     * @param after the text right after the name
     */
    static boolean modifiesFacility(String after) {
        String[] next = after.split("(?<=/)|(?=/)|[\\s]+", 6);
        int i = 0;
        while (i < next.length && next[i].isEmpty()) {
            i++;
        }
        if (i >= next.length) {
            return false;
        }
        if (FACILITY_NOUNS.contains(word(next[i]))) {
            return true;
        }
        String joiner = next[i];
        if ((joiner.equals("and") || joiner.equals("&") || joiner.equals("/")) && i + 2 < next.length
                && !next[i + 1].isEmpty() && Character.isUpperCase(next[i + 1].charAt(0))) {
            String head = word(next[i + 2]);
            return FACILITY_NOUNS.contains(head) && head.endsWith("s") || head.equals("intersection")
                    || head.equals("corner");
        }
        return false;
    }

    /** Whether a facility name's head is a diplomatic mission's ("Russian Embassy", "Embassy of Armenia"). */
    private static boolean isMission(String name) {
        for (String w : name.split("[\\s]+")) {
            if (MISSION_NOUNS.contains(word(w))) {
                return true;
            }
        }
        return false;
    }

    /** A word lower-cased, without surrounding punctuation ("St." → "st"). */
    private static String word(String w) {
        int from = 0;
        int to = w.length();
        while (from < to && !Character.isLetter(w.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetter(w.charAt(to - 1))) {
            to--;
        }
        return w.substring(from, to).toLowerCase(Locale.ROOT);
    }

    /** The key of a span's text, then looser variants: without "the", without a possessive. */
    static List<String> lookupKeys(String text) {
        List<String> keys = new ArrayList<>();
        String key = PlaceNames.key(text);
        keys.add(key);
        String k = key;
        if (k.startsWith("the ")) {
            k = k.substring(4);
            keys.add(k);
        }
        if (k.endsWith("'s") || k.endsWith("s'")) {
            keys.add(k.substring(0, k.length() - 2));
        }
        return keys;
    }

    private static Sentence sentenceOf(Document doc, Span span) {
        for (Sentence s : doc.sentences()) {
            if (s.span().contains(span) || s.span().overlaps(span)) {
                return s;
            }
        }
        return null;
    }

    private Optional<PlaceReference> dateline(Document doc) {
        Article article = doc.article();
        if (article.dateline().isEmpty()) {
            return Optional.empty();
        }
        String dateline = article.dateline().get();
        int comma = dateline.indexOf(',');
        String place = (comma < 0 ? dateline : dateline.substring(0, comma)).strip();
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String text = doc.text();
        int at = text.lastIndexOf(place, article.body().start());
        if (at < 0) {
            return Optional.empty();
        }
        List<Place> places = gazetteer.candidates(PlaceNames.key(place));
        if (places.isEmpty()) {
            return Optional.empty();
        }
        List<Place> container = List.of();
        if (comma >= 0) {
            String region = dateline.substring(comma + 1).strip();
            container = containerPlaces(PlaceNames.key(region), region);
        }
        return Optional.of(new PlaceReference(new Span(at, at + place.length()), PlaceNames.key(place),
                Toponym.Kind.DATELINE, places, -1, container, false));
    }

    private void findInSentence(Document doc, Sentence sentence, List<Token> tokens, List<Mention> mentions,
                                List<PlaceReference> out) {
        int n = tokens.size();
        if (n == 0) {
            return;
        }
        String[] keys = new String[n];
        boolean[] caps = new boolean[n];
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i).text();
            caps[i] = !t.isEmpty() && Character.isUpperCase(t.charAt(0));
            if (caps[i] || t.indexOf('-') > 0 || NAME_LINKS.contains(t)) {
                keys[i] = PlaceNames.key(t);
            }
        }
        boolean diplomatic = isDiplomatic(tokens);
        int first = out.size();
        int i = 0;
        while (i < n) {
            if (!caps[i]) {
                i++;
                continue;
            }
            int compound = compound(tokens, keys, i, sentence.index(), diplomatic, out);
            if (compound > 0) {
                i = compound;
                continue;
            }
            int end = longestName(tokens, keys, caps, i);
            if (end > i) {
                Span span = new Span(tokens.get(i).start(), tokens.get(end - 1).end());
                String key = joinKeys(keys, i, end);
                List<Place> places = placesFor(doc.text(span), key);
                if (!places.isEmpty() && isPlaceInContext(doc, tokens, keys, caps, i, end, places, mentions)) {
                    out.add(new PlaceReference(span, key, Toponym.Kind.NAME, places, sentence.index(), List.of(),
                            diplomatic));
                }
                i = end;
                continue;
            }
            Optional<Place> country = gazetteer.demonymPlace(keys[i]);
            if (country.isPresent()) {
                out.add(new PlaceReference(tokens.get(i).span(), keys[i], Toponym.Kind.DEMONYM, List.of(country.get()),
                        sentence.index(), List.of(), diplomatic));
            }
            i++;
        }
        for (int k = first; k < out.size(); k++) {
            PlaceReference ref = out.get(k);
            if (ref.kind() == Toponym.Kind.NAME) {
                out.set(k, withContainerAfter(doc, ref, tokens));
            }
        }
    }

    /** End (exclusive) of the longest gazetteer name starting at token {@code i}, or {@code i} when none. */
    private int longestName(List<Token> tokens, String[] keys, boolean[] caps, int i) {
        int limit = Math.min(tokens.size(), i + Math.min(MAX_NAME_TOKENS, gazetteer.longestName() + 1));
        int best = i;
        StringBuilder key = new StringBuilder();
        for (int j = i; j < limit; j++) {
            if (keys[j] == null) {
                break;
            }
            if (!caps[j] && !NAME_LINKS.contains(tokens.get(j).text())) {
                break;
            }
            if (!keys[j].isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(keys[j]);
            }
            if (caps[j] && gazetteer.hasName(key.toString())) {
                best = j + 1;
            }
        }
        return best;
    }

    private static String joinKeys(String[] keys, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (!keys[j].isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(keys[j]);
            }
        }
        return b.toString();
    }

    private boolean isPlaceInContext(Document doc, List<Token> tokens, String[] keys, boolean[] caps, int from, int to,
                                     List<Place> places, List<Mention> mentions) {
        boolean country = places.stream().anyMatch(Place::isCountry);
        if (to - from == 1 && TIME_WORDS.contains(keys[from])) {
            return false;
        }
        // a single word the tagger reads as a common word: "Police", "March" at the start of a sentence
        if (to - from == 1) {
            String tag = tokens.get(from).tag();
            if (!tag.isEmpty() && !tag.equals("PROPN") && !tag.equals("X") && !country) {
                return false;
            }
            String text = tokens.get(from).text();
            if (text.length() < 2) {
                return false;
            }
        }
        if (to < tokens.size()) {
            String next = tokens.get(to).text();
            String lower = next.toLowerCase(Locale.ROOT);
            if (REPORTING_VERBS.contains(lower)) {
                return false;
            }
            if (caps[to] && !TIME_WORDS.contains(lower) && !GEO_GENERICS.contains(lower)
                    && !(country && STATE_INSTITUTIONS.contains(lower))
                    && !gazetteer.hasName(keys[to]) && gazetteer.demonymPlace(keys[to]).isEmpty()) {
                return false;
            }
        }
        if (from > 0 && caps[from - 1]) {
            String prev = tokens.get(from - 1).text().toLowerCase(Locale.ROOT);
            boolean sentenceStart = from - 1 == 0;
            if (!PLACE_MODIFIERS.contains(prev) && !(sentenceStart && tokens.get(from - 1).tag().equals("ADP"))
                    && !gazetteer.hasName(keys[from - 1]) && gazetteer.demonymPlace(keys[from - 1]).isEmpty()) {
                return false;
            }
        }
        Span span = new Span(tokens.get(from).start(), tokens.get(to - 1).end());
        for (Mention m : mentions) {
            if (m.start() > span.end()) {
                break;
            }
            if (m.actor().resolution() == Actor.Resolution.DICTIONARY && m.span().contains(span)
                    && m.span().length() > span.length() && addsCapitalisedWord(doc, m.span(), span)
                    && !gazetteer.hasName(PlaceNames.key(doc.text(m.span())))
                    && !(country && coversOnlyInstitution(doc, m.span(), span))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The places a written name may refer to: an acronym ("EU") only to countries, continents and divisions, never
     * to a town that shares its letters ("Eu"); a demonym ("Canadian") to its country rather than to small towns
     * named after it (Canadian, Texas).
     */
    private List<Place> placesFor(String written, String key) {
        List<Place> places = gazetteer.candidates(key);
        if (places.isEmpty()) {
            return places;
        }
        if (isAcronym(written)) {
            places = places.stream().filter(p -> p.isCountry() || p.isAdmin1() || p.isRegion())
                    .toList();
        }
        if (gazetteer.demonymPlace(key).isPresent()
                && places.stream().noneMatch(p -> p.isCountry() || p.population() >= 100_000)) {
            return List.of();
        }
        return places;
    }

    /** A word of 2 to 4 letters, all capitals ("EU", "BC", "NATO"). */
    static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        if (letters.length() < 2 || letters.length() > 4) {
            return false;
        }
        for (int i = 0; i < letters.length(); i++) {
            if (!Character.isUpperCase(letters.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the mention holds a capitalised word besides the name ("Georgia Tech", not "eastern Kenya"). */
    private static boolean addsCapitalisedWord(Document doc, Span mention, Span name) {
        String text = doc.text();
        for (int i = mention.start(); i < mention.end(); i++) {
            if ((i < name.start() || i >= name.end()) && Character.isUpperCase(text.charAt(i))
                    && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** True when the mention adds to a country name only words of its institutions ("Pakistan Army"). */
    private static boolean coversOnlyInstitution(Document doc, Span mention, Span name) {
        String rest = (doc.text().substring(mention.start(), name.start()) + " "
                + doc.text().substring(name.end(), mention.end())).strip().toLowerCase(Locale.ROOT);
        for (String w : rest.split("[\\s']+")) {
            if (!w.isEmpty() && !STATE_INSTITUTIONS.contains(w) && !w.equals("s") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A border or region compound at token {@code i}: "Pak-Afghan border" as one token or as "Pak", "-", "Afghan".
     *
     * @return the index after the compound when one was added, else 0
     */
    private int compound(List<Token> tokens, String[] keys, int i, int sentenceIndex, boolean diplomatic,
                         List<PlaceReference> out) {
        // the word as written: adjacent tokens joined, since the tokenizer may cut "Pak-Afghan" anywhere near the
        // hyphen ("Pak-" "Afghan", "Sino" "-Indian", "Pak" "-" "Afghan")
        Token t = tokens.get(i);
        StringBuilder joined = new StringBuilder(t.text());
        int next = i + 1;
        while (next < tokens.size() && next < i + 3 && tokens.get(next).start() == tokens.get(next - 1).end()
                && (tokens.get(next).text().startsWith("-") || joined.charAt(joined.length() - 1) == '-')) {
            joined.append(tokens.get(next).text());
            next++;
        }
        String text = joined.toString();
        int dash = text.indexOf('-');
        if (dash <= 0 || dash >= text.length() - 1 || text.indexOf('-', dash + 1) >= 0) {
            return 0;
        }
        List<Span> parts = List.of(new Span(t.start(), t.start() + dash),
                new Span(t.start() + dash + 1, t.start() + text.length()));
        List<String> words = List.of(text.substring(0, dash), text.substring(dash + 1));
        if (next >= tokens.size() || !COMPOUND_NOUNS.contains(tokens.get(next).text().toLowerCase(Locale.ROOT))) {
            return 0;
        }
        String text0 = words.get(0);
        String text1 = words.get(1);
        Span second = parts.get(1);
        if (text0.isEmpty() || text1.isEmpty() || !Character.isUpperCase(text1.charAt(0))) {
            return 0;
        }
        Optional<Place> a = compoundCountry(PlaceNames.key(text0));
        Optional<Place> b = compoundCountry(PlaceNames.key(text1));
        if (a.isEmpty() || b.isEmpty() || a.get().countryCode().equals(b.get().countryCode())) {
            return 0;
        }
        out.add(new PlaceReference(parts.get(0), PlaceNames.key(text0), Toponym.Kind.COMPOUND, List.of(a.get()),
                sentenceIndex, List.of(), diplomatic));
        out.add(new PlaceReference(second, PlaceNames.key(text1), Toponym.Kind.COMPOUND, List.of(b.get()),
                sentenceIndex, List.of(), diplomatic));
        return next;
    }

    private Optional<Place> compoundCountry(String key) {
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
            return Optional.empty();
        }
        Optional<Place> named = gazetteer.candidates(key).stream().filter(Place::isCountry).findFirst();
        if (named.isPresent()) {
            return named;
        }
        Optional<Place> demonym = gazetteer.demonymPlace(key).filter(Place::isCountry);
        if (demonym.isPresent()) {
            return demonym;
        }
        String cc = COMBINING_FORMS.getOrDefault(key, clipped.get(key));
        return cc == null || cc.isEmpty() ? Optional.empty() : gazetteer.country(cc);
    }

    /** The reference with the places of a division written right after it: ", Illinois", ", Ill.", ", IL". */
    private PlaceReference withContainerAfter(Document doc, PlaceReference ref, List<Token> tokens) {
        int after = -1;
        for (int j = 0; j < tokens.size(); j++) {
            if (tokens.get(j).start() >= ref.end()) {
                after = j;
                break;
            }
        }
        if (after < 0 || after + 1 >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return ref;
        }
        // the division: the longest capitalised run after the comma that names a division or a country
        StringBuilder key = new StringBuilder();
        List<Place> best = List.of();
        for (int j = after + 1; j < Math.min(tokens.size(), after + 1 + MAX_NAME_TOKENS); j++) {
            String t = tokens.get(j).text();
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) && !NAME_LINKS.contains(t)) {
                if (!t.equals(".")) {
                    break;
                }
            }
            String k = PlaceNames.key(t);
            if (k.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(k);
            List<Place> places = containerPlaces(key.toString(), key.length() == 2 ? t : "");
            if (!places.isEmpty()) {
                best = places;
            }
        }
        return best.isEmpty() ? ref : ref.withContainer(best);
    }

    /** Divisions and countries with this key, or the US state of a postal code or AP abbreviation. */
    private List<Place> containerPlaces(String key, String written) {
        List<Place> places = new ArrayList<>();
        for (Place p : gazetteer.candidates(key)) {
            if (p.isAdmin1() || p.isCountry() || p.isAdmin2()) {
                places.add(p);
            }
        }
        String code = US_STATE_ABBREVIATIONS.get(key);
        if (code == null && written.length() == 2 && Character.isUpperCase(written.charAt(1))) {
            code = written;
        }
        if (code != null) {
            gazetteer.admin1("US", code).ifPresent(places::add);
        }
        return places;
    }

    private static boolean isDiplomatic(List<Token> tokens) {
        for (Token t : tokens) {
            String text = t.text();
            if (!text.isEmpty() && Character.isLetter(text.charAt(0))
                    && DIPLOMATIC_CUES.contains(text.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
