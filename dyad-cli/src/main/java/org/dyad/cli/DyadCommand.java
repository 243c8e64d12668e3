package org.dyad.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.dyad.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: the front door of the command line. Subcommands do the work. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news text: CAMEO and PLOVER coded events.",
        subcommands = {CodeCommand.class, ActorsCommand.class, IngestCommand.class, ExportCommand.class,
                QueryCommand.class, ServeCommand.class, EvalCommand.class, DictCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** {@code dyad} alone is a usage error (exit status 2): the usage goes to standard error with the message. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "give a command: code, explain, ingest, export, query, serve, actors, eval or dict (dyad help COMMAND)");
    }

    public static void main(String[] args) {
        CommandLine commandLine = ErrorPolicy.applyTo(new CommandLine(new DyadCommand()));
        // Events are UTF-8 whatever the platform's default encoding, so JSON Lines output is always valid.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }
}
