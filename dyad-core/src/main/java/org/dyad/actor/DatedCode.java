package org.dyad.actor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of an actor entry with the dates on which it applies: a date restriction of the PETRARCH/TABARI actor
 * format ({@code [USAGOV 450703-470121]}, {@code [EGY <911231]}, {@code [UNO >920101]}). Both bounds are
 * inclusive (TABARI manual 0.8.4b2, section 6.5.2: "prior to and including", "after and including").
 *
 * <p>Dates are written YYYYMMDD or YYMMDD. A two-digit year follows TABARI's rule (same section, note 1), which
 * PETRARCH kept: 00 to 30 are 2000 to 2030, 31 to 99 are 1931 to 1999. The Phoenix data agree: Harry Truman's
 * {@code 450703} is 1945 and Zahir Shah's {@code 070723} is 2007.
 *
 * @param code the actor code as written, e.g. "AFGGOV"; "---" is the null code (the phrase is an actor that gets
 *             no code in that period)
 * @param from first day the code applies; empty for "since always" ({@code <date} restrictions)
 * @param to   last day the code applies; empty for "from then on" ({@code >date} restrictions)
 */
public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> to) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("date range of " + code + " ends before it starts: "
                    + from.get() + " > " + to.get());
        }
    }

    /** True when {@code date} lies within the range, bounds included. */
    public boolean appliesOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
    }

    /** True for the null code "---". */
    public boolean isNullCode() {
        return ActorEntry.NULL_CODE.equals(code);
    }

    /**
     * Reads a dictionary date, YYYYMMDD or YYMMDD (century rule in the class comment).
     *
     * @return the date, or empty when the text is not 6 or 8 digits or names no real day
     */
    public static Optional<LocalDate> parseDate(String text) {
        String digits = text.strip();
        if (digits.length() != 6 && digits.length() != 8) {
            return Optional.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        int year;
        int rest;
        if (digits.length() == 8) {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        } else {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
                    Integer.parseInt(digits.substring(rest + 2, rest + 4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
