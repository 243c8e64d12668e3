package org.dyad.geo;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the compact gazetteer resource ({@value Gazetteer#RESOURCE}) that {@link Gazetteer#load()} reads, from the
 * GeoNames dumps and name lexicons of the project's shared data. A tool, run by hand when the sources change; its
 * output is committed:
 * <pre>
 *   ./mvnw -q -o -pl dyad-core compile
 *   java -cp dyad-core/target/classes org.dyad.geo.GazetteerCompiler ../shared \
 *        dyad-core/src/main/resources/org/dyad/geo
 * </pre>
 *
 * <p>What goes in:
 * <ul>
 *   <li>populated places: {@code geonames/cities1000-2013.txt.gz} (every place of 1,000 people or more, 2013) merged
 *       by GeoNames id with {@code geonames/cities15000.txt} (2025), whose names, codes and populations win. Names:
 *       the name and ASCII name of every place, plus the Latin-script alternate names of the cities15000 places
 *       (exonyms such as "Kiev", short forms such as "D.C.");</li>
 *   <li>first- and second-level divisions ({@code admin1CodesASCII.txt}, {@code admin2Codes.txt}) that hold at least
 *       one of those places. GeoNames gives them no coordinates here, so a division's point is the middle of the
 *       box around its places (the 1st to 99th percentile of latitude and of longitude when it has 20 places or
 *       more, so that one outlying island does not move it), and its population the sum of theirs, unless CLAVIN's
 *       supplementary gazetteer gives the division's GeoNames point (England, Scotland, the Belgian regions, the
 *       Swiss cantons…). A first-level name is also entered without a generic last word ("Punjab Province" →
 *       "Punjab");</li>
 *   <li>countries ({@code countryInfo.txt}: GeoNames id, name, population, ISO codes), located by the country
 *       points of CLAVIN's supplementary gazetteer ({@code lexicons/clavin_SupplementaryGazetteer.txt}, GeoNames
 *       rows; its long official names are also entered), else by the capital;</li>
 *   <li>continents, with their demonyms ({@value #CONTINENTS}, Dyad's table of the GeoNames continent points);</li>
 *   <li>world regions, oceans and seas ("Middle East", "Atlantic", "Persian Gulf") with their demonyms, and extra
 *       names and demonyms of places already in ("Latin America" for South America, "English" for England):
 *       {@value #REGIONS}, Dyad's table;</li>
 *   <li>demonyms and nationality adjectives ({@code lexicons/mordecai_nationality_to_iso3.csv}, Mordecai, MIT) with
 *       their plural in -s, and Dyad's own country aliases ({@value #ALIASES}: "U.S.", "Britain"…).</li>
 * </ul>
 * The output is a gzip'd {@link DataOutputStream}; its layout is read back by {@link Gazetteer#read(InputStream)}.
 */
public final class GazetteerCompiler {
    /** Dyad's hand-written country aliases and combining forms, in the resource directory. */
    public static final String ALIASES = "country-aliases.tsv";
    /** Dyad's table of continents (GeoNames ids and points), in the resource directory. */
    public static final String CONTINENTS = "continents.tsv";
    /** Dyad's table of world regions, oceans and seas, and extra names and demonyms, in the resource directory. */
    public static final String REGIONS = "regions.tsv";

    private static final Set<String> ADMIN_SUFFIXES = Set.of("province", "region", "governorate", "state", "oblast",
            "county", "district", "prefecture", "department", "division", "territory", "municipality");

    /** What must not be left after removing a generic word: "Western Province" is not "Western". */
    private static final Set<String> VAGUE_REMAINDERS = Set.of("north", "south", "east", "west", "northern",
            "southern", "eastern", "western", "central", "north east", "north west", "south east", "south west",
            "northeast", "northwest", "southeast", "southwest", "capital", "federal", "national", "upper", "lower",
            "middle", "coast", "far north", "far west", "islands", "lake", "river", "mountain", "sea");

    private GazetteerCompiler() {
    }

    /**
     * @param args the shared data directory and the output resource directory
     * @throws IOException when a source cannot be read or the output written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerCompiler SHARED_DIR RESOURCE_DIR");
            System.exit(2);
        }
        Path shared = Path.of(args[0]);
        Path resources = Path.of(args[1]);
        long t0 = System.nanoTime();
        Compiled c = compile(shared, resources.resolve(ALIASES), resources.resolve(CONTINENTS),
                resources.resolve(REGIONS));
        Path out = resources.resolve(Gazetteer.RESOURCE_FILE);
        try (OutputStream os = Files.newOutputStream(out)) {
            c.write(os);
        }
        System.err.printf(Locale.ROOT, "%d places, %d names, %d demonyms -> %s (%d bytes) in %.1f s%n",
                c.places.size(), c.names.size(), c.demonyms.size(), out, Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    /** Mutable place under construction. */
    private static final class Row {
        int id;
        String name;
        String cc;
        String a1 = "";
        String a2 = "";
        double lat;
        double lon;
        String fclass;
        String fcode;
        long pop;
        final Set<String> names = new LinkedHashSet<>();

        Place toPlace() {
            return new Place(id, name, cc, a1, a2, lat, lon, fclass, fcode, pop);
        }
    }

    /** The compiled tables, ready to write. */
    static final class Compiled {
        final List<Row> places = new ArrayList<>();
        final Map<String, List<Integer>> names = new TreeMap<>();
        /** Demonym key → index of the place (a country or a continent) in {@link #places}. */
        final Map<String, Integer> demonyms = new TreeMap<>();

        /**
         * Writes format {@value Gazetteer#MAGIC} (gzip'd, big-endian, strings in Java's modified UTF-8 as
         * {@link DataOutputStream#writeUTF} writes them): the tag; a pool of the short strings places repeat (country,
         * division and feature codes), each place then naming them by index; the places; the indexes of the places in
         * ascending GeoNames id order (for {@link Gazetteer#byId}); the name keys with their places; the demonyms.
         */
        void write(OutputStream os) throws IOException {
            Map<String, Integer> pool = new LinkedHashMap<>();
            for (Row r : places) {
                for (String s : new String[] {r.cc, r.a1, r.a2, r.fclass, r.fcode}) {
                    pool.putIfAbsent(s, pool.size());
                }
            }
            Integer[] byId = new Integer[places.size()];
            for (int i = 0; i < byId.length; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, Comparator.comparingInt(i -> places.get(i).id));
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(os, 1 << 16)))) {
                out.writeUTF(Gazetteer.MAGIC);
                out.writeInt(pool.size());
                for (String s : pool.keySet()) {
                    out.writeUTF(s);
                }
                out.writeInt(places.size());
                for (Row r : places) {
                    out.writeInt(r.id);
                    out.writeUTF(r.name);
                    out.writeInt(pool.get(r.cc));
                    out.writeInt(pool.get(r.a1));
                    out.writeInt(pool.get(r.a2));
                    out.writeInt(pool.get(r.fclass));
                    out.writeInt(pool.get(r.fcode));
                    out.writeFloat((float) r.lat);
                    out.writeFloat((float) r.lon);
                    out.writeLong(r.pop);
                }
                for (int i : byId) {
                    out.writeInt(i);
                }
                out.writeInt(names.size());
                for (Map.Entry<String, List<Integer>> e : names.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeShort(e.getValue().size());
                    for (int i : e.getValue()) {
                        out.writeInt(i);
                    }
                }
                out.writeInt(demonyms.size());
                for (Map.Entry<String, Integer> e : demonyms.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue());
                }
            }
        }
    }

    static Compiled compile(Path shared, Path aliases, Path continents, Path regions) throws IOException {
        Path gn = shared.resolve("geo/geonames");
        Path lex = shared.resolve("geo/lexicons");
        Map<Integer, Row> cities = new LinkedHashMap<>();
        try (BufferedReader r = reader(Files.newInputStream(gn.resolve("cities1000-2013.txt.gz")), true)) {
            readCities(r, cities, false);
        }
        try (BufferedReader r = reader(Files.newInputStream(gn.resolve("cities15000.txt")), false)) {
            readCities(r, cities, true);
        }
        Compiled c = new Compiled();
        c.places.addAll(cities.values());

        // divisions located by their places
        Map<String, List<Row>> byA1 = new HashMap<>();
        Map<String, List<Row>> byA2 = new HashMap<>();
        for (Row r : cities.values()) {
            if (!r.a1.isEmpty()) {
                byA1.computeIfAbsent(r.cc + "." + r.a1, k -> new ArrayList<>()).add(r);
                if (!r.a2.isEmpty()) {
                    byA2.computeIfAbsent(r.cc + "." + r.a1 + "." + r.a2, k -> new ArrayList<>()).add(r);
                }
            }
        }
        addDivisions(gn.resolve("admin1CodesASCII.txt"), byA1, "ADM1", c);
        // GeoNames points of divisions that CLAVIN's supplementary gazetteer gives (GeoNames rows)
        Map<Integer, double[]> divisionPoints = new HashMap<>();
        try (BufferedReader r = reader(Files.newInputStream(lex.resolve("clavin_SupplementaryGazetteer.txt")), false)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length >= 9 && f[7].equals("ADM1")) {
                    divisionPoints.put(Integer.parseInt(f[0]), new double[] {Double.parseDouble(f[4]),
                            Double.parseDouble(f[5])});
                }
            }
        }
        for (Row row : c.places) {
            double[] point = row.fcode.equals("ADM1") ? divisionPoints.get(row.id) : null;
            if (point != null) {
                row.lat = point[0];
                row.lon = point[1];
            }
        }
        addDivisions(gn.resolve("admin2Codes.txt"), byA2, "ADM2", c);

        // countries
        Map<String, double[]> countryPoints = new HashMap<>();
        Map<String, List<String>> officialNames = new HashMap<>();
        try (BufferedReader r = reader(Files.newInputStream(lex.resolve("clavin_SupplementaryGazetteer.txt")), false)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 9 || !f[7].startsWith("PCL")) {
                    continue;
                }
                String cc = f[8];
                officialNames.computeIfAbsent(cc, k -> new ArrayList<>()).add(f[1]);
                if (f[7].equals("PCLI") || !countryPoints.containsKey(cc)) {
                    countryPoints.put(cc, new double[] {Double.parseDouble(f[4]), Double.parseDouble(f[5])});
                }
            }
        }
        Map<String, Row> capitals = new HashMap<>();
        for (Row r : cities.values()) {
            if (r.fcode.equals("PPLC")) {
                Row old = capitals.get(r.cc);
                if (old == null || r.pop > old.pop) {
                    capitals.put(r.cc, r);
                }
            }
        }
        Map<String, String> iso3 = new HashMap<>();
        Map<String, Row> countries = new HashMap<>();
        try (BufferedReader r = reader(Files.newInputStream(gn.resolve("countryInfo.txt")), false)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String cc = f[0];
                iso3.put(f[1], cc);
                double[] point = countryPoints.get(cc);
                Row capital = capitals.get(cc);
                if (point == null && capital == null) {
                    continue;
                }
                Row row = new Row();
                row.id = Integer.parseInt(f[16]);
                row.name = f[4];
                row.cc = cc;
                row.lat = point != null ? point[0] : capital.lat;
                row.lon = point != null ? point[1] : capital.lon;
                row.fclass = "A";
                row.fcode = "PCLI";
                row.pop = f[7].isEmpty() ? 0 : Long.parseLong(f[7]);
                row.names.add(f[4]);
                row.names.addAll(officialNames.getOrDefault(cc, List.of()));
                c.places.add(row);
                countries.put(cc, row);
            }
        }
        // Dyad's aliases: "alias<TAB>CC"
        for (String line : Files.readAllLines(aliases, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Row country = countries.get(f[1].strip());
            if (country == null) {
                throw new IllegalArgumentException(aliases + ": unknown country code in " + line);
            }
            country.names.add(f[0].strip());
        }
        Map<String, Integer> countryIndex = new HashMap<>();
        for (int i = 0; i < c.places.size(); i++) {
            if (c.places.get(i).fclass.equals("A") && c.places.get(i).fcode.equals("PCLI")) {
                countryIndex.put(c.places.get(i).cc, i);
            }
        }
        // continents: "id<TAB>name<TAB>names<TAB>lat<TAB>lon<TAB>demonyms"
        for (String line : Files.readAllLines(continents, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Row row = new Row();
            row.id = Integer.parseInt(f[0]);
            row.name = f[1];
            row.cc = "";
            row.lat = Double.parseDouble(f[3]);
            row.lon = Double.parseDouble(f[4]);
            row.fclass = "L";
            row.fcode = "CONT";
            row.names.add(f[1]);
            for (String alt : f[2].split("\\|")) {
                if (!alt.isBlank()) {
                    row.names.add(alt.strip());
                }
            }
            c.places.add(row);
            for (String d : f[5].split("\\|")) {
                if (!d.isBlank()) {
                    c.demonyms.put(PlaceNames.key(d), c.places.size() - 1);
                }
            }
        }
        // regions: "id<TAB>name<TAB>names<TAB>lat<TAB>lon<TAB>demonyms<TAB>class.code"
        for (String line : Files.readAllLines(regions, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(regions + ": expected 7 tab-separated fields in " + line);
            }
            int id = Integer.parseInt(f[0]);
            String[] feature = f[6].split("\\.");
            int index = -1;
            if (id == 0) {
                for (int i = 0; i < c.places.size() && index < 0; i++) {
                    Row r = c.places.get(i);
                    if (r.name.equals(f[1]) && r.fcode.equals(feature[1])) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new IllegalArgumentException(regions + ": no " + f[6] + " named " + f[1] + " in " + line);
                }
            } else {
                Row row = new Row();
                row.id = id;
                row.name = f[1];
                row.cc = "";
                row.lat = Double.parseDouble(f[3]);
                row.lon = Double.parseDouble(f[4]);
                row.fclass = feature[0];
                row.fcode = feature[1];
                row.names.add(f[1]);
                c.places.add(row);
                index = c.places.size() - 1;
            }
            for (String alt : f[2].split("\\|")) {
                if (!alt.isBlank()) {
                    c.places.get(index).names.add(alt.strip());
                }
            }
            for (String d : f[5].split("\\|")) {
                if (!d.isBlank()) {
                    c.demonyms.put(PlaceNames.key(d), index);
                }
            }
        }
        // demonyms: "nationality,ISO3"
        try (BufferedReader r = reader(Files.newInputStream(lex.resolve("mordecai_nationality_to_iso3.csv")), false)) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                int comma = line.lastIndexOf(',');
                if (comma < 0) {
                    continue;
                }
                String word = line.substring(0, comma).strip();
                String cc = iso3.get(line.substring(comma + 1).strip());
                if (cc == null || !countries.containsKey(cc) || word.isEmpty()) {
                    continue;
                }
                int index = countryIndex.get(cc);
                c.demonyms.putIfAbsent(PlaceNames.key(word), index);
                String lower = word.toLowerCase(Locale.ROOT);
                if (!lower.endsWith("s") && !lower.endsWith("ese") && !lower.endsWith("ch") && !lower.endsWith("sh")) {
                    c.demonyms.putIfAbsent(PlaceNames.key(word + "s"), index);
                }
            }
        }
        for (int i = 0; i < c.places.size(); i++) {
            for (String n : c.places.get(i).names) {
                String key = PlaceNames.key(n);
                if (!key.isEmpty()) {
                    List<Integer> list = c.names.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!list.contains(i)) {
                        list.add(i);
                    }
                }
            }
        }
        return c;
    }

    private static void readCities(BufferedReader r, Map<Integer, Row> cities, boolean recent) throws IOException {
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            if (f.length < 15) {
                continue;
            }
            Row row = new Row();
            row.id = Integer.parseInt(f[0]);
            row.name = f[1];
            row.lat = Double.parseDouble(f[4]);
            row.lon = Double.parseDouble(f[5]);
            row.fclass = f[6];
            row.fcode = f[7];
            row.cc = f[8];
            row.a1 = f[10];
            row.a2 = f[11];
            row.pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            Row old = cities.get(row.id);
            if (old != null) {
                row.names.addAll(old.names);
            }
            row.names.add(f[1]);
            row.names.add(f[2]);
            if (recent) {
                for (String alt : f[3].split(",")) {
                    if (isLatinName(alt)) {
                        row.names.add(alt);
                    }
                }
            }
            cities.put(row.id, row);
        }
    }

    /** An alternate name worth entering: Latin script, starts with a capital, not a code such as "WAS". */
    private static boolean isLatinName(String alt) {
        if (alt.length() < 2 || !Character.isUpperCase(alt.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 0; i < alt.length(); i++) {
            char ch = alt.charAt(i);
            if (Character.isLetter(ch)) {
                if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN) {
                    return false;
                }
                lower |= Character.isLowerCase(ch);
            } else if (Character.isDigit(ch)) {
                return false;
            }
        }
        // "D.C." has no lower-case letter but periods: keep abbreviations written with periods
        return lower || alt.indexOf('.') > 0;
    }

    private static void addDivisions(Path file, Map<String, List<Row>> members, String fcode, Compiled c)
            throws IOException {
        try (BufferedReader r = reader(Files.newInputStream(file), false)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    continue;
                }
                List<Row> inside = members.get(f[0]);
                if (inside == null || inside.isEmpty()) {
                    continue;
                }
                String[] code = f[0].split("\\.");
                Row row = new Row();
                row.id = Integer.parseInt(f[3]);
                row.name = f[1];
                row.cc = code[0];
                row.a1 = code[1];
                row.a2 = code.length > 2 ? code[2] : "";
                row.fclass = "A";
                row.fcode = fcode;
                double[] lats = inside.stream().mapToDouble(x -> x.lat).sorted().toArray();
                double[] lons = inside.stream().mapToDouble(x -> x.lon).sorted().toArray();
                row.lat = middle(lats);
                row.lon = middle(lons);
                row.pop = inside.stream().mapToLong(x -> x.pop).sum();
                row.names.add(f[1]);
                row.names.add(f[2]);
                if (fcode.equals("ADM1")) {
                    for (String n : List.of(f[1], f[2])) {
                        int space = n.lastIndexOf(' ');
                        if (space > 0 && ADMIN_SUFFIXES.contains(n.substring(space + 1).toLowerCase(Locale.ROOT))
                                && !VAGUE_REMAINDERS.contains(n.substring(0, space).toLowerCase(Locale.ROOT))) {
                            row.names.add(n.substring(0, space));
                        }
                    }
                }
                c.places.add(row);
            }
        }
    }

    private static double middle(double[] sorted) {
        int n = sorted.length;
        int lo = n >= 20 ? (int) (n * 0.01) : 0;
        int hi = n >= 20 ? (int) Math.ceil(n * 0.99) - 1 : n - 1;
        return (sorted[lo] + sorted[hi]) / 2;
    }

    private static BufferedReader reader(InputStream in, boolean gzip) throws IOException {
        InputStream s = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8), 1 << 16);
    }

}
