package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.dyad.pipeline.Failure;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorPolicyTest {

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void failureLines() {
        assertThat(ErrorPolicy.describe(new Failure("feed.jsonl:17", "parse", "missing field \"text\"")))
                .isEqualTo("dyad: feed.jsonl:17: missing field \"text\"");
        assertThat(ErrorPolicy.describe(new Failure("a.txt", "read", "binary file")))
                .isEqualTo("dyad: a.txt: binary file");
        assertThat(ErrorPolicy.describe(new Failure("a.txt", "Tokenizer", "no text (IllegalStateException)")))
                .isEqualTo("dyad: a.txt: Tokenizer failed: no text (IllegalStateException)");
    }

    @Test
    void internalErrorsExitOneWithTheirTrace() {
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new Boom()));
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        assertThat(commandLine.execute()).isEqualTo(ErrorPolicy.NOTHING_CODED);
        assertThat(err.toString()).startsWith("dyad: internal error, please report it with this trace: "
                + "java.lang.IllegalStateException: a bug").contains("at org.dyad.cli.ErrorPolicyTest$Boom.call");
    }
}
