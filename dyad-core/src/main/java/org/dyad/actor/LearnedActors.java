package org.dyad.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * People learned in earlier runs from roles the text stated (see {@link ActorLearner}), reviewed and handed back to
 * the matcher: a name of two words or more that no dictionary holds resolves to the learned code, with resolution
 * {@link Actor.Resolution#LEARNED}. A learned role is true around the dates it was seen: it applies to documents
 * dated within {@value #YEARS_VALID} years of its evidence (first to last date), and to undated ones.
 *
 * <p>Immutable and thread-safe.
 */
public final class LearnedActors {
    /** Years before the first and after the last evidence date during which a learned role still applies. */
    public static final int YEARS_VALID = 1;

    private final PhraseIndex<Entry> index = new PhraseIndex<>();
    private final int size;

    /**
     * One learned person, the evidence of a learned-actors file grouped by name, code and role.
     *
     * @param name      the name as the text wrote it ("Khawaja Asif")
     * @param code      the learned CAMEO actor code
     * @param role      the role stated ("Foreign Minister")
     * @param evidence  number of mentions that stated it
     * @param first     earliest document date among them, when any was dated
     * @param last      latest document date among them, when any was dated
     * @param source    where it was read, for the evidence string ("learned-actors.tsv")
     */
    public record Entry(String name, String code, String role, int evidence, Optional<LocalDate> first,
                        Optional<LocalDate> last, String source) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(source, "source");
        }

        /** True when the role applies on the document date (or the document or the evidence has no date). */
        boolean appliesOn(Optional<LocalDate> date) {
            if (date.isEmpty() || first.isEmpty() || last.isEmpty()) {
                return true;
            }
            LocalDate d = date.get();
            return !d.isBefore(first.get().minusYears(YEARS_VALID)) && !d.isAfter(last.get().plusYears(YEARS_VALID));
        }

        Actor actor() {
            String dates = first.map(f -> ", " + f + ".." + last.map(LocalDate::toString).orElse("")).orElse("");
            return new Actor(code, name, role, Actor.Resolution.LEARNED,
                    "learned: '" + role + "' stated " + evidence + " time(s)" + dates + " (" + source + ")");
        }
    }

    private LearnedActors(List<Entry> entries) {
        int n = 0;
        for (Entry e : entries) {
            List<String> words = Arrays.asList(ActorLearner.normalise(e.name()).split(" "));
            if (words.size() >= 2) {
                index.add(words, e);
                n++;
            }
        }
        this.size = n;
    }

    /** No learned actors. */
    public static LearnedActors none() {
        return new LearnedActors(List.of());
    }

    /** The given learned people; names of fewer than two words are ignored (a lone surname is too ambiguous). */
    public static LearnedActors of(List<Entry> entries) {
        return new LearnedActors(new ArrayList<>(entries));
    }

    /** Number of learned names the matcher will look for. */
    public int size() {
        return size;
    }

    PhraseIndex<Entry> index() {
        return index;
    }
}
