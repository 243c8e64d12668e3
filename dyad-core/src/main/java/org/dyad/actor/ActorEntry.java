package org.dyad.actor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phrase of the actor dictionary with the codes it resolves to. A dictionary record (a primary phrase, its
 * {@code +synonym} phrases and its date restrictions) yields one entry per phrase; all entries of a record share
 * the same codes, and the synonyms carry their primary phrase as {@code name}.
 *
 * @param words       the phrase as upper-case words (split at blanks and underscores), e.g. [NORTH, ATLANTIC,
 *                    TREATY, ORGANIZATION]
 * @param name        the primary phrase this phrase belongs to (itself, for a primary phrase) in readable form,
 *                    upper-case words joined by one blank, e.g. "NORTH ATLANTIC TREATY ORGANIZATION"
 * @param defaultCode the code that applies when no dated code does: the undated {@code [CODE]}; "---" is the
 *                    null code
 * @param dated       date-restricted codes in dictionary order; the first that applies wins (TABARI 6.5.2 note 4)
 * @param origin      where the phrase was read, "FILE:LINE"
 */
public record ActorEntry(List<String> words, String name, Optional<String> defaultCode, List<DatedCode> dated,
                         String origin) {
    static final String NULL_CODE = "---";

    private static final Comparator<DatedCode> RECENCY = Comparator
            .comparing((DatedCode d) -> d.to().orElse(LocalDate.MAX))
            .thenComparing(d -> d.from().orElse(LocalDate.MIN));

    public ActorEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultCode, "defaultCode");
        dated = List.copyOf(dated);
        Objects.requireNonNull(origin, "origin");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("actor phrase without words at " + origin);
        }
    }

    /**
     * The code of this actor on a date.
     *
     * <p>With a date: the first dated code whose range contains it, else the default code. Without a date: the
     * default code, else the most recent dated code (latest end; open-ended counts as latest; ties go to the later
     * start, then to the later line). The null code "---" yields empty, as does an entry with nothing that applies.
     */
    public Optional<String> codeOn(Optional<LocalDate> date) {
        Optional<String> chosen;
        if (date.isPresent()) {
            LocalDate day = date.get();
            chosen = dated.stream().filter(d -> d.appliesOn(day)).findFirst().map(DatedCode::code)
                    .or(() -> defaultCode);
        } else if (defaultCode.isPresent()) {
            chosen = defaultCode;
        } else {
            DatedCode latest = null;
            for (DatedCode d : dated) {
                if (latest == null || RECENCY.compare(d, latest) >= 0) {
                    latest = d;
                }
            }
            chosen = Optional.ofNullable(latest).map(DatedCode::code);
        }
        return chosen.filter(c -> !NULL_CODE.equals(c));
    }
}
