package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Failure;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line's one error policy: which exit status each outcome gives, and how errors are printed on
 * standard error. Commands return {@link #CODED} or {@link #NOTHING_CODED} and throw; they never choose other
 * statuses or format exceptions themselves.
 *
 * <ul>
 *   <li>{@value #CODED}: at least one article was coded, even if others failed (each failure is printed).</li>
 *   <li>{@value #NOTHING_CODED}: nothing could be coded: every input failed, there was no input, the pipeline
 *       could not be built, the output could not be written, or an internal error (a bug, printed with its stack
 *       trace so it can be reported).</li>
 *   <li>{@value #LINT_ERRORS}: {@code dyad dict lint} found an error in a dictionary.</li>
 *   <li>{@value #USAGE}: the command line itself is wrong (unknown option, missing argument, bad date, missing
 *       dictionary file).</li>
 * </ul>
 * Every error line starts with {@code dyad: }; a failed article is {@code dyad: FILE[:LINE]: what was wrong}.
 */
public final class ErrorPolicy {

    /** Exit status when at least one article was coded. */
    public static final int CODED = 0;
    /** Exit status when nothing could be coded. */
    public static final int NOTHING_CODED = 1;
    /** Exit status of {@code dyad dict lint} when it found at least one error. */
    public static final int LINT_ERRORS = 1;
    /** Exit status for a wrong command line. */
    public static final int USAGE = 2;

    private ErrorPolicy() {
    }

    /**
     * Installs this policy on a command line and all its subcommands.
     *
     * @return {@code commandLine}, for chaining
     */
    public static CommandLine applyTo(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler(ErrorPolicy::onException);
        commandLine.setParameterExceptionHandler(ErrorPolicy::onUsageError);
        return commandLine;
    }

    /**
     * The line printed for one failed article: {@code dyad: ORIGIN: MESSAGE} for input that could not be read, and
     * {@code dyad: ORIGIN: STAGE failed: MESSAGE} when a pipeline stage threw.
     */
    public static String describe(Failure failure) {
        boolean reading = failure.stage().equals(ReadResult.READ_STAGE) || failure.stage().equals(ReadResult.PARSE_STAGE);
        return "dyad: " + failure.origin() + ": " + (reading ? "" : failure.stage() + " failed: ") + failure.message();
    }

    private static int onException(Exception e, CommandLine commandLine, ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CommandFailedException || e instanceof org.dyad.eval.EvalInputException
                || e instanceof java.io.UncheckedIOException) {
            // the user's files or data are missing or wrong: one line that says which and what to do
            err.println("dyad: " + e.getMessage());
        } else {
            err.println("dyad: internal error, please report it with this trace: " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return NOTHING_CODED;
    }

    private static int onUsageError(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return USAGE;
    }
}
