package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryLinter;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.LintFinding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dyad dict}: tools for dictionary files. Its subcommand {@code lint} checks them. */
@Command(name = "dict", mixinStandardHelpOptions = true, description = "Dictionary tools.",
        subcommands = {DictCommand.Lint.class})
public final class DictCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code dyad dict lint [FILES…]}: lints dictionary files ({@link DictionaryLinter}), the bundled ones when none
     * is given. Standard output gets one line per finding ({@code error: FILE:LINE: message [check]}) and a summary
     * line; {@code --report FILE} writes the same lines to FILE. Exit status {@value ErrorPolicy#CODED} when there is
     * no error (warnings allowed), {@value ErrorPolicy#LINT_ERRORS} when there is one, {@value ErrorPolicy#USAGE} for
     * a wrong command line (a missing file, a file whose kind cannot be told from its name without {@code --kind}).
     */
    @Command(name = "lint", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Check dictionary files for malformed lines, unknown codes, duplicates, bad date ranges, "
                    + "undefined synonym sets and patterns that never match.",
            footer = {"", "Exit status: 0 when no error was found (warnings allowed), 1 when one was, 2 for a wrong "
                    + "command line."})
    static final class Lint implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Option(names = "--kind", paramLabel = "verbs|actors|agents|discards|issues",
                converter = KindConverter.class,
                description = "What the files hold, when their names do not say it (names containing verbs, "
                        + "actors, agents, discard, issue).")
        private Optional<DictionaryLinter.Kind> kind = Optional.empty();

        @Option(names = "--report", paramLabel = "FILE", description = "Also write the findings to FILE.")
        private Optional<Path> report = Optional.empty();

        @Parameters(arity = "0..*", paramLabel = "FILES",
                description = "Dictionary files, or folders whose files say their kind in their names "
                        + "(*.verbs.txt, *.actors.txt…); the bundled dictionaries when none is given.")
        private List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            List<DictionaryLinter.Source> sources = files.isEmpty() ? bundled() : given();
            DictionaryLinter linter = new DictionaryLinter(Dictionaries.bundledCameo(new DictionaryReport()));
            List<LintFinding> findings = linter.lint(sources);
            long errors = findings.stream().filter(f -> f.severity() == LintFinding.Severity.ERROR).count();
            List<String> lines = new ArrayList<>();
            findings.forEach(f -> lines.add(f.toString()));
            lines.add("dyad dict lint: " + errors + (errors == 1 ? " error, " : " errors, ")
                    + (findings.size() - errors) + (findings.size() - errors == 1 ? " warning" : " warnings")
                    + " in " + sources.size() + (sources.size() == 1 ? " file" : " files"));
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
            if (report.isPresent()) {
                try {
                    Files.write(report.get(), lines, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new CommandFailedException("cannot write " + report.get() + ": " + e.getMessage(), e);
                }
            }
            return errors > 0 ? ErrorPolicy.LINT_ERRORS : ErrorPolicy.CODED;
        }

        /** The bundled dictionaries the coder reads, in the order it reads them. */
        static List<DictionaryLinter.Source> bundled() {
            List<DictionaryLinter.Source> sources = new ArrayList<>();
            sources.add(resource(Dictionaries.VERBS, DictionaryLinter.Kind.VERBS));
            sources.add(resource(Dictionaries.SUPPLEMENT_VERBS, DictionaryLinter.Kind.VERBS));
            for (String actors : Dictionaries.ACTORS) {
                sources.add(resource(actors, DictionaryLinter.Kind.ACTORS));
            }
            sources.add(resource(Dictionaries.SUPPLEMENT_ACTORS, DictionaryLinter.Kind.ACTORS));
            sources.add(resource(Dictionaries.AGENTS, DictionaryLinter.Kind.AGENTS));
            sources.add(resource(Dictionaries.DISCARDS, DictionaryLinter.Kind.DISCARDS));
            sources.add(resource(Dictionaries.ISSUES, DictionaryLinter.Kind.ISSUES));
            return sources;
        }

        private static DictionaryLinter.Source resource(String name, DictionaryLinter.Kind kind) {
            try (var in = Dictionaries.class.getResourceAsStream(Dictionaries.RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled dictionary " + name + " is missing; rebuild dyad-core");
                }
                return new DictionaryLinter.Source(name, kind, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled dictionary " + name, e);
            }
        }

        private List<DictionaryLinter.Source> given() {
            List<DictionaryLinter.Source> sources = new ArrayList<>();
            for (Path file : expandFolders()) {
                if (!Files.isRegularFile(file)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
                }
                DictionaryLinter.Kind k = kind.or(() -> DictionaryLinter.Kind.fromName(file.toString()))
                        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "cannot tell what "
                                + file + " holds from its name; give --kind verbs|actors|agents|discards|issues"));
                try {
                    sources.add(new DictionaryLinter.Source(file.toString(), k, Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new CommandFailedException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            return sources;
        }

        /**
         * The files as given, each folder replaced by its files (sorted by name) whose kind {@code --kind} or the
         * name tells; a folder with none is a usage error that says what names are looked for.
         */
        private List<Path> expandFolders() {
            List<Path> out = new ArrayList<>();
            for (Path file : files) {
                if (!Files.isDirectory(file)) {
                    out.add(file);
                    continue;
                }
                List<Path> inside;
                try (var listing = Files.list(file)) {
                    inside = listing.filter(Files::isRegularFile).sorted()
                            .filter(f -> kind.isPresent() || DictionaryLinter.Kind.fromName(f.toString()).isPresent())
                            .toList();
                } catch (IOException e) {
                    throw new CommandFailedException("cannot list " + file + ": " + e.getMessage(), e);
                }
                if (inside.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), file + " is a folder with no "
                            + "dictionary file whose name says its kind (verbs, actors, agents, discards, issues); "
                            + "name the files, or give --kind");
                }
                out.addAll(inside);
            }
            return out;
        }
    }

    /** Reads {@code --kind} in any case. */
    static final class KindConverter implements CommandLine.ITypeConverter<DictionaryLinter.Kind> {
        @Override
        public DictionaryLinter.Kind convert(String value) {
            for (DictionaryLinter.Kind k : DictionaryLinter.Kind.values()) {
                if (k.name().equalsIgnoreCase(value)) {
                    return k;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a dictionary kind; use verbs, actors, agents, discards or issues");
        }
    }
}
