package org.dyad.eval;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Reads TimeML 1.2 documents ({@code .tml}) from a {@code .tar.gz} archive such as the TempEval-3 TimeBank +
 * AQUAINT training corpus ({@code TBAQ-cleaned}). Each document's text is the content of its {@code <TEXT>}
 * element with all tags removed; gold TIMEX3 offsets point into that text. The document creation time is the
 * TIMEX3 marked {@code functionInDocument="CREATION_TIME"} (in {@code <DCT>}); it is not a gold timex.
 */
public final class TimeMlReader {
    private TimeMlReader() {
    }

    /**
     * All {@code .tml} entries of the archive, in archive order.
     *
     * @throws EvalInputException when the archive cannot be read, or a document is not well-formed or has no
     *                            creation time; the message names the entry
     */
    public static List<TimeMlDocument> readArchive(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new EvalInputException("TimeML archive " + archive + " not found");
        }
        List<TimeMlDocument> out = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile() && entry.getName().endsWith(".tml")) {
                    byte[] bytes = tar.readAllBytes();
                    out.add(read(entry.getName(), new ByteArrayInputStream(bytes)));
                }
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read " + archive + ": " + e.getMessage());
        }
        return out;
    }

    /** One TimeML document from a stream; {@code name} is used in error messages. */
    static TimeMlDocument read(String name, InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.Gold> gold = new ArrayList<>();
        LocalDate dct = null;
        boolean inText = false;
        int timexStart = -1;
        String type = null;
        String value = null;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String tag = r.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = true;
                    } else if (tag.equals("TIMEX3")) {
                        String function = r.getAttributeValue(null, "functionInDocument");
                        if ("CREATION_TIME".equals(function)) {
                            dct = date(name, r.getAttributeValue(null, "value"));
                        } else if (inText) {
                            timexStart = text.length();
                            type = r.getAttributeValue(null, "type");
                            value = r.getAttributeValue(null, "value");
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String tag = r.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = false;
                    } else if (tag.equals("TIMEX3") && timexStart >= 0) {
                        gold.add(new TimeMlDocument.Gold(timexStart, text.length(), type == null ? "" : type,
                                value == null ? "" : value));
                        timexStart = -1;
                    }
                } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new EvalInputException(name + ": not well-formed TimeML: " + e.getMessage());
        }
        if (dct == null) {
            throw new EvalInputException(name + ": no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        }
        return new TimeMlDocument(name, text.toString(), dct, gold);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value == null || value.length() < 10 ? "" : value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new EvalInputException(name + ": creation time '" + value + "' is not an ISO date");
        }
    }
}
