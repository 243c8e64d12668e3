package org.dyad.eval;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PETRARCH validation records file (PETRARCH-1 unit tests or UD-PETRARCH validation records).
 *
 * <p>Input: the XML file, UTF-8 (a malformed byte becomes U+FFFD rather than stopping the read). The file is
 * first passed through {@link PetrarchMarkupCleaner}, then read with StAX. Output: a
 * {@link PetrarchRecordSet}. What is read:
 * <ul>
 *   <li>{@code <Sentence>} with attributes {@code id}, {@code category}, {@code date} (YYYYMMDD) and either
 *       {@code sentence} or {@code evaluate} ("false" bypasses the record); attribute order and spaces around
 *       {@code =} do not matter.</li>
 *   <li>{@code <EventCoding>}: {@code sourcecode}, {@code targetcode}, {@code eventcode} (values normalised as
 *       {@link ExpectedCoding} says; a missing {@code targetcode} is ""), or a {@code noevents} or {@code error}
 *       marker.</li>
 *   <li>{@code <Text>}: trimmed, whitespace runs collapsed.</li>
 *   <li>{@code <Parse>} is skipped unread; so is any other element inside a record.</li>
 *   <li>{@code <Stop>} outside a record ends reading, as in PETRARCH; {@code <Config option="new_actor_length">}
 *       and {@code require_dyad} set {@link PetrarchRecord#newActorLength} and {@link PetrarchRecord#requireDyad} of
 *       the records after them; other {@code <Config>} directives are counted;
 *       {@code <Include>} is kept as a list of words.</li>
 * </ul>
 *
 * <p>Errors: {@link EvalInputException} naming the file and line when the file cannot be read, still does not
 * parse after cleaning, or a record lacks its id, category, valid date, text or event code.
 */
public final class PetrarchRecordReader {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchRecordReader() {
    }

    /**
     * Reads one records file.
     *
     * @param file the records file
     * @return its records and bookkeeping
     * @throws EvalInputException if the file is missing, unreadable or malformed beyond repair
     */
    public static PetrarchRecordSet read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EvalInputException("cannot read PETRARCH records file " + file
                    + "; check the --shared directory (" + e + ")", e);
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new EvalInputException("cannot decode " + file + " as UTF-8", e);
        }
        return parse(raw, file.toString());
    }

    /**
     * Parses the text of a records file.
     *
     * @param raw    the file's text
     * @param source a name for the text in error messages, usually its path
     * @return its records and bookkeeping
     * @throws EvalInputException if the text is malformed beyond repair or a record is incomplete
     */
    public static PetrarchRecordSet parse(String raw, String source) {
        CleanedMarkup cleaned;
        try {
            cleaned = PetrarchMarkupCleaner.clean(raw);
        } catch (EvalInputException e) {
            throw new EvalInputException(source + ": " + e.getMessage(), e);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(cleaned.xml()));
            try {
                return new Pass(xml, source).run(cleaned.repairs());
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new EvalInputException(source + where(e.getLocation())
                    + ": not XML even after cleaning (" + e.getMessage() + "); fix the file by hand", e);
        }
    }

    private static String where(Location location) {
        return location == null ? "" : ":" + location.getLineNumber();
    }

    /** One reading pass over one file; holds the counters. */
    private static final class Pass {
        private final XMLStreamReader xml;
        private final String source;
        private final List<PetrarchRecord> records = new ArrayList<>();
        private final List<String> include = new ArrayList<>();
        private int eventCodings;
        private int noEventsMarkers;
        private int errorMarkers;
        private int configDirectives;
        private int newActorLength;
        private boolean requireDyad = true;
        private int recordsAfterStop;

        Pass(XMLStreamReader xml, String source) {
            this.xml = xml;
            this.source = source;
        }

        PetrarchRecordSet run(MarkupRepairs repairs) throws XMLStreamException {
            boolean stopped = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "Sentence" -> {
                        if (stopped) {
                            recordsAfterStop++;
                            skipElement();
                        } else {
                            records.add(readSentence());
                        }
                    }
                    case "Stop" -> stopped = true;
                    case "Config" -> {
                        String option = attribute("option").orElse("");
                        if (option.equals("new_actor_length")) {
                            newActorLength = parseLength(attribute("value").orElse("0"));
                        } else if (option.equals("require_dyad")) {
                            requireDyad = !"false".equalsIgnoreCase(attribute("value").orElse("true").strip());
                        } else {
                            configDirectives++;
                        }
                    }
                    case "Include" -> include.addAll(Arrays.asList(xml.getElementText().strip().split("\\s+")));
                    default -> {
                        // Validation, Environment, Sentences and the dictionary names: containers or unused.
                    }
                }
            }
            include.removeIf(String::isEmpty);
            return new PetrarchRecordSet(records, eventCodings, noEventsMarkers, errorMarkers, configDirectives,
                    include, recordsAfterStop, repairs);
        }

        /** A {@code new_actor_length} value; anything but a whole number 0..20 turns new actors off. */
        private static int parseLength(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                return n >= 0 && n <= 20 ? n : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private PetrarchRecord readSentence() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            String id = attribute("id").orElseThrow(() -> incomplete(line, "(no id)", "an id attribute"));
            String category = attribute("category").orElseThrow(() -> incomplete(line, id, "a category attribute"));
            String dateText = attribute("date").orElseThrow(() -> incomplete(line, id, "a date attribute"));
            LocalDate date;
            try {
                date = LocalDate.parse(dateText.strip(), YYYYMMDD);
            } catch (DateTimeParseException e) {
                throw new EvalInputException(source + ":" + line + ": record " + id + " has date '" + dateText
                        + "'; write it as YYYYMMDD", e);
            }
            boolean evaluate = !"false".equalsIgnoreCase(attribute("evaluate")
                    .or(() -> attribute("sentence")).orElse("true").strip());
            List<ExpectedCoding> expected = new ArrayList<>();
            boolean noEvents = false;
            Optional<String> text = Optional.empty();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "Sentence".equals(xml.getLocalName())) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "EventCoding" -> {
                        eventCodings++;
                        Optional<ExpectedCoding> coding = readCoding(id);
                        coding.ifPresent(expected::add);
                        noEvents |= coding.isEmpty();
                    }
                    case "Text" -> text = Optional.of(xml.getElementText().strip().replaceAll("\\s+", " "));
                    default -> skipElement();
                }
            }
            String sentence = text.orElseThrow(() -> incomplete(line, id, "a <Text> element"));
            return new PetrarchRecord(id, category, date, sentence, expected, noEvents, evaluate, newActorLength,
                    requireDyad);
        }

        /** Reads one EventCoding; empty for a noevents or error marker. Leaves the reader on its end tag. */
        private Optional<ExpectedCoding> readCoding(String id) throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            Optional<String> noevents = attribute("noevents");
            Optional<String> error = attribute("error");
            Optional<String> code = attribute("eventcode");
            Optional<ExpectedCoding> coding;
            if (code.isEmpty() && noevents.isPresent()) {
                noEventsMarkers++;
                coding = Optional.empty();
            } else if (code.isEmpty() && error.isPresent()) {
                errorMarkers++;
                coding = Optional.empty();
            } else {
                String eventCode = code.map(String::strip).filter(c -> !c.isEmpty())
                        .orElseThrow(() -> incomplete(line, id, "an eventcode on its <EventCoding>"));
                coding = Optional.of(new ExpectedCoding(
                        PetrarchActorCode.normal(attribute("sourcecode").orElse("")),
                        PetrarchActorCode.normal(attribute("targetcode").orElse("")),
                        eventCode));
            }
            skipElement();
            return coding;
        }

        private Optional<String> attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (name.equals(xml.getAttributeLocalName(i))) {
                    return Optional.of(xml.getAttributeValue(i));
                }
            }
            return Optional.empty();
        }

        /** Skips the current element, whose start tag was just read, through its end tag. */
        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private EvalInputException incomplete(int line, String id, String what) {
            return new EvalInputException(source + ":" + line + ": record " + id + " lacks " + what
                    + "; every <Sentence> needs id, category, date and <Text>");
        }
    }
}
