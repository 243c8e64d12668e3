package org.dyad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.dyad.document.Span;
import org.dyad.time.Expr.Form;

/**
 * Resolves what a time expression says ({@link Expr}) to a TIMEX3 value, following the value formats of the TimeML
 * 1.2.1 annotation guidelines (ISO 8601 dates, weeks {@code 2017-W45}, quarters {@code 2017-Q3}, halves
 * {@code 2017-H1}, seasons {@code 2017-SU}, decades {@code 199}, times of day {@code TMO TAF TEV TNI}, durations
 * {@code P2D PT5H PXY}, {@code PAST_REF PRESENT_REF FUTURE_REF}).
 *
 * <p>The rules for relative expressions, against the document creation time (DCT):
 * <ul>
 *   <li>a bare weekday in a past clause is the most recent such day on or before the DCT; in a future clause the
 *       first one after it. "last Friday" is the most recent one before the DCT, "next Friday" the first one after
 *       it, "this Friday" the one in the DCT's ISO week;</li>
 *   <li>a month (or month and day) without a year is the occurrence nearest to the DCT, a day ahead counting as two
 *       behind (the middle of a month counts for a month alone); "last November" is the latest November before the DCT's month;</li>
 *   <li>"last week", "next month", "this year", "two days ago": that many units from the DCT, at the unit's
 *       granularity (a week is an ISO week);</li>
 *   <li>a quarter without a year is in the DCT's year; "the quarter", "the latest quarter" is the latest complete
 *       quarter before the DCT (the financial-report reading);</li>
 *   <li>"the next day", "the day before" count from the last day-level date mentioned before them, else the DCT.</li>
 * </ul>
 * Without a DCT a relative expression keeps its unknown fields as X ({@code XXXX-XX-XX}, {@code XXXX-10}) and is
 * marked {@link Anchor#UNRESOLVED}. Pure and stateless.
 */
final class TimexNormalizer {
    private static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
    private static final int[] SEASON_START = {3, 6, 9, 12};

    private TimexNormalizer() {
    }

    /**
     * @param span     the expression's offsets
     * @param e        what it says
     * @param dct      the document creation time, if known
     * @param tense    the tense of the clause around it
     * @param previous the last day-level date mentioned before it, if any
     * @param point    the last resolved date of any calendar granularity mentioned before it, if any
     */
    static Timex normalize(Span span, Expr e, Optional<LocalDate> dct, Tense tense, Optional<LocalDate> previous,
                           Optional<Timex> point) {
        boolean namesDay = e.form() == Form.CALENDAR || e.form() == Form.WEEKDAY || e.form() == Form.HOLIDAY
                || e.form() == Form.MONTH_SHIFT;
        boolean weekOf = e.form() == Form.CALENDAR && e.unit() == TimeUnit.WEEK;
        if (namesDay && (e.amount() != 0 || weekOf)) {
            Timex day = resolve(span, new Expr(e.form(), e.year(), e.month(), e.day(), e.index(), null, 0, e.shift(),
                    e.dayPart(), e.ref()), dct, tense, previous, point);
            if (day.granularity() != Granularity.DAY || day.value().indexOf('X') >= 0) {
                return weekOf ? new Timex(span, TimexType.DATE, "XXXX-WXX", Granularity.WEEK, day.anchor()) : day;
            }
            LocalDate d = LocalDate.parse(day.value()).plusDays(e.amount());
            return weekOf ? new Timex(span, TimexType.DATE, week(d), Granularity.WEEK, day.anchor())
                    : new Timex(span, TimexType.DATE, d.toString(), Granularity.DAY, day.anchor());
        }
        return resolve(span, e, dct, tense, previous, point);
    }

    private static Timex resolve(Span span, Expr e, Optional<LocalDate> dct, Tense tense, Optional<LocalDate> previous,
                                 Optional<Timex> point) {
        // a present or verbless clause reads as past for weekdays and seasons, as before: news reports what happened
        boolean past = tense != Tense.FUTURE;
        switch (e.form()) {
            case REF -> {
                return new Timex(span, TimexType.DATE, e.ref(), Granularity.NONE, Anchor.NONE);
            }
            case DURATION -> {
                return new Timex(span, TimexType.DURATION, e.ref().isEmpty() ? e.unit().duration(e.amount()) : e.ref(),
                        Granularity.NONE, Anchor.NONE);
            }
            case SET -> {
                return new Timex(span, TimexType.SET, e.ref().isEmpty() ? e.unit().duration(e.amount()) : e.ref(),
                        Granularity.NONE, Anchor.NONE);
            }
            case DECADE -> {
                return new Timex(span, TimexType.DATE, String.valueOf(e.year() / 10), Granularity.DECADE, Anchor.NONE);
            }
            case CENTURY -> {
                return new Timex(span, TimexType.DATE, String.format("%02d", e.year() - 1), Granularity.CENTURY,
                        Anchor.NONE);
            }
            default -> {
            }
        }
        if (e.form() == Form.CALENDAR && e.year() > 0) {
            String v = e.month() == 0 ? String.format("%04d", e.year())
                    : e.day() == 0 ? String.format("%04d-%02d", e.year(), e.month())
                    : String.format("%04d-%02d-%02d", e.year(), e.month(), e.day());
            Granularity g = e.month() == 0 ? Granularity.YEAR : e.day() == 0 ? Granularity.MONTH : Granularity.DAY;
            if (e.day() > 0 && !e.dayPart().isEmpty()) {
                return new Timex(span, TimexType.TIME, v + e.dayPart(), Granularity.TIME, Anchor.NONE);
            }
            return new Timex(span, TimexType.DATE, v, g, Anchor.NONE);
        }
        if (e.form() == Form.QUARTER && e.year() > 0) {
            return new Timex(span, TimexType.DATE, quarter(e.year(), e), Granularity.QUARTER, Anchor.NONE);
        }
        if (e.form() == Form.SEASON && e.year() > 0) {
            return new Timex(span, TimexType.DATE, e.year() + "-" + SEASONS[e.index()], Granularity.SEASON, Anchor.NONE);
        }
        if (e.form() == Form.CLOCK && previous.isPresent()) {
            // a clock time alone ("at 10 p.m.") is on the day the story last named, not always the DCT's
            return new Timex(span, TimexType.TIME, previous.get() + e.dayPart(), Granularity.TIME, Anchor.PREVIOUS_DATE);
        }
        if (e.form() == Form.WEEKDAY && Math.abs(e.shift()) == 3 && previous.isPresent()) {
            // "the previous Friday": the Friday before the day the story last named
            DayOfWeek dow = DayOfWeek.of(e.index());
            LocalDate d = previous.get().with(e.shift() < 0 ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow));
            return day(span, d, e.dayPart(), Anchor.PREVIOUS_DATE);
        }
        if (e.form() == Form.ANAPHORIC_DAY && (previous.isPresent() || dct.isPresent())) {
            LocalDate d = previous.or(() -> dct).get().plusDays(e.amount());
            return day(span, d, e.dayPart(), previous.isPresent() ? Anchor.PREVIOUS_DATE : Anchor.DOCUMENT_TIME);
        }
        if (e.form() == Form.ANAPHORIC) {
            // "that year", "the following month": from the last date mentioned at that unit or finer, else the DCT
            Optional<LocalDate> base = point.filter(p -> p.granularity().ordinal() <= e.unit().granularity.ordinal())
                    .flatMap(p -> start(p.value()));
            if (base.isPresent()) {
                Timex t = relative(span, base.get(), e.unit(), e.amount());
                return new Timex(span, t.type(), t.value(), t.granularity(), Anchor.PREVIOUS_DATE);
            }
            if (dct.isEmpty()) {
                return unresolved(span, Expr.relative(e.unit(), e.amount()));
            }
            return relative(span, dct.get(), e.unit(), e.amount());
        }
        if (dct.isEmpty()) {
            return unresolved(span, e);
        }
        LocalDate t = dct.get();
        return switch (e.form()) {
            case CALENDAR -> {
                // a month or month and day without a year: the occurrence nearest to the DCT (a story about
                // "Nov. 6" written on Nov. 2 means this Nov. 6, written on Dec. 1 last month's); news reports
                // more of the past than of the future, so a day ahead counts as two behind
                // after "will" and the like ("will visit in December") the first on or after the DCT, as for bare
                // weekdays; a past verb is no such guide: "said" governs dates ahead as often as behind
                int best = t.getYear();
                long bestDistance = Long.MAX_VALUE;
                for (int year = t.getYear() - 1; year <= t.getYear() + 1; year++) {
                    LocalDate d = LocalDate.of(year, e.month(), e.day() > 0
                            ? Math.min(e.day(), YearMonth.of(year, e.month()).lengthOfMonth()) : 15);
                    long distance = d.toEpochDay() - t.toEpochDay();
                    if (e.day() == 0 && year == t.getYear() && e.month() == t.getMonthValue()) {
                        distance = 0;
                    }
                    if (tense == Tense.FUTURE && distance < 0) {
                        continue;
                    }
                    distance = distance > 0 ? 2 * distance : -distance;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = year;
                    }
                }
                if (e.day() > 0) {
                    yield day(span, LocalDate.of(best, e.month(), Math.min(e.day(), YearMonth.of(best, e.month())
                            .lengthOfMonth())), e.dayPart(), Anchor.DOCUMENT_TIME);
                }
                yield new Timex(span, TimexType.DATE, String.format("%04d-%02d", best, e.month()), Granularity.MONTH,
                        Anchor.DOCUMENT_TIME);
            }
            case HOLIDAY -> {
                // "last Thanksgiving" the latest before the DCT, "next" the first after; unmarked the nearest, a
                // day ahead counting as two behind, or the first on or after the DCT in a future clause
                LocalDate best = null;
                long bestDistance = Long.MAX_VALUE;
                for (int year = t.getYear() - 1; year <= t.getYear() + 1; year++) {
                    LocalDate d = holiday(e.index(), year);
                    long distance = d.toEpochDay() - t.toEpochDay();
                    if ((e.shift() < 0 && distance >= 0) || (e.shift() > 0 && distance <= 0)
                            || (e.shift() == 0 && tense == Tense.FUTURE && distance < 0)) {
                        continue;
                    }
                    distance = distance > 0 ? 2 * distance : -distance;
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = d;
                    }
                }
                yield day(span, best, e.dayPart(), Anchor.DOCUMENT_TIME);
            }
            case MONTH_SHIFT -> {
                if (e.day() > 0) {
                    int y = t.getYear();
                    LocalDate d = dayIn(y, e.month(), e.day());
                    if (e.shift() < 0 && !d.isBefore(t)) {
                        d = dayIn(y - 1, e.month(), e.day());
                    } else if (e.shift() > 0 && !d.isAfter(t)) {
                        d = dayIn(y + 1, e.month(), e.day());
                    }
                    yield day(span, d, e.dayPart(), Anchor.DOCUMENT_TIME);
                }
                int year = t.getYear();
                if (e.shift() < 0 && e.month() >= t.getMonthValue()) {
                    year--;
                } else if (e.shift() > 0 && e.month() <= t.getMonthValue()) {
                    year++;
                }
                yield new Timex(span, TimexType.DATE, String.format("%04d-%02d", year, e.month()), Granularity.MONTH,
                        Anchor.DOCUMENT_TIME);
            }
            case WEEKDAY -> {
                DayOfWeek dow = DayOfWeek.of(e.index());
                LocalDate d = switch (e.shift()) {
                    case -1, -3 -> t.with(TemporalAdjusters.previous(dow));
                    case 1, 3 -> t.with(TemporalAdjusters.next(dow));
                    case 2 -> t.with(DayOfWeek.MONDAY).plusDays(e.index() - 1L);
                    default -> past ? t.with(TemporalAdjusters.previousOrSame(dow)) : t.with(TemporalAdjusters.next(dow));
                };
                yield day(span, d, e.dayPart(), Anchor.DOCUMENT_TIME);
            }
            case DEICTIC_DAY -> day(span, t.plusDays(e.amount()), e.dayPart(), Anchor.DOCUMENT_TIME);
            case CLOCK -> new Timex(span, TimexType.TIME, t + e.dayPart(), Granularity.TIME, Anchor.DOCUMENT_TIME);
            case RELATIVE -> {
                if (e.unit() == TimeUnit.WEEKEND && e.shift() < 0) {
                    // "the weekend": this week's when the DCT is a Saturday or Sunday, else last week's
                    int back = t.getDayOfWeek().getValue() >= 6 ? 0 : -1;
                    yield relative(span, t, TimeUnit.WEEKEND, back);
                }
                yield relative(span, t, e.unit(), e.amount());
            }
            case MONTH_IN_YEAR -> new Timex(span, TimexType.DATE, String.format("%04d-%02d", t.getYear() + e.amount(),
                    e.month()), Granularity.MONTH, Anchor.DOCUMENT_TIME);
            case QUARTER -> new Timex(span, TimexType.DATE, quarter(t.getYear() + e.shift(), e), Granularity.QUARTER,
                    Anchor.DOCUMENT_TIME);
            case LATEST_QUARTER -> {
                LocalDate q = t.minusMonths(3);
                int number = (q.getMonthValue() - 1) / 3 + 1;
                yield new Timex(span, TimexType.DATE, (q.getYear() - e.amount()) + "-Q" + number, Granularity.QUARTER,
                        Anchor.DOCUMENT_TIME);
            }
            case SEASON -> {
                int year = t.getYear();
                int start = SEASON_START[e.index()];
                int month = t.getMonthValue();
                boolean inside = e.index() == 3 ? month == 12 || month <= 2 : month >= start && month < start + 3;
                int seasonYear = e.index() == 3 && month <= 2 ? year - 1 : year;
                if (e.shift() == 2) {
                    year = inside ? seasonYear : year;
                } else if (e.shift() < 0) {
                    year = inside || start > month ? seasonYear - 1 : year;
                } else if (e.shift() > 0) {
                    year = inside || start < month ? seasonYear + 1 : year;
                } else if (inside) {
                    year = seasonYear;
                } else if (past && start > month) {
                    year--;
                } else if (!past && start < month) {
                    year++;
                }
                yield new Timex(span, TimexType.DATE, year + "-" + SEASONS[e.index()], Granularity.SEASON,
                        Anchor.DOCUMENT_TIME);
            }
            default -> unresolved(span, e);
        };
    }

    /**
     * The date of holiday {@code index} ({@link Expr.Form#HOLIDAY}) in {@code year}: Thanksgiving the fourth Thursday
     * of November, Election Day the Tuesday after the first Monday of November, Memorial Day the last Monday of May,
     * Labor Day the first Monday of September (United States law, 5 U.S.C. 6103 and 2 U.S.C. 7).
     */
    static LocalDate holiday(int index, int year) {
        return switch (index) {
            case 0 -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case 1 -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
            case 2 -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case 3 -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            default -> throw new IllegalArgumentException("no holiday " + index);
        };
    }

    /** Day {@code day} of the month, or the month's last day when it is shorter (29 February). */
    private static LocalDate dayIn(int year, int month, int day) {
        return LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
    }

    private static String quarter(int year, Expr e) {
        return year + (e.unit() == TimeUnit.YEAR ? "-H" : "-Q") + (e.index() == 0 ? "X" : String.valueOf(e.index()));
    }

    private static Timex day(Span span, LocalDate d, String dayPart, Anchor anchor) {
        if (dayPart.isEmpty()) {
            return new Timex(span, TimexType.DATE, d.toString(), Granularity.DAY, anchor);
        }
        return new Timex(span, TimexType.TIME, d + dayPart, Granularity.TIME, anchor);
    }

    private static Timex relative(Span span, LocalDate t, TimeUnit unit, int n) {
        return switch (unit) {
            case DAY, NIGHT -> day(span, t.plusDays(n), "", Anchor.DOCUMENT_TIME);
            case WEEK -> new Timex(span, TimexType.DATE, week(t.plusWeeks(n)), Granularity.WEEK, Anchor.DOCUMENT_TIME);
            case WEEKEND -> new Timex(span, TimexType.DATE, week(t.plusWeeks(n)) + "-WE", Granularity.WEEK,
                    Anchor.DOCUMENT_TIME);
            case MONTH -> new Timex(span, TimexType.DATE, YearMonth.from(t).plusMonths(n).toString(),
                    Granularity.MONTH, Anchor.DOCUMENT_TIME);
            case QUARTER -> {
                LocalDate q = t.plusMonths(3L * n);
                yield new Timex(span, TimexType.DATE, q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1),
                        Granularity.QUARTER, Anchor.DOCUMENT_TIME);
            }
            case YEAR -> new Timex(span, TimexType.DATE, String.format("%04d", t.getYear() + n), Granularity.YEAR,
                    Anchor.DOCUMENT_TIME);
            case DECADE -> new Timex(span, TimexType.DATE, String.valueOf((t.getYear() + 10 * n) / 10),
                    Granularity.DECADE, Anchor.DOCUMENT_TIME);
            case CENTURY -> new Timex(span, TimexType.DATE, String.valueOf((t.getYear() + 100 * n) / 100),
                    Granularity.CENTURY, Anchor.DOCUMENT_TIME);
            case SECOND, MINUTE, HOUR -> new Timex(span, TimexType.TIME, t + "TXX:XX", Granularity.TIME,
                    Anchor.DOCUMENT_TIME);
        };
    }

    /**
     * The first day of the period a resolved TIMEX value names ({@code 1995} gives 1995-01-01, {@code 1988-Q2}
     * 1988-04-01, {@code 1989-W12} that week's Monday, {@code 1998-03-06TEV} 1998-03-06), or empty for values
     * with unknown fields or that name no calendar period.
     */
    static Optional<LocalDate> start(String v) {
        if (v.length() < 4 || v.indexOf('X') >= 0 || !Character.isDigit(v.charAt(0))) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(v.substring(0, 4));
            if (v.length() == 4) {
                return Optional.of(LocalDate.of(year, 1, 1));
            }
            char c = v.length() > 5 ? v.charAt(5) : ' ';
            if (c == 'Q' || c == 'H') {
                int n = Integer.parseInt(v.substring(6, 7));
                return Optional.of(LocalDate.of(year, (n - 1) * (c == 'Q' ? 3 : 6) + 1, 1));
            }
            if (c == 'W') {
                int week = Integer.parseInt(v.substring(6, Math.min(v.length(), 8)).replaceAll("\\D", ""));
                return Optional.of(LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY));
            }
            if (Character.isDigit(c) && v.length() >= 7) {
                int month = Integer.parseInt(v.substring(5, 7));
                int day = v.length() >= 10 && Character.isDigit(v.charAt(8)) ? Integer.parseInt(v.substring(8, 10)) : 1;
                return Optional.of(LocalDate.of(year, month, day));
            }
        } catch (RuntimeException bad) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** ISO week of a date, as TimeML writes it: {@code 2017-W45}. */
    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A relative expression without a document creation time: its known fields, X for the rest. */
    private static Timex unresolved(Span span, Expr e) {
        String v;
        Granularity g;
        switch (e.form()) {
            case CALENDAR -> {
                v = e.day() > 0 ? String.format("XXXX-%02d-%02d", e.month(), e.day()) : String.format("XXXX-%02d", e.month());
                g = e.day() > 0 ? Granularity.DAY : Granularity.MONTH;
            }
            case MONTH_SHIFT, MONTH_IN_YEAR -> {
                v = e.day() > 0 ? String.format("XXXX-%02d-%02d", e.month(), e.day()) : String.format("XXXX-%02d", e.month());
                g = e.day() > 0 ? Granularity.DAY : Granularity.MONTH;
            }
            case QUARTER, LATEST_QUARTER -> {
                v = "XXXX-Q" + (e.index() == 0 ? "X" : e.index());
                g = Granularity.QUARTER;
            }
            case SEASON -> {
                v = "XXXX-" + SEASONS[e.index()];
                g = Granularity.SEASON;
            }
            case RELATIVE -> {
                g = e.unit().granularity;
                v = switch (g) {
                    case WEEK -> "XXXX-WXX";
                    case MONTH -> "XXXX-XX";
                    case QUARTER -> "XXXX-QX";
                    case YEAR -> "XXXX";
                    case DECADE -> "XXX";
                    case CENTURY -> "XX";
                    default -> "XXXX-XX-XX";
                };
            }
            default -> {
                v = "XXXX-XX-XX" + e.dayPart();
                g = e.dayPart().isEmpty() ? Granularity.DAY : Granularity.TIME;
            }
        }
        TimexType type = e.form() == Form.CLOCK || !e.dayPart().isEmpty() ? TimexType.TIME : TimexType.DATE;
        return new Timex(span, type, v, g, Anchor.UNRESOLVED);
    }
}
