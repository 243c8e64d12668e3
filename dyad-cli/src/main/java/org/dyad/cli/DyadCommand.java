package org.dyad.cli;

import org.dyad.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: the front door of the command line. Subcommands do the work. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news text: CAMEO and PLOVER coded events.",
        subcommands = {CommandLine.HelpCommand.class, EvalCommand.class})
public final class DyadCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DyadCommand()).execute(args));
    }
}
