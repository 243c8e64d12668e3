package org.dyad.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.dyad.document.Document;
import org.junit.jupiter.api.Test;

class EventTableWriterTest {

    @Test
    void headerThenOneRowPerEvent() throws IOException {
        StringWriter out = new StringWriter();
        EventTableWriter writer = new EventTableWriter(out);
        Document doc = EventJsonWriterTest.document()
                .withEvents(List.of(EventJsonWriterTest.appeal(), EventJsonWriterTest.attack()));
        writer.write(doc, EventJsonWriterTest.appeal());
        writer.write(doc, EventJsonWriterTest.attack());
        writer.flush();
        String nl = System.lineSeparator();
        assertThat(out.toString()).isEqualTo(
                "DOC                      SENT SOURCE       TARGET       CAMEO  GOLD QUAD PLOVER       DATE       SENTENCE" + nl
                + "d1                          0 KEN          SOM          020    +3.0    1 REQUEST      2024-03-05 Kenya urged Somalia to talk." + nl
                + "d1                          1 -            COP          190   -10.0    4 ASSAULT      -          Gunmen attacked a post." + nl);
    }

    @Test
    void headerEvenWithoutEvents() throws IOException {
        StringWriter out = new StringWriter();
        new EventTableWriter(out).flush();
        assertThat(out.toString()).startsWith("DOC").hasLineCount(1);
    }
}
