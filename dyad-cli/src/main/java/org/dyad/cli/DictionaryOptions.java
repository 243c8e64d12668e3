package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The dictionary options shared by every command that codes events, as a picocli mixin
 * ({@code @Mixin DictionaryOptions dictionaries;}): {@code --verbs}, {@code --actors}, {@code --agents} and
 * {@code --discards}, each naming a PETRARCH-format file that replaces the bundled one. An option left out means
 * "use the bundled dictionary", shown here as an empty {@code Optional} or list.
 *
 * <p>Call {@link #validate()} before using the paths: a file that does not exist or cannot be read is a usage
 * error (exit status 2), reported before any article is read.
 */
public final class DictionaryOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "CAMEO verb-pattern dictionary (PETRARCH format) to use instead of the bundled one.")
    private Optional<Path> verbs = Optional.empty();

    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "Actor dictionaries, comma-separated or repeated, to use instead of the bundled ones.")
    private List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "Agent (sector) dictionary to use instead of the bundled one.")
    private Optional<Path> agents = Optional.empty();

    @Option(names = "--discards", paramLabel = "FILE",
            description = "Discard list (phrases that stop coding) to use instead of the bundled one.")
    private Optional<Path> discards = Optional.empty();

    @Option(names = "--learned", paramLabel = "FILE",
            description = "Learned actors (the TSV of dyad actors --learn, reviewed) to resolve names no dictionary holds.")
    private Optional<Path> learned = Optional.empty();

    /** The learned-actors file given, or empty for none. */
    public Optional<Path> learned() {
        return learned;
    }

    /** The verb dictionary given, or empty for the bundled one. */
    public Optional<Path> verbs() {
        return verbs;
    }

    /** The actor dictionaries given, in order; empty for the bundled ones. */
    public List<Path> actors() {
        return List.copyOf(actors);
    }

    /** The agent dictionary given, or empty for the bundled one. */
    public Optional<Path> agents() {
        return agents;
    }

    /** The discard list given, or empty for the bundled one. */
    public Optional<Path> discards() {
        return discards;
    }

    /**
     * Checks that every file given exists and can be read.
     *
     * @throws ParameterException naming the option and the file; picocli reports it as a usage error
     */
    public void validate() {
        check("--verbs", verbs);
        for (Path actor : actors) {
            check("--actors", Optional.of(actor));
        }
        check("--agents", agents);
        check("--discards", discards);
        check("--learned", learned);
    }

    private void check(String option, Optional<Path> path) {
        if (path.isEmpty()) {
            return;
        }
        Path file = path.get();
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(command.commandLine(), option + ": no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new ParameterException(command.commandLine(), option + ": cannot read " + file + " (permission denied)");
        }
    }
}
