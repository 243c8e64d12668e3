package org.dyad.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.AgentDictionary;
import org.dyad.event.CameoTable;
import org.dyad.event.DiscardList;
import org.dyad.event.IssueDictionary;
import org.dyad.event.PloverTable;
import org.dyad.event.VerbDictionary;

/**
 * Every dictionary the event coder needs, loaded once and passed to the stages through their constructors.
 * Immutable; {@code with...} methods return a copy with one dictionary replaced, for users who bring their own
 * files ({@code --verbs}, {@code --actors}, {@code --agents}, {@code --discards}).
 *
 * @param verbs    verb blocks, patterns and synsets (bundled: CAMEO.2.0.txt, Open Event Data Alliance, MIT, followed
 *                 by Dyad.supplement.verbs.txt)
 * @param actors   actor phrases and codes (bundled: Phoenix.Countries, Phoenix.International and
 *                 Phoenix.MilNonState actor files merged in that order, then Dyad.supplement.actors.txt)
 * @param agents   agent phrases and codes (bundled: Phoenix.agents.txt)
 * @param discards discard phrases (bundled: Phoenix.discards.txt)
 * @param issues   issue phrases (bundled: Phoenix.IssueCoding.txt)
 * @param cameo    CAMEO code names and Goldstein values (bundled: cameo-codes.csv)
 * @param plover   CAMEO to PLOVER table (bundled: CAMEO2PLOVER-2021.txt, CC BY-SA 4.0, plus
 *                 Dyad.supplement.plover.txt for 015, 016 and 02x)
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
                           DiscardList discards, IssueDictionary issues, CameoTable cameo, PloverTable plover) {
    /** Classpath folder of the bundled dictionaries. */
    public static final String RESOURCE_FOLDER = "/org/dyad/dictionaries/";
    /** Bundled verb dictionary. */
    public static final String VERBS = "CAMEO.2.0.txt";
    /** Bundled actor dictionaries, merged in this order. */
    public static final List<String> ACTORS = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    /** Bundled agent dictionary. */
    public static final String AGENTS = "Phoenix.agents.txt";
    /** Dyad's own additions to the verb patterns (Apache-2.0), read after {@link #VERBS}. */
    public static final String SUPPLEMENT_VERBS = "Dyad.supplement.verbs.txt";
    /**
     * Dyad's mapping for CAMEO codes the 2021 CAMEO→PLOVER table drops: 015 → AGREE and 016 → REJECT (the PLOVER
     * manual's own suggestion, §"CAMEO to PLOVER translation", note 2) and the 02 appeals → REQUEST.
     */
    public static final String SUPPLEMENT_PLOVER = "Dyad.supplement.plover.txt";
    /** Dyad's own additions to the actors (Apache-2.0): organisations the 2015 Phoenix files lack. */
    public static final String SUPPLEMENT_ACTORS = "Dyad.supplement.actors.txt";
    /** Bundled discard list. */
    public static final String DISCARDS = "Phoenix.discards.txt";
    /** Bundled issue list. */
    public static final String ISSUES = "Phoenix.IssueCoding.txt";
    /** Bundled CAMEO code table. */
    public static final String CAMEO = "cameo-codes.csv";
    /** Bundled CAMEO to PLOVER table. */
    public static final String PLOVER = "CAMEO2PLOVER-2021.txt";

    public Dictionaries {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
        Objects.requireNonNull(issues, "issues");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
    }

    /**
     * Loads the dictionaries bundled in dyad-core from the classpath ({@value #RESOURCE_FOLDER}). Takes about one
     * second on a cold JVM with two cores (half the files are read on a task of the common fork-join pool).
     *
     * @param report receives the warnings of every file (see the readers for what they report)
     * @return the dictionaries
     * @throws IllegalStateException when a bundled file is missing from the classpath: the jar is broken
     */
    public static Dictionaries bundled(DictionaryReport report) {
        // Two halves of about equal work: the actor files (1.9 MB) and the issue list on a second thread, the
        // verb dictionary and the small files on this one. Each half has its own report, merged in a fixed order,
        // so the warnings do not depend on timing.
        DictionaryReport actorsReport = new DictionaryReport();
        CompletableFuture<ActorsAndIssues> background = CompletableFuture.supplyAsync(() -> new ActorsAndIssues(
                bundledActors(actorsReport), bundledIssues(actorsReport)));
        DictionaryReport mainReport = new DictionaryReport();
        VerbDictionary verbs = bundledVerbs(mainReport);
        AgentDictionary agents = bundledAgents(mainReport);
        DiscardList discards = bundledDiscards(mainReport);
        CameoTable cameo = bundledCameo(mainReport);
        PloverTable plover = bundledPlover(mainReport);
        ActorsAndIssues rest;
        try {
            rest = background.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        report.addAll(mainReport);
        report.addAll(actorsReport);
        return new Dictionaries(verbs, rest.actors(), agents, discards, rest.issues(), cameo, plover);
    }

    private record ActorsAndIssues(ActorDictionary actors, IssueDictionary issues) {
    }

    /** The bundled verb dictionary: CAMEO.2.0.txt followed by Dyad.supplement.verbs.txt. */
    public static VerbDictionary bundledVerbs(DictionaryReport report) {
        return VerbDictionary.parse(resource(VERBS, report), VERBS, report)
                .plus(VerbDictionary.parse(resource(SUPPLEMENT_VERBS, report), SUPPLEMENT_VERBS, report));
    }

    /** The bundled actors: the three Phoenix actor files, then Dyad.supplement.actors.txt, merged in that order. */
    public static ActorDictionary bundledActors(DictionaryReport report) {
        return ActorDictionary.merge(Stream.concat(ACTORS.stream(), Stream.of(SUPPLEMENT_ACTORS))
                .map(name -> ActorDictionary.parse(resource(name, report), name, report))
                .toList());
    }

    /** The bundled agents (Phoenix.agents.txt). */
    public static AgentDictionary bundledAgents(DictionaryReport report) {
        return AgentDictionary.parse(resource(AGENTS, report), AGENTS, report);
    }

    /** The bundled discard list (Phoenix.discards.txt). */
    public static DiscardList bundledDiscards(DictionaryReport report) {
        return DiscardList.parse(resource(DISCARDS, report), DISCARDS, report);
    }

    /** The bundled issue list (Phoenix.IssueCoding.txt). */
    public static IssueDictionary bundledIssues(DictionaryReport report) {
        return IssueDictionary.parse(resource(ISSUES, report), ISSUES, report);
    }

    /** The bundled CAMEO code table (cameo-codes.csv). */
    public static CameoTable bundledCameo(DictionaryReport report) {
        return CameoTable.parse(resource(CAMEO, report), CAMEO, report);
    }

    /** The bundled CAMEO → PLOVER table: CAMEO2PLOVER-2021.txt plus Dyad.supplement.plover.txt. */
    public static PloverTable bundledPlover(DictionaryReport report) {
        return PloverTable.parse(resource(PLOVER, report), PLOVER, report)
                .plus(PloverTable.parse(resource(SUPPLEMENT_PLOVER, report), SUPPLEMENT_PLOVER, report));
    }

    /**
     * The decoded text of one bundled file.
     *
     * @param name file name inside {@value #RESOURCE_FOLDER}, e.g. {@link #VERBS}
     * @throws IllegalStateException when the file is not on the classpath
     */
    public static String resource(String name, DictionaryReport report) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled dictionary " + RESOURCE_FOLDER + name
                        + " is missing from the classpath; rebuild dyad-core");
            }
            return DictionaryText.decode(in.readAllBytes(), name, report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + name, e);
        }
    }

    /** A copy with another verb dictionary. */
    public Dictionaries withVerbs(VerbDictionary replacement) {
        return new Dictionaries(replacement, actors, agents, discards, issues, cameo, plover);
    }

    /** A copy with another actor dictionary. */
    public Dictionaries withActors(ActorDictionary replacement) {
        return new Dictionaries(verbs, replacement, agents, discards, issues, cameo, plover);
    }

    /** A copy with another agent dictionary. */
    public Dictionaries withAgents(AgentDictionary replacement) {
        return new Dictionaries(verbs, actors, replacement, discards, issues, cameo, plover);
    }

    /** A copy with another discard list. */
    public Dictionaries withDiscards(DiscardList replacement) {
        return new Dictionaries(verbs, actors, agents, replacement, issues, cameo, plover);
    }

    /** A copy with another issue list. */
    public Dictionaries withIssues(IssueDictionary replacement) {
        return new Dictionaries(verbs, actors, agents, discards, replacement, cameo, plover);
    }

    /** A copy with another CAMEO code table. */
    public Dictionaries withCameo(CameoTable replacement) {
        return new Dictionaries(verbs, actors, agents, discards, issues, replacement, plover);
    }

    /** A copy with another CAMEO to PLOVER table. */
    public Dictionaries withPlover(PloverTable replacement) {
        return new Dictionaries(verbs, actors, agents, discards, issues, cameo, replacement);
    }
}
