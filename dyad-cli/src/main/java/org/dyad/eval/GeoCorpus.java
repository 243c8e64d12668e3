package org.dyad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A toponym resolution corpus: articles with their gold toponyms. Two formats are read, both from Gritta et al.'s
 * "Pragmatic Guide to Geoparsing Evaluation" repository:
 * <ul>
 *   <li><b>GeoWebNews</b> ({@code GWN.xml}): {@code <article><text>} and {@code <toponym>} elements with
 *       {@code start}, {@code end}, {@code extractedName}, {@code type} and, for the locational ones, {@code latitude},
 *       {@code longitude} and an optional {@code geonamesID}. Only toponyms with coordinates are gold here.</li>
 *   <li><b>LGL</b> ({@code lgl.xml}, Lieberman et al. 2010): {@code <article><text>} and {@code <toponym>} elements
 *       with {@code start}, {@code end}, {@code phrase} and a {@code gaztag geonameid} holding {@code lat} and
 *       {@code lon}. Toponyms without a gaztag are kept for recognition but have no coordinates.</li>
 * </ul>
 * Offsets are character offsets into the article text, end exclusive. A toponym whose offsets do not cover its
 * name is moved to the nearest occurrence of the name; one that cannot be found is dropped and counted.
 *
 * @param name     "gwn" or "lgl"
 * @param articles the articles in file order
 * @param dropped  gold toponyms whose offsets could not be matched to their name
 */
public record GeoCorpus(String name, List<Article> articles, int dropped) {
    public GeoCorpus {
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
    }

    /** One article and its gold toponyms. */
    public record Article(String id, String text, List<Gold> toponyms) {
        public Article {
            toponyms = List.copyOf(toponyms);
        }
    }

    /**
     * One gold toponym.
     *
     * @param start     offset of its first character
     * @param end       offset after its last character
     * @param name      the name as written
     * @param lat       gold latitude; empty when the corpus gives none
     * @param lon       gold longitude
     * @param geonameId gold GeoNames id; empty when the corpus gives none
     * @param type      what the corpus says the toponym is: GeoWebNews's {@code type} ("Literal", "Metonymic"…) or
     *                  LGL's GeoNames feature class and code ("P.PPL", "A.ADM1"); empty when it says nothing
     */
    public record Gold(int start, int end, String name, Optional<Double> lat, Optional<Double> lon,
                       Optional<Integer> geonameId, String type) {
        public Gold {
            Objects.requireNonNull(type, "type");
        }

        /** True when the toponym has gold coordinates (it is scored for resolution). */
        public boolean located() {
            return lat.isPresent() && lon.isPresent();
        }
    }

    /**
     * Reads a corpus file.
     *
     * @param name "gwn" or "lgl"
     * @param file the XML file
     * @throws EvalInputException when the file is missing or is not such XML
     */
    public static GeoCorpus read(String name, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EvalInputException("geo corpus " + file + " not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            return parse(name, xml);
        } catch (IOException | XMLStreamException e) {
            throw new EvalInputException("cannot read geo corpus " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new EvalInputException("geo corpus " + file + " has a malformed number: " + e.getMessage(), e);
        }
    }

    private static GeoCorpus parse(String name, XMLStreamReader xml) throws XMLStreamException {
        List<Article> articles = new ArrayList<>();
        int dropped = 0;
        String id = "";
        String text = null;
        List<Gold> gold = new ArrayList<>();
        Integer start = null;
        Integer end = null;
        String phrase = null;
        Double lat = null;
        Double lon = null;
        Integer geonameId = null;
        String type = "";
        String fclass = "";
        int count = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "article" -> {
                        String docid = xml.getAttributeValue(null, "docid");
                        String file = xml.getAttributeValue(null, "file");
                        id = docid != null ? docid : file != null ? file : String.valueOf(count);
                        count++;
                        text = null;
                        gold = new ArrayList<>();
                    }
                    case "text" -> text = xml.getElementText();
                    case "toponym" -> {
                        start = null;
                        end = null;
                        phrase = null;
                        lat = null;
                        lon = null;
                        geonameId = null;
                        type = "";
                        fclass = "";
                    }
                    case "start" -> start = Integer.valueOf(xml.getElementText().strip());
                    case "end" -> end = Integer.valueOf(xml.getElementText().strip());
                    case "phrase", "extractedName" -> phrase = xml.getElementText();
                    case "lat", "latitude" -> lat = number(xml.getElementText());
                    case "lon", "longitude" -> lon = number(xml.getElementText());
                    case "geonamesID" -> geonameId = integer(xml.getElementText());
                    case "type" -> type = xml.getElementText().strip();
                    case "fclass" -> fclass = xml.getElementText().strip();
                    case "fcode" -> type = fclass + "." + xml.getElementText().strip();
                    case "gaztag" -> geonameId = integer(Objects.requireNonNullElse(
                            xml.getAttributeValue(null, "geonameid"), ""));
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("toponym") && start != null && end != null && phrase != null
                        && text != null) {
                    int[] fixed = align(text, start, end, phrase);
                    if (fixed == null) {
                        dropped++;
                    } else {
                        gold.add(new Gold(fixed[0], fixed[1], phrase, Optional.ofNullable(lat), Optional.ofNullable(lon),
                                Optional.ofNullable(geonameId), type));
                    }
                } else if (xml.getLocalName().equals("article")) {
                    if (text == null) {
                        throw new XMLStreamException("article " + id + " has no <text>");
                    }
                    gold.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                            : Integer.compare(a.end(), b.end()));
                    articles.add(new Article(id, text, gold));
                }
            }
        }
        return new GeoCorpus(name.toLowerCase(Locale.ROOT), articles, dropped);
    }

    /** The offsets of the phrase at or nearest to the given ones, or null when the text does not hold it. */
    private static int[] align(String text, int start, int end, String phrase) {
        if (end <= text.length() && start >= 0 && start <= end && text.substring(start, end).equals(phrase)) {
            return new int[] {start, end};
        }
        int best = -1;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
        }
        return best < 0 || Math.abs(best - start) > 50 ? null : new int[] {best, best + phrase.length()};
    }

    private static Double number(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : Double.valueOf(t);
    }

    private static Integer integer(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : Integer.valueOf(t);
    }
}
