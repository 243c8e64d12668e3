package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DuckDbEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad serve}: serves a store on 127.0.0.1 by default; a missing store or a bad port is a clear error. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesTheStoreOnLoopbackUntilStopped() throws Exception {
        Path db = dir.resolve("empty.duckdb");
        DuckDbEventStore.open(db).close();
        List<String> answers = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        ServeCommand command = new ServeCommand(new PipelineFactory(), server -> {
            try {
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/summary")).build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add(r.statusCode() + " " + r.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        IngestCommandTest.Run run = IngestCommandTest.run(null, command, "--db", db.toString(), "--port", "0");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("dyad: serving " + db + " on http://127.0.0.1:");
        assertThat(answers).containsExactly("200 {\"articles\":0,\"events\":0,\"quotes\":0,\"claims\":0,"
                + "\"first_date\":null,\"last_date\":null}");
    }

    @Test
    void aMissingStoreIsReportedWithWhatToDo() {
        Path db = dir.resolve("none.duckdb");
        IngestCommandTest.Run run = IngestCommandTest.run(null, new ServeCommand(new PipelineFactory(), s -> { }),
                "--db", db.toString(), "--port", "0");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("dyad: no store at " + db + "; run `dyad ingest` first or give --db\n");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        IngestCommandTest.Run run = IngestCommandTest.run(null, new ServeCommand(new PipelineFactory(), s -> { }),
                "--db", dir.resolve("x.duckdb").toString(), "--port", "70000");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("serve: --port: 70000 is not a port; use 0 to 65535");
    }
}
