package org.dyad.event;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryReport;

/**
 * The last check before an event is written (JSON Lines, table, store rows): its event code must be a code of the
 * CAMEO code table and its actor codes must have the shape of CAMEO actor codes, so a garbled code from a
 * dictionary typo is reported as an error and never reaches the output (issue 11). Immutable and thread-safe.
 *
 * <p>Actor code shape (CAMEO 1.1b3, chapter 1 and the Phoenix dictionaries): upper-case letters and digits in
 * groups of three ({@code PAK}, {@code PAKMIL}, {@code IGOWSTNAT}), or PETRARCH's agent-only form {@code ---}
 * followed by such groups ({@code ---GOV}).
 */
public final class OutputCodes {
    private static final Pattern ACTOR_CODE = Pattern.compile("(?:---)?(?:[A-Z0-9]{3})+");

    private final CameoTable cameo;

    /** @param cameo the CAMEO code table the event codes must belong to */
    public OutputCodes(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    /** The check over the bundled CAMEO code table ({@code cameo-codes.csv}). */
    public static OutputCodes bundled() {
        return new OutputCodes(Dictionaries.bundledCameo(new DictionaryReport()));
    }

    /** True when {@code code} has the shape of a CAMEO actor code (see the class comment). */
    public static boolean isActorCode(String code) {
        return code != null && ACTOR_CODE.matcher(code).matches();
    }

    /**
     * What is wrong with an event's codes.
     *
     * @return the first problem in words ("event code '209' is not in the CAMEO code table"), or empty when the
     *         event may be written
     */
    public Optional<String> problem(Event event) {
        if (!cameo.contains(event.code().value())) {
            return Optional.of("event code '" + event.code().value() + "' is not in the CAMEO code table");
        }
        Optional<String> source = actorProblem("source", event.source().map(Participant::code));
        return source.isPresent() ? source : actorProblem("target", event.target().map(Participant::code));
    }

    /**
     * Throws when the event may not be written.
     *
     * @throws MalformedCodeException naming the event and its bad code
     */
    public void check(Event event) {
        Optional<String> problem = problem(event);
        if (problem.isPresent()) {
            throw new MalformedCodeException("event " + event.id(), problem.get());
        }
    }

    /**
     * Throws when a speaker's (or other record's) actor code is malformed.
     *
     * @param what   the record, for the message ("quote 3f2a0c…")
     * @param code   the actor code, when there is one
     * @throws MalformedCodeException when the code does not have the actor code shape
     */
    public void checkActor(String what, Optional<String> code) {
        Optional<String> problem = actorProblem("speaker", code);
        if (problem.isPresent()) {
            throw new MalformedCodeException(what, problem.get());
        }
    }

    private static Optional<String> actorProblem(String side, Optional<String> code) {
        if (code.isPresent() && !isActorCode(code.get())) {
            return Optional.of(side + " code '" + code.get() + "' is not a CAMEO actor code (upper-case letters and "
                    + "digits in groups of three)");
        }
        return Optional.empty();
    }

    /** An event (or record) whose code may not be output; nothing of it has been written. */
    public static final class MalformedCodeException extends IllegalArgumentException {
        private final String record;

        /**
         * @param record  the record refused, kind and id: "event 2f08b94974f56450", "quote 73605c27aa39f198"
         * @param problem what is wrong with its codes
         */
        public MalformedCodeException(String record, String problem) {
            super(record + " not written: " + problem);
            this.record = record;
        }

        /** The record refused, kind and id ("event 2f08b94974f56450"). */
        public String record() {
            return record;
        }
    }
}
