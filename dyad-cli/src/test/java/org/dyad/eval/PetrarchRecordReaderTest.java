package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PetrarchRecordReaderTest {

    private static final String TWO_RECORDS = """
            <Validation>
            <Environment><Include>DEMO TEST</Include><Pause>Stop</Pause></Environment>
            <Sentences>
            <!--Stop></Stop-->
            <Sentence date = "20010203" id ="T-01"  category="TEST" sentence="true">
            <!-- a comment inside the record -->
            <EventCoding sourcecode="RHN" targetcode="GON" eventcode="051"></EventCoding>
            <EventCoding sourcecode='"THE RIDERS"' targetcode="---" eventcode="190"/>
            <Text>
            Rohan praised   Gondor
            on Monday.
            </Text>
            <Parse>(ROOT (S (NP (NNP Rohan)) (VP (VBD praised) (NP (NNP Gondor)))))</Parse>
            </Sentence>
            <Config option="require_dyad" value="false"></Config>
            <Sentence category="TEST" date="20010204" id="T-02" evaluate="false">
            <EventCoding noevents = "True"> </EventCoding>
            <Text>Nothing happened.</Text>
            <Parse>1	Nothing	nothing	PRON	NN	_	2	nsubj	_	_</Parse>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    @Test
    void readsRecordsCodingsAndText() {
        PetrarchRecordSet set = PetrarchRecordReader.parse(TWO_RECORDS, "two");
        assertThat(set.records()).containsExactly(
                new PetrarchRecord("T-01", "TEST", LocalDate.of(2001, 2, 3), "Rohan praised Gondor on Monday.",
                        List.of(new ExpectedCoding("RHN", "GON", "051"), new ExpectedCoding("THE RIDERS", "", "190")),
                        false, true),
                new PetrarchRecord("T-02", "TEST", LocalDate.of(2001, 2, 4), "Nothing happened.", List.of(),
                        true, false, 0, false));                     // after <Config require_dyad false>
        assertThat(set.eventCodings()).isEqualTo(3);
        assertThat(set.expectedCodings()).isEqualTo(2);
        assertThat(set.noEventsMarkers()).isEqualTo(1);
        assertThat(set.configDirectives()).isZero();        // require_dyad is applied, not counted
        assertThat(set.include()).containsExactly("DEMO", "TEST");
        assertThat(set.bypassed()).isEqualTo(1);
        assertThat(set.repairs().wellFormed()).isTrue();
    }

    @Test
    void anErrorMarkerMeansNoEvents() {
        String xml = "<V><Sentences><Sentence id='E' category='ERR' date='20000101'>"
                + "<EventCoding error='storydiscard'/><Text>Gondor sports results.</Text></Sentence></Sentences></V>";
        PetrarchRecordSet set = PetrarchRecordReader.parse(xml, "error");
        assertThat(set.records().get(0).noEvents()).isTrue();
        assertThat(set.records().get(0).expected()).isEmpty();
        assertThat(set.errorMarkers()).isEqualTo(1);
        assertThat(set.noEventsMarkers()).isZero();
    }

    @Test
    void stopsAtAStopElementAndCountsWhatFollows() {
        String xml = "<V><Sentences>"
                + "<Sentence id='A' category='C' date='20000101'><Text>One.</Text></Sentence>"
                + "<Stop></Stop>"
                + "<Sentence id='B' category='C' date='20000101'><Text>Two.</Text></Sentence>"
                + "<Sentence id='C' category='C' date='20000101'><Text>Three.</Text></Sentence>"
                + "</Sentences></V>";
        PetrarchRecordSet set = PetrarchRecordReader.parse(xml, "stop");
        assertThat(set.records()).extracting(PetrarchRecord::id).containsExactly("A");
        assertThat(set.recordsAfterStop()).isEqualTo(2);
        assertThat(set.notes()).contains("2 record(s) after <Stop> dropped");
    }

    @Test
    void repairsNestedCommentsAndPseudoElementsBeforeParsing() {
        String xml = "<V><!-- header with <!-- an example --> inside --><Sentences>\n"
                + "<Sentence id='A' category='C' date='20000101'>\n"
                + "<EventCoding eventcode='040' sourcecode='RHN' targetcode='GON' />\n"
                + "<Pseudo {\"event\": \"040\", \"source\": [{\"code\": \"RHN\"}]}>\n"
                + "<Text>One & two.</Text></Sentence></Sentences></V>";
        PetrarchRecordSet set = PetrarchRecordReader.parse(xml, "broken");
        assertThat(set.records()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("One & two."))
                .satisfies(r -> assertThat(r.expected()).containsExactly(new ExpectedCoding("RHN", "GON", "040")));
        assertThat(set.repairs()).isEqualTo(new MarkupRepairs(1, 1, 1, 1));
    }

    @Test
    void namesTheFileAndLineOfABadDate() {
        String xml = "<V>\n<Sentence id='A' category='C' date='2000-01-01'><Text>x</Text></Sentence></V>";
        assertThatThrownBy(() -> PetrarchRecordReader.parse(xml, "dates.xml"))
                .isInstanceOf(EvalInputException.class)
                .hasMessageContaining("dates.xml:2").hasMessageContaining("record A").hasMessageContaining("YYYYMMDD");
    }

    @Test
    void refusesARecordWithoutText() {
        String xml = "<V><Sentence id='A' category='C' date='20000101'><Parse>(S)</Parse></Sentence></V>";
        assertThatThrownBy(() -> PetrarchRecordReader.parse(xml, "f"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("<Text>");
    }

    @Test
    void refusesMarkupItCannotRepair() {
        assertThatThrownBy(() -> PetrarchRecordReader.parse("<V>\n<Environment></V>", "f"))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("f:2").hasMessageContaining("not XML");
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> PetrarchRecordReader.read(Path.of("/nonexistent-dyad/records.xml")))
                .isInstanceOf(EvalInputException.class).hasMessageContaining("--shared");
    }

    // The counts below were taken from the files independently of this reader (Python ElementTree after the
    // same repairs), so a reader bug cannot make them agree by construction.

    @Test
    void unitSuiteHas284RecordsAnd385EventCodings() {
        PetrarchRecordSet set = PetrarchRecordReader.read(PetrarchSuite.unitTest(SharedFixture.shared()).records());
        assertThat(set.records()).hasSize(284);
        assertThat(set.eventCodings()).isEqualTo(385);
        assertThat(set.expectedCodings()).isEqualTo(359);
        assertThat(set.noEventsMarkers()).isEqualTo(19);
        assertThat(set.errorMarkers()).isEqualTo(7);
        assertThat(set.configDirectives()).isEqualTo(16);   // 29, less 5 new_actor_length and 8 require_dyad, applied
        assertThat(set.bypassed()).isEqualTo(5);
        assertThat(set.recordsAfterStop()).isZero();
        assertThat(set.repairs().wellFormed()).isTrue();
        assertThat(recordsPerCategory(set)).containsExactly(
                entry("DEMO", 36), entry("AGENT", 24), entry("AGENTS", 2), entry("COMPOUND", 42),
                entry("COMPOUNDx", 1), entry("DATE", 21), entry("PARSING", 12), entry("ACTOR", 15),
                entry("VERB", 23), entry("PATTERN", 29), entry("MODIFY", 20), entry("SYNSET", 52),
                entry("ERROR", 7));
        assertThat(codingsPerCategory(set)).containsOnly(
                entry("DEMO", 49), entry("ACTOR", 15), entry("AGENT", 26), entry("AGENTS", 2),
                entry("COMPOUND", 116), entry("COMPOUNDx", 2), entry("PARSING", 3), entry("DATE", 23),
                entry("PATTERN", 28), entry("MODIFY", 22), entry("SYNSET", 52), entry("VERB", 21),
                entry("ERROR", 0));
    }

    @Test
    void unitSuiteNormalisesQuotedAndNullActors() {
        PetrarchRecordSet set = PetrarchRecordReader.read(PetrarchSuite.unitTest(SharedFixture.shared()).records());
        assertThat(record(set, "DEMO-22").expected()).contains(new ExpectedCoding("INJURY TOLL", "OSG", "223"));
        assertThat(record(set, "COMPOUND-03").expected()).anySatisfy(c -> assertThat(c.target()).isEmpty());
        assertThat(record(set, "COMPOUND-34").expected()).anySatisfy(c -> assertThat(c.source()).isEqualTo("###"));
        assertThat(set.records()).allSatisfy(r -> assertThat(r.text()).doesNotContain("\n", "  ").isNotBlank());
        assertThat(set.records()).filteredOn(r -> r.id().equals("AGENTS-18")).hasSize(2);
    }

    @Test
    void udSuiteHas274RecordsAnd349EventCodings() {
        PetrarchRecordSet set = PetrarchRecordReader.read(PetrarchSuite.udTwo(SharedFixture.shared()).records());
        // grep counts 275 "<Sentence " but one is an example inside the header comment.
        assertThat(set.records()).hasSize(274);
        assertThat(set.eventCodings()).isEqualTo(349);
        assertThat(set.expectedCodings()).isEqualTo(322);
        assertThat(set.noEventsMarkers()).isEqualTo(20);
        assertThat(set.errorMarkers()).isEqualTo(7);
        assertThat(set.configDirectives()).isEqualTo(15);   // 24, less those applied
        assertThat(set.bypassed()).isEqualTo(10);
        assertThat(set.repairs().nestedComments()).isEqualTo(1);
        assertThat(set.repairs().pseudoElements()).isEqualTo(38);
        assertThat(set.repairs().escapedAmpersands()).isZero();
        assertThat(set.include()).containsExactly("DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND", "PATTERN", "DATE",
                "MODIFY", "SYNSET");
        assertThat(recordsPerCategory(set)).containsOnly(
                entry("DEMO", 35), entry("ACTOR", 15), entry("AGENT", 24), entry("AGENTS", 2),
                entry("COMPOUND", 37), entry("PARSING", 12), entry("DATE", 21), entry("PATTERN", 26),
                entry("MODIFY", 20), entry("SYNSET", 52), entry("VERB", 23), entry("ERROR", 7));
        assertThat(codingsPerCategory(set)).containsOnly(
                entry("DEMO", 47), entry("ACTOR", 15), entry("AGENT", 25), entry("AGENTS", 2),
                entry("COMPOUND", 93), entry("PARSING", 3), entry("DATE", 22), entry("PATTERN", 25),
                entry("MODIFY", 17), entry("SYNSET", 52), entry("VERB", 21), entry("ERROR", 0));
        assertThat(record(set, "COMPOUND-08").expected()).anySatisfy(c -> assertThat(c.source()).isEqualTo("FRO/BIL/SAM"));
        assertThat(record(set, "ACTOR-01").expected()).allSatisfy(c -> assertThat(c.source()).doesNotContain("\""));
    }

    private static PetrarchRecord record(PetrarchRecordSet set, String id) {
        return set.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> recordsPerCategory(PetrarchRecordSet set) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        set.records().forEach(r -> counts.merge(r.category(), 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> codingsPerCategory(PetrarchRecordSet set) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        set.records().forEach(r -> counts.merge(r.category(), r.expected().size(), Integer::sum));
        return counts;
    }
}
