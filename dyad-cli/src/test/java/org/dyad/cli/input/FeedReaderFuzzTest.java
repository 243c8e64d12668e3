package org.dyad.cli.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.ingest.ReadResult;

/**
 * Fuzz target (issue 11): the RSS/Atom reader on any bytes. A feed gives at least one result, each an article
 * whose body lies inside its text or a failure with a message; malformed XML, entities and DTDs never escape as
 * exceptions.
 */
class FeedReaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void readsOrExplains(byte[] input) {
        FeedReader.isFeed(new String(input, StandardCharsets.UTF_8));
        List<ReadResult> results = FeedReader.read(input, "fuzz.xml");
        assertThat(results).isNotEmpty();
        for (ReadResult result : results) {
            if (result instanceof ReadResult.Read read) {
                assertThat(read.article().body().end()).isLessThanOrEqualTo(read.article().text().length());
            } else {
                assertThat(((ReadResult.Unreadable) result).failure().message()).isNotBlank();
            }
        }
    }
}
