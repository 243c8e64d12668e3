package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One TimeML document: the text of its {@code <TEXT>} element with the markup removed, its document creation time
 * and its gold TIMEX3 annotations.
 *
 * @param name    the entry name in the archive
 * @param text    the text of {@code <TEXT>}, entities decoded, tags removed
 * @param dct     the date of the TIMEX3 whose {@code functionInDocument} is {@code CREATION_TIME}
 * @param timexes gold TIMEX3 inside {@code <TEXT>}, in text order, offsets into {@code text}
 */
public record TimeMlDocument(String name, String text, LocalDate dct, List<Gold> timexes) {

    /**
     * One gold TIMEX3.
     *
     * @param start char offset of its first char in the document text
     * @param end   char offset just after it
     * @param type  TIMEX3 type (DATE, TIME, DURATION, SET)
     * @param value TIMEX3 value
     */
    public record Gold(int start, int end, String type, String value) {
    }

    public TimeMlDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dct, "dct");
        timexes = List.copyOf(timexes);
    }
}
