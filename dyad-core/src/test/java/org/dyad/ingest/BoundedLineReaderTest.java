package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

    private static List<BoundedLineReader.RawLine> lines(String input, int max) throws IOException {
        BoundedLineReader reader = new BoundedLineReader(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
        List<BoundedLineReader.RawLine> all = new ArrayList<>();
        Optional<BoundedLineReader.RawLine> line;
        while ((line = reader.next()).isPresent()) {
            all.add(line.get());
        }
        return all;
    }

    private static String text(BoundedLineReader.RawLine line) {
        return new String(line.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnLineFeedAndDropsCarriageReturn() throws IOException {
        List<BoundedLineReader.RawLine> all = lines("one\r\ntwo\n\nlast", 100);
        assertThat(all).extracting(BoundedLineReaderTest::text).containsExactly("one", "two", "", "last");
        assertThat(all).extracting(BoundedLineReader.RawLine::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(lines("", 100)).isEmpty();
        assertThat(lines("only\n", 100)).extracting(BoundedLineReaderTest::text).containsExactly("only");
    }

    @Test
    void keepsOnlyTheStartOfAnOverlongLineButCountsItAll() throws IOException {
        List<BoundedLineReader.RawLine> all = lines("short\n" + "x".repeat(200_000) + "\nnext", 10);
        assertThat(all).hasSize(3);
        assertThat(all.get(1).length()).isEqualTo(200_000);
        assertThat(all.get(1).bytes()).hasSize(11);
        assertThat(text(all.get(2))).isEqualTo("next");
    }
}
