package org.dyad.eval;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Where {@link EvalCommand} gets the coders it evaluates. Not wired yet: the event coder is being written in
 * parallel and is plugged in here at merge, so both methods throw for now.
 */
public final class EvalCoders {

    /**
     * A coder for the PETRARCH suite, built with that suite's own dictionaries (its fictional actors are not
     * in the Phoenix dictionaries).
     *
     * @param suite the suite, with its verb, actor, agent and discard files
     * @return the coder
     * @throws UnsupportedOperationException until the event coder is wired
     */
    public SentenceCoder forSuite(PetrarchSuite suite) {
        throw new UnsupportedOperationException("wired later");
    }

    /**
     * The full pipeline for a seed article: read the file, code it with the given document date, and reduce
     * the events to {@link ProducedEvent}s.
     *
     * @param documentDate the date the article was published, which anchors its relative dates
     * @return a function from the article's path to its events
     * @throws UnsupportedOperationException until the pipeline is wired
     */
    public Function<Path, List<ProducedEvent>> forSeed(LocalDate documentDate) {
        throw new UnsupportedOperationException("wired later");
    }
}
