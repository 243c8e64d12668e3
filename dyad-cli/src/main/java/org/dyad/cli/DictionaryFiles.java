package org.dyad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.actor.ActorDictionary;
import org.dyad.actor.AgentDictionary;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.event.DiscardList;
import org.dyad.event.VerbDictionary;

/**
 * Loads the dictionaries a command codes with: the bundled ones, each replaced by the user's file when one is given
 * (PETRARCH format). Bad lines in a file become warnings in the report, never a failure.
 */
public final class DictionaryFiles {
    private DictionaryFiles() {
    }

    /**
     * @param verbs    a verb dictionary replacing the bundled CAMEO.2.0 one (and its Dyad supplement)
     * @param actors   actor dictionaries replacing all bundled ones; empty to keep the bundled ones
     * @param agents   an agent dictionary replacing Phoenix.agents.txt
     * @param discards a discard list replacing Phoenix.discards.txt
     * @param report   receives warnings, each "file:line: what"
     * @throws UncheckedIOException  when a named file cannot be read
     * @throws CommandFailedException when a verb or actor file holds no entry at all (not a dictionary)
     */
    public static Dictionaries load(Optional<Path> verbs, List<Path> actors, Optional<Path> agents,
                                    Optional<Path> discards, DictionaryReport report) {
        if (verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty()) {
            return Dictionaries.bundled(new DictionaryReport());
        }
        // only the parts the user does not replace are read from the bundle (the actor files alone are 1.9 MB)
        DictionaryReport bundledReport = new DictionaryReport();
        VerbDictionary v;
        if (verbs.isEmpty()) {
            v = Dictionaries.bundledVerbs(bundledReport);
        } else {
            v = VerbDictionary.parse(read(verbs.get(), report), name(verbs.get()), report);
            if (v.blocks().isEmpty()) {
                throw new CommandFailedException(verbs.get() + " holds no verb block (a line like '--- NAME [code] ---'"
                        + " followed by verbs); is it a PETRARCH verb dictionary?", null);
            }
        }
        ActorDictionary a;
        if (actors.isEmpty()) {
            a = Dictionaries.bundledActors(bundledReport);
        } else {
            List<ActorDictionary> parts = new ArrayList<>();
            for (Path p : actors) {
                ActorDictionary part = ActorDictionary.parse(read(p, report), name(p), report);
                if (part.size() == 0) {
                    throw new CommandFailedException(p + " holds no actor entry (a line like 'KENYA_ [KEN]'); is it a"
                            + " PETRARCH actor dictionary?", null);
                }
                parts.add(part);
            }
            a = ActorDictionary.merge(parts);
        }
        AgentDictionary g = agents.isPresent()
                ? AgentDictionary.parse(read(agents.get(), report), name(agents.get()), report)
                : Dictionaries.bundledAgents(bundledReport);
        DiscardList d = discards.isPresent()
                ? DiscardList.parse(read(discards.get(), report), name(discards.get()), report)
                : Dictionaries.bundledDiscards(bundledReport);
        return new Dictionaries(v, a, g, d, Dictionaries.bundledIssues(bundledReport),
                Dictionaries.bundledCameo(bundledReport), Dictionaries.bundledPlover(bundledReport));
    }

    /** The dictionaries chosen by the command-line options. */
    public static Dictionaries load(DictionaryOptions options, DictionaryReport report) {
        return load(options.verbs(), options.actors(), options.agents(), options.discards(), report);
    }

    private static String read(Path p, DictionaryReport report) {
        try {
            return DictionaryText.decode(Files.readAllBytes(p), name(p), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + p + ": " + e.getMessage(), e);
        }
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
