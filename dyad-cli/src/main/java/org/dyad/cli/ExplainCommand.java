package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dyad.cli.input.ArticleSource;
import org.dyad.cli.output.EventExplainer;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;
import org.dyad.document.Document;
import org.dyad.event.Event;
import org.dyad.ingest.ReadResult;
import org.dyad.pipeline.Outcome;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dyad explain ARTICLE [--event ID]}: codes an article as {@code dyad code} does and says, for each event, why
 * it was coded so ({@link EventExplainer}): the sentence, the dictionary line that gave the code, how each actor was
 * resolved (dictionary line, title, coreference, learned), and how date and place were chosen. Exit status as in
 * {@link ErrorPolicy}; an {@code --event} id that matches no event is an error naming the ids there are.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Explain the events of an article: sentence, dictionary lines, actor resolution, date, place.",
        footer = {"", "Exit status: 0 when an article was explained, 1 when none could be, 2 for a wrong command line."})
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private DictionaryOptions dictionaries;

    @Option(names = "--event", paramLabel = "ID",
            description = "Explain only the event whose event_id is ID (or starts with it).")
    private Optional<String> eventId = Optional.empty();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDateConverter.class,
            description = "Document creation date for articles that carry none.")
    private Optional<LocalDate> date = Optional.empty();

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article files or directories, as for dyad code.")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        dictionaries.validate();
        PipelineFactory factory = new PipelineFactory();
        Dictionaries loaded = factory.dictionaries(dictionaries);
        Pipeline pipeline = factory.create(dictionaries, loaded);
        EventExplainer explainer = new EventExplainer(loaded.cameo(), new DictionaryLines(dictionaries)::line);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int explained = 0;
        List<String> ids = new ArrayList<>();
        try (Stream<ReadResult> inputs = new ArticleSource(paths, date).read()) {
            Iterator<ReadResult> results = inputs.iterator();
            while (results.hasNext()) {
                ReadResult result = results.next();
                if (result instanceof ReadResult.Unreadable unreadable) {
                    err.println(ErrorPolicy.describe(unreadable.failure()));
                    continue;
                }
                Outcome outcome = pipeline.attempt(((ReadResult.Read) result).article());
                if (outcome instanceof Outcome.Failed failed) {
                    err.println(ErrorPolicy.describe(failed.failure()));
                    continue;
                }
                Document doc = ((Outcome.Coded) outcome).document();
                explained++;
                for (Event event : doc.events()) {
                    ids.add(event.id());
                    if (eventId.isEmpty() || event.id().startsWith(eventId.get())) {
                        out.println(explainer.explain(doc, event));
                        out.println();
                    }
                }
            }
        }
        out.flush();
        err.flush();
        if (eventId.isPresent() && ids.stream().noneMatch(id -> id.startsWith(eventId.get()))) {
            throw new CommandFailedException("no event " + eventId.get() + " in " + paths + "; its events are "
                    + (ids.isEmpty() ? "none" : String.join(", ", ids)), null);
        }
        return explained > 0 ? ErrorPolicy.CODED : ErrorPolicy.NOTHING_CODED;
    }

    /** Dictionary lines by file name: the user's files given by option, else the bundled ones; read once each. */
    private static final class DictionaryLines {
        private final Map<String, Path> given = new HashMap<>();
        private final Map<String, List<String>> cache = new HashMap<>();

        DictionaryLines(DictionaryOptions options) {
            options.verbs().ifPresent(p -> given.put(p.getFileName().toString(), p));
            options.actors().forEach(p -> given.put(p.getFileName().toString(), p));
            options.agents().ifPresent(p -> given.put(p.getFileName().toString(), p));
            options.discards().ifPresent(p -> given.put(p.getFileName().toString(), p));
        }

        Optional<String> line(String file, int number) {
            List<String> text = cache.computeIfAbsent(file, this::read);
            return number >= 1 && number <= text.size() ? Optional.of(text.get(number - 1)) : Optional.empty();
        }

        private List<String> read(String file) {
            DictionaryReport ignored = new DictionaryReport();
            Path p = given.get(file);
            if (p != null) {
                try {
                    return DictionaryText.decode(Files.readAllBytes(p), file, ignored).lines().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read dictionary " + p + ": " + e.getMessage(), e);
                }
            }
            try {
                return Dictionaries.resource(file, ignored).lines().toList();
            } catch (IllegalStateException e) {
                return List.of();    // not a bundled file: the evidence names no line we can show
            }
        }
    }
}
