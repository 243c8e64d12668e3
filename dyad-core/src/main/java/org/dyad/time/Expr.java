package org.dyad.time;

/**
 * What the recogniser understood a time expression to say, before it is resolved to a TIMEX value by
 * {@link TimexNormalizer}. Package-private: the grammar's intermediate form.
 *
 * @param form      the kind of expression
 * @param year      an explicit year, or 0
 * @param month     an explicit month 1–12, or 0
 * @param day       an explicit day of month, or 0
 * @param index     weekday 1–7 (ISO, Monday 1), quarter 1–4, half 1–2, season 0–3 (spring to winter), or 0
 * @param unit      the unit counted or shifted, or null; {@link TimeUnit#WEEK} on a {@link Form#CALENDAR} day for
 *                  "the week of March 6"
 * @param amount    the number of units ({@code -1}: unknown, "several"), or a shift in units; for an expression
 *                  that names a day, days to move it by ("the day before last Tuesday": -1)
 * @param shift     -1 "last", +1 "next", 0 unmarked; 2 "this" for {@link Form#WEEKDAY} and {@link Form#SEASON};
 *                  -3 "the previous", +3 "the following" for a {@link Form#WEEKDAY} counted from the last day named;
 *                  for {@link Form#QUARTER} years from the DCT's; -1 for a {@link Form#RELATIVE} weekend means
 *                  "the weekend" (the latest one)
 * @param dayPart   time of day suffix: {@code TMO}, {@code TAF}, {@code TEV}, {@code TNI}, {@code T14:30}, or ""
 * @param ref       {@code PAST_REF}, {@code PRESENT_REF} or {@code FUTURE_REF} for {@link Form#REF}; the value
 *                  pattern of a calendar {@link Form#SET} ({@code XXXX-WXX-4} "every Thursday"); the value of a
 *                  {@link Form#DURATION} given in full ({@code P2Y6M})
 */
record Expr(Form form, int year, int month, int day, int index, TimeUnit unit, int amount, int shift,
            String dayPart, String ref) {

    enum Form {
        /** Explicit calendar fields (year, month, day; any may be 0 = unknown). */
        CALENDAR,
        /** A decade: {@code year} is its first year (1990). */
        DECADE,
        /** A century: {@code year} is its number (20 for the 20th century). */
        CENTURY,
        /** A weekday, with {@code shift} (0 bare, -1 last, +1 next, 2 this). */
        WEEKDAY,
        /** {@code amount} days from the document creation time (today 0, yesterday -1). */
        DEICTIC_DAY,
        /** {@code amount} days from the last day-level date mentioned ("the next day" +1). */
        ANAPHORIC_DAY,
        /** {@code amount} units from the document creation time: "last week" -1 WEEK, "two years ago" -2 YEAR. */
        RELATIVE,
        /** Month {@code month} of the year {@code amount} years from the DCT's: "June last year" (-1). */
        MONTH_IN_YEAR,
        /** A named month shifted: "last November" (-1), "this September" (0), "next March" (+1). */
        MONTH_SHIFT,
        /** Quarter or half {@code index} ({@code unit} QUARTER or YEAR for halves), of {@code year} or unknown. */
        QUARTER,
        /** The latest complete quarter ("the quarter", "the latest quarter"), {@code amount} years back. */
        LATEST_QUARTER,
        /** Season {@code index} with {@code shift}, of {@code year} when given. */
        SEASON,
        /** A clock time in {@code dayPart} on the document day. */
        CLOCK,
        /** {@code amount} {@code unit}s. */
        DURATION,
        /** Every {@code amount} {@code unit}s; or, when {@code ref} is set, the calendar pattern it names. */
        SET,
        /**
         * {@code amount} {@code unit}s from the last date mentioned before it: "that year" (0), "the following
         * month" (+1), "the previous week" (-1).
         */
        ANAPHORIC,
        /**
         * A holiday on a weekday rule ({@link TimexRecognizer}: 0 Thanksgiving, 1 Election Day, 2 Memorial Day,
         * 3 Labor Day) in {@code index}, with {@code shift} (-1 "last", +1 "next", 0 unmarked).
         */
        HOLIDAY,
        /** A vague reference: {@code ref}. */
        REF
    }

    static Expr of(Form form) {
        return new Expr(form, 0, 0, 0, 0, null, 0, 0, "", "");
    }

    static Expr calendar(int year, int month, int day) {
        return new Expr(Form.CALENDAR, year, month, day, 0, null, 0, 0, "", "");
    }

    static Expr relative(TimeUnit unit, int amount) {
        return new Expr(Form.RELATIVE, 0, 0, 0, 0, unit, amount, 0, "", "");
    }

    static Expr duration(TimeUnit unit, int amount) {
        return new Expr(Form.DURATION, 0, 0, 0, 0, unit, amount, 0, "", "");
    }

    /** A duration whose ISO 8601 value is worked out by the recogniser ("two and a half years": P2Y6M). */
    static Expr durationValue(String value) {
        return new Expr(Form.DURATION, 0, 0, 0, 0, null, 0, 0, "", value);
    }

    static Expr set(TimeUnit unit, int amount) {
        return new Expr(Form.SET, 0, 0, 0, 0, unit, amount, 0, "", "");
    }

    /** A set that recurs on a calendar pattern: {@code XXXX-WXX-4} ("every Thursday"), {@code XXXX-07}. */
    static Expr setPattern(String value) {
        return new Expr(Form.SET, 0, 0, 0, 0, null, 0, 0, "", value);
    }

    static Expr anaphoric(TimeUnit unit, int amount) {
        return new Expr(Form.ANAPHORIC, 0, 0, 0, 0, unit, amount, 0, "", "");
    }

    static Expr ref(String ref) {
        return new Expr(Form.REF, 0, 0, 0, 0, null, 0, 0, "", ref);
    }

    static Expr weekday(int weekday, int shift) {
        return new Expr(Form.WEEKDAY, 0, 0, 0, weekday, null, 0, shift, "", "");
    }

    static Expr day(Form form, int amount) {
        return new Expr(form, 0, 0, 0, 0, TimeUnit.DAY, amount, 0, "", "");
    }

    Expr withDayPart(String part) {
        return new Expr(form, year, month, day, index, unit, amount, shift, part, ref);
    }

    /**
     * This day-naming expression ({@link Form#CALENDAR} with a day, {@link Form#WEEKDAY}, {@link Form#HOLIDAY},
     * {@link Form#MONTH_SHIFT} with a day) moved by {@code days}, kept in {@code amount}, which these forms do not
     * otherwise use: "the day before last Tuesday".
     */
    Expr withDayOffset(int days) {
        return new Expr(form, year, month, day, index, unit, days, shift, dayPart, ref);
    }

    Expr withYear(int y) {
        return new Expr(form, y, month, day, index, unit, amount, shift, dayPart, ref);
    }

    /** Whether the value depends on the tense of the clause (a bare weekday, season, or month without a year). */
    boolean needsTense() {
        return (form == Form.WEEKDAY && shift == 0) || (form == Form.SEASON && year == 0 && shift == 0)
                || (form == Form.CALENDAR && year == 0 && month > 0);
    }
}
