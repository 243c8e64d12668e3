package org.dyad.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where one PETRARCH validation suite lives: its records file and the four small dictionaries it is coded with.
 *
 * <p>Both suites sit under {@code shared/eval/petrarch/} (MIT, Open Event Data Alliance); they use fictional
 * actors (Arnor, Gondor...) so they must be coded with their own dictionaries, not the Phoenix ones.
 *
 * @param name     the suite's name on the command line: {@value #UNIT} or {@value #UD_TWO}
 * @param records  the XML records file
 * @param verbs    the verb-pattern dictionary
 * @param actors   the actor dictionary
 * @param agents   the agent dictionary
 * @param discards the discard list
 * @throws NullPointerException if any component is null
 */
public record PetrarchSuite(String name, Path records, Path verbs, Path actors, Path agents, Path discards) {
    /** Name of the PETRARCH-1 unit-test suite (Penn treebank parses). */
    public static final String UNIT = "unit";
    /** Name of the UD-PETRARCH 2.02 validation suite (CoNLL-U parses). */
    public static final String UD_TWO = "ud-2.02";

    public PetrarchSuite {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
    }

    /** The PETRARCH-1 unit tests: {@code eval/petrarch/PETR.UnitTest.records.xml} under {@code shared}. */
    public static PetrarchSuite unitTest(Path shared) {
        Path dir = shared.resolve("eval").resolve("petrarch");
        return new PetrarchSuite(UNIT, dir.resolve("PETR.UnitTest.records.xml"),
                dir.resolve("PETR.Validate.verbs.txt"), dir.resolve("PETR.Validate.actors.txt"),
                dir.resolve("PETR.Validate.agents.txt"), dir.resolve("PETR.Validate.discards.txt"));
    }

    /** The UD-PETRARCH validation records 2.02: {@code eval/petrarch/ud-2.02/} under {@code shared}. */
    public static PetrarchSuite udTwo(Path shared) {
        Path dir = shared.resolve("eval").resolve("petrarch").resolve("ud-2.02");
        return new PetrarchSuite(UD_TWO, dir.resolve("PETR_Validate_records_2_02.xml"),
                dir.resolve("PETR_Validate_verbs_2_02.txt"), dir.resolve("PETR_Validate_actors_2_02.txt"),
                dir.resolve("PETR_Validate_agents_2_02.txt"), dir.resolve("PETR_Validate_discards_2_02.txt"));
    }

    /**
     * The suite of that name.
     *
     * @throws IllegalArgumentException for a name other than {@value #UNIT} or {@value #UD_TWO}
     */
    public static PetrarchSuite named(String name, Path shared) {
        return switch (name) {
            case UNIT -> unitTest(shared);
            case UD_TWO -> udTwo(shared);
            default -> throw new IllegalArgumentException(
                    "no PETRARCH suite named '" + name + "'; use " + UNIT + " or " + UD_TWO);
        };
    }

    /** The suite's files, records first. */
    public List<Path> files() {
        return List.of(records, verbs, actors, agents, discards);
    }

    /** The files of this suite that are not readable regular files; empty when the suite is complete. */
    public List<Path> missingFiles() {
        return files().stream().filter(p -> !Files.isRegularFile(p) || !Files.isReadable(p)).toList();
    }
}
