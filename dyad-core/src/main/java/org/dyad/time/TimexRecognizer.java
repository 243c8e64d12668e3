package org.dyad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.document.Span;
import org.dyad.time.Expr.Form;
import org.dyad.time.TimeWords.Word;

/**
 * Finds time expressions in a stretch of text and says what each one means ({@link Expr}), without resolving it.
 * A hand-written grammar over {@link TimeWords}, following the TIMEX3 extent rules of the TimeML 1.2.1 annotation
 * guidelines: a leading preposition is left out ("on Thursday" gives "Thursday"), determiners and modifiers are
 * kept ("the last few weeks", "earlier this month"), a possessive "'s" is left out ("Tuesday's" gives "Tuesday").
 *
 * <p>Cost: one look-up per word; a word that cannot open a time expression (most of them) is rejected by a
 * first-character test and one hash look-up. Pure and stateless.
 */
final class TimexRecognizer {

    /** One expression found: its words' span and its meaning. */
    record Found(Span span, Expr expr) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Map<String, Integer> NUMBERS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, TimeUnit> UNITS = new HashMap<>();
    private static final Map<String, Integer> SEASONS = Map.of("spring", 0, "summer", 1, "fall", 2, "autumn", 2,
            "winter", 3);
    private static final Map<String, String> DAY_PARTS = Map.of("morning", "TMO", "afternoon", "TAF",
            "evening", "TEV", "night", "TNI");
    /**
     * Adverbs of frequency read as sets. "quarterly" and "annually" are left out: in news they mostly qualify
     * figures ("quarterly profit"), which TimeML does not annotate.
     */
    private static final Map<String, TimeUnit> SET_WORDS = Map.of("daily", TimeUnit.DAY, "weekly", TimeUnit.WEEK,
            "monthly", TimeUnit.MONTH, "yearly", TimeUnit.YEAR, "hourly", TimeUnit.HOUR, "nightly", TimeUnit.DAY);
    private static final Map<String, String> REF_WORDS = Map.ofEntries(Map.entry("now", "PRESENT_REF"),
            Map.entry("currently", "PRESENT_REF"), Map.entry("nowadays", "PRESENT_REF"),
            Map.entry("recently", "PAST_REF"), Map.entry("lately", "PAST_REF"),
            Map.entry("recent", "PAST_REF"));
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
    private static final Set<String> EDGES = Set.of("end", "beginning", "start", "middle", "turn", "close");
    /**
     * United States holidays that fall on a weekday of a month, by {@link Form#HOLIDAY} index: Thanksgiving (the
     * fourth Thursday of November), Election Day (the Tuesday after the first Monday of November), Memorial Day (the
     * last Monday of May), Labor Day (the first Monday of September).
     */
    static final Map<String, Integer> HOLIDAYS = Map.of("thanksgiving", 0, "election", 1, "memorial", 2,
            "labor", 3);
    /** Nouns after "today's" that make it the present age rather than the day: "today's world". */
    private static final Set<String> GENERIC_NOUNS = Set.of("world", "youth", "society", "generation", "children",
            "young", "youngsters", "people", "economy", "standards", "technology", "personal", "modern", "global");
    /** Decades named in words ("the nineties"), read in the twentieth century. */
    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 1920, "thirties", 1930,
            "forties", 1940, "fifties", 1950, "sixties", 1960, "seventies", 1970, "eighties", 1980,
            "nineties", 1990);
    /** Words that may follow a length of time: "a second later", "a second or two". */
    private static final Set<String> SIGNALS_AFTER = Set.of("ago", "later", "earlier", "before", "after", "or",
            "and", "to", "of", "in", "from", "since", "until", "longer", "more", "less", "too");
    /** Time zones written after a clock time. */
    private static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt",
            "utc", "bst", "cet");
    /** Units that "that", "the same", "the following", "the previous" point back with. */
    private static final Set<TimeUnit> ANAPHORIC_UNITS = Set.of(TimeUnit.WEEK, TimeUnit.MONTH, TimeUnit.QUARTER,
            TimeUnit.YEAR);
    /** Words between a number and its unit that leave the length as it is: "eight trading days". */
    private static final Set<String> COUNT_ADJECTIVES = Set.of("more", "additional", "extra", "straight",
            "consecutive", "trading", "business", "working", "full", "long");
    /** Magnitudes that end a quantity: "$2 million a year", "3 percent a month". */
    private static final Set<String> QUANTITY_WORDS = Set.of("million", "billion", "trillion", "thousand",
            "hundred", "percent", "%", "cents");
    /** Words after which a bare plural unit ("for years") is a duration. */
    private static final Set<String> DURATION_PREPOSITIONS = Set.of("for", "over", "within", "in");
    /** Capitalised words before which a month name is not a month ("May" the modal, "March" the verb). */
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "of", "from",
            "through", "to", "during", "before", "after", "early", "late", "mid", "last", "next", "this", "-",
            "between", "and", "or", "throughout", "earlier", "later", "end", "beginning", "around");

    static {
        String[][] months = {{"january", "jan.", "jan"}, {"february", "feb.", "feb"}, {"march", "mar."},
                {"april", "apr.", "apr"}, {"may"}, {"june", "jun.", "jun"}, {"july", "jul.", "jul"},
                {"august", "aug.", "aug"}, {"september", "sept.", "sep.", "sept", "sep"}, {"october", "oct.", "oct"},
                {"november", "nov.", "nov"}, {"december", "dec.", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
            }
        }
        String[][] days = {{"monday", "mon."}, {"tuesday", "tue.", "tues."}, {"wednesday", "wed."},
                {"thursday", "thu.", "thur.", "thurs."}, {"friday", "fri."}, {"saturday", "sat."},
                {"sunday", "sun."}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, d + 1);
            }
        }
        String[] ones = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen"};
        for (int n = 0; n < ones.length; n++) {
            NUMBERS.put(ones[n], n);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int n = 0; n < tens.length; n++) {
            NUMBERS.put(tens[n], 20 + 10 * n);
        }
        NUMBERS.put("a", 1);
        NUMBERS.put("an", 1);
        NUMBERS.put("hundred", 100);
        NUMBERS.put("several", -1);
        NUMBERS.put("few", -1);
        NUMBERS.put("many", -1);
        NUMBERS.put("some", -1);
        String[] ordinals = {"first", "second", "third", "fourth"};
        for (int n = 0; n < ordinals.length; n++) {
            ORDINALS.put(ordinals[n], n + 1);
        }
        ORDINALS.put("1st", 1);
        ORDINALS.put("2nd", 2);
        ORDINALS.put("3rd", 3);
        ORDINALS.put("4th", 4);
        Object[][] units = {{TimeUnit.SECOND, "second", "seconds"}, {TimeUnit.MINUTE, "minute", "minutes"},
                {TimeUnit.HOUR, "hour", "hours"}, {TimeUnit.DAY, "day", "days"}, {TimeUnit.NIGHT, "night", "nights"},
                {TimeUnit.WEEKEND, "weekend", "weekends"}, {TimeUnit.WEEK, "week", "weeks"},
                {TimeUnit.MONTH, "month", "months"}, {TimeUnit.QUARTER, "quarter", "quarters"},
                {TimeUnit.YEAR, "year", "years"}, {TimeUnit.DECADE, "decade", "decades"},
                {TimeUnit.CENTURY, "century", "centuries"}};
        for (Object[] u : units) {
            UNITS.put((String) u[1], (TimeUnit) u[0]);
            UNITS.put((String) u[2], (TimeUnit) u[0]);
        }
    }

    /** Words that may open a time expression; anything else is rejected by one look-up. */
    private static final Set<String> OPENERS;

    static {
        java.util.HashSet<String> o = new java.util.HashSet<>();
        o.addAll(MONTHS.keySet());
        o.addAll(WEEKDAYS.keySet());
        for (String d : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            o.add(d + "s");
        }
        o.addAll(NUMBERS.keySet());
        o.addAll(ORDINALS.keySet());
        o.addAll(UNITS.keySet());
        o.addAll(SEASONS.keySet());
        o.addAll(SET_WORDS.keySet());
        o.addAll(REF_WORDS.keySet());
        o.addAll(MODIFIERS);
        o.addAll(Set.of("the", "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "past",
                "previous", "coming", "following", "current", "fiscal", "every", "each", "noon", "midnight",
                "christmas", "thanksgiving", "midday", "year", "election", "memorial", "labor", "new", "that", "same", "year-ago", "year-earlier", "these", "future", "end",
                "mid-year", "year-end", "in", "at"));
        OPENERS = Set.copyOf(o);
    }

    private TimexRecognizer() {
    }

    /** The time expressions in {@code text[from, to)} (one sentence), in text order, never overlapping. */
    static List<Found> find(String text, int from, int to) {
        List<Word> w = TimeWords.split(text, from, to);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Word first = w.get(i);
            Match m = first.digitStart() || first.low().startsWith("'") || OPENERS.contains(first.low())
                    ? new Grammar(w).at(i) : null;
            if (m == null) {
                i++;
                continue;
            }
            out.add(new Found(new Span(w.get(i + m.skip).start(), w.get(m.end - 1).end()), m.expr));
            i = m.end;
        }
        return out;
    }

    /** A match: words {@code [start + skip, end)} mean {@code expr}; {@code skip} leaves out a preposition. */
    private record Match(int skip, int end, Expr expr) {
    }

    /** The grammar over one sentence's words. */
    private static final class Grammar {
        private final List<Word> w;

        Grammar(List<Word> w) {
            this.w = w;
        }

        private String low(int k) {
            return k >= 0 && k < w.size() ? w.get(k).low() : "";
        }

        /** The first character of the word at {@code k}, or a space past the end. */
        private char first(int k) {
            String s = low(k);
            return s.isEmpty() ? ' ' : s.charAt(0);
        }

        private boolean cap(int k) {
            return k >= 0 && k < w.size() && w.get(k).capital();
        }

        private int num(int k) {
            return k >= 0 && k < w.size() ? w.get(k).number() : -1;
        }

        Match at(int i) {
            String s = low(i);
            // prepositions kept out of the extent but needed to read what follows
            if (s.equals("in") || s.equals("at")) {
                if (s.equals("in") && low(i + 1).equals("the") && low(i + 2).equals("past")
                        && !UNITS.containsKey(low(i + 3)) && !NUMBERS.containsKey(low(i + 3)) && num(i + 3) < 0) {
                    return new Match(1, i + 3, Expr.ref("PAST_REF"));
                }
                if (s.equals("in") && low(i + 1).equals("future")) {
                    return new Match(1, i + 2, Expr.ref("FUTURE_REF"));
                }
                if (s.equals("at") && low(i + 1).equals("present")) {
                    return new Match(1, i + 2, Expr.ref("PRESENT_REF"));
                }
                return null;
            }
            if (s.equals("the")) {
                return the(i);
            }
            if (MODIFIERS.contains(s)) {
                Match m = modified(i);
                if (m != null) {
                    return m;
                }
            }
            if (s.equals("end") && low(i + 1).equals("of")) {
                Match core = core(i + 2, true);
                return core != null && isPoint(core.expr) ? new Match(0, core.end, core.expr) : null;
            }
            return possessive(core(i, false));
        }

        /** "this year's third quarter", "1998's first half": the quarter of that year. */
        private Match possessive(Match m) {
            if (m == null || !low(m.end).equals("'s") || ORDINALS.get(low(m.end + 1)) == null) {
                return m;
            }
            Match q = quarter(m.end + 1, 0);
            if (q == null) {
                return m;
            }
            Expr e = m.expr;
            if (e.form() == Form.RELATIVE && e.unit() == TimeUnit.YEAR) {
                return new Match(m.skip, q.end, new Expr(Form.QUARTER, 0, 0, 0, q.expr.index(), q.expr.unit(), 0,
                        e.amount(), "", ""));
            }
            if (e.form() == Form.CALENDAR && e.month() == 0 && e.year() > 0) {
                return new Match(m.skip, q.end, q.expr.withYear(e.year()));
            }
            return m;
        }

        /** "the …": kept in the extent for units, quarters, seasons, decades, durations; "the end of …". */
        private Match the(int i) {
            String n = low(i + 1);
            if (n.equals("past") && !UNITS.containsKey(low(i + 2)) && !NUMBERS.containsKey(low(i + 2))
                    && num(i + 2) < 0 && !low(i + 2).equals("few")) {
                return new Match(0, i + 2, Expr.ref("PAST_REF"));
            }
            if (n.equals("future")) {
                // "the future of our peoples" is their prospects, not a time
                return low(i + 2).equals("of") ? null : new Match(0, i + 2, Expr.ref("FUTURE_REF"));
            }
            if ((n.equals("near") && (low(i + 2).equals("future") || low(i + 2).equals("term")))
                    || (n.equals("short") && low(i + 2).equals("term") && !low(i + 3).equals("-"))) {
                // "in the near future", "in the near term", "in the short term": TimeML FUTURE_REF
                return new Match(0, i + 3, Expr.ref("FUTURE_REF"));
            }
            Integer decade = DECADE_WORDS.get(n);
            if (decade != null && !cap(i + 1)) {
                // "the nineties": the decade of the twentieth century the word names
                return new Match(0, i + 2, new Expr(Form.DECADE, decade, 0, 0, 0, null, 0, 0, "", ""));
            }
            if (n.equals("present") && !cap(i + 1)) {
                return new Match(0, i + 2, Expr.ref("PRESENT_REF"));
            }
            if (EDGES.contains(n) && low(i + 2).equals("of")) {
                Match core = low(i + 3).equals("the") ? the(i + 3) : core(i + 3, true);
                return core != null && isPoint(core.expr) ? new Match(0, core.end, core.expr) : null;
            }
            if (MODIFIERS.contains(n)) {
                Match m = modified(i + 1);
                return m == null ? null : new Match(0, m.end, m.expr);
            }
            if (n.equals("weekend")) {
                // the weekend just gone, or this one when the DCT falls on it
                return new Match(0, i + 2, new Expr(Form.RELATIVE, 0, 0, 0, 0, TimeUnit.WEEKEND, 0, -1, "", ""));
            }
            // "the day before", "the same day", "the next day": anaphoric
            if (n.equals("same") && low(i + 2).equals("day")) {
                return new Match(0, i + 3, Expr.day(Form.ANAPHORIC_DAY, 0));
            }
            if (n.equals("day") && (low(i + 2).equals("before") || low(i + 2).equals("after"))) {
                int offset = low(i + 2).equals("before") ? -1 : 1;
                Match named = core(i + 3, true);
                if (named != null && named.skip == 0 && namesADay(named.expr)) {
                    // "the day before last Tuesday", "the day after Christmas": that day, one day off
                    return new Match(0, named.end, named.expr.withDayOffset(offset));
                }
                return new Match(0, i + 3, Expr.day(Form.ANAPHORIC_DAY, offset));
            }
            if (n.equals("week") && low(i + 2).equals("of")) {
                Match named = core(i + 3, true);
                if (named != null && named.skip == 0 && named.expr.form() == Form.CALENDAR && named.expr.day() > 0
                        && named.expr.dayPart().isEmpty()) {
                    // "the week of March 6": the ISO week that holds that day (TimeML 1.2.1, value 2000-W10)
                    Expr d = named.expr;
                    return new Match(0, named.end, new Expr(Form.CALENDAR, d.year(), d.month(), d.day(), 0,
                            TimeUnit.WEEK, 0, 0, "", ""));
                }
            }
            if ((n.equals("next") || n.equals("following") || n.equals("previous")) && (low(i + 2).equals("day")
                    || DAY_PARTS.containsKey(low(i + 2)))) {
                Expr e = Expr.day(Form.ANAPHORIC_DAY, n.equals("previous") ? -1 : 1);
                if (DAY_PARTS.containsKey(low(i + 2))) {
                    e = e.withDayPart(DAY_PARTS.get(low(i + 2)));
                }
                return new Match(0, i + 3, e);
            }
            // "the months to come"
            TimeUnit plural = plural(i + 1);
            if (plural != null && low(i + 2).equals("to") && low(i + 3).equals("come")) {
                return new Match(0, i + 4, Expr.ref("FUTURE_REF"));
            }
            // "the quarter", "the latest quarter", "the year-ago quarter"
            int k = i + 1;
            int yearsBack = 0;
            if (low(k).equals("latest") || low(k).equals("recent")) {
                k++;
            } else if (low(k).equals("year-ago") || low(k).equals("year-earlier")) {
                yearsBack = 1;
                k++;
            } else if ((low(k).equals("year") && low(k + 1).equals("-") && (low(k + 2).equals("ago")
                    || low(k + 2).equals("earlier")))) {
                yearsBack = 1;
                k += 3;
            }
            if (low(k).equals("quarter") || (yearsBack > 0 && (low(k).equals("period")))) {
                return new Match(0, k + 1, new Expr(Form.LATEST_QUARTER, 0, 0, 0, 0, TimeUnit.QUARTER, yearsBack,
                        0, "", ""));
            }
            Match year = theYear(i);
            if (year != null) {
                return year;
            }
            Match core = core(i + 1, true);
            if (core == null || core.skip != 0) {
                return null;
            }
            Form f = core.expr.form();
            if (f == Form.REF) {
                return new Match(1, core.end, core.expr);
            }
            boolean keepThe = f == Form.RELATIVE || f == Form.DURATION || f == Form.QUARTER || f == Form.SEASON
                    || f == Form.DECADE || f == Form.CENTURY || f == Form.LATEST_QUARTER
                    || f == Form.ANAPHORIC_DAY || f == Form.ANAPHORIC
                    || (f == Form.WEEKDAY && Math.abs(core.expr.shift()) == 3) || (f == Form.CALENDAR && core.expr.month() == 0 && core.expr.year() > 0
                    && (low(i + 2).equals("fiscal") || low(i + 1).equals("year")));
            return keepThe ? new Match(0, core.end, core.expr) : new Match(1, core.end, core.expr);
        }

        /**
         * "the year", "the full year", "the fiscal year" at {@code i} ("the"), not followed by a year number or a
         * comparative: in a financial report "the year ended March 31" is the twelve months up to that date, a
         * DURATION P1Y (the date is its own expression); otherwise ("earlier in the year", "for the full year")
         * the year of the report, as TimeBank reads it. Null for "the year before" (an anaphor left alone) and
         * for "the year 2000" (read by {@link #core}).
         */
        private Match theYear(int i) {
            int k = i + 1;
            if (low(k).equals("full") || low(k).equals("fiscal")) {
                k++;
            }
            if (!low(k).equals("year") || !w.get(k).low().equals("year")) {
                return null;
            }
            String next = low(k + 1);
            if (isYear(k + 1) || spokenYear(k + 1, true) != null || next.equals("-") || next.equals("before")
                    || next.equals("after") || next.equals("earlier") || next.equals("later") || next.equals("ago")
                    || next.equals("'s") && !low(k + 2).equals("end")) {
                return null;
            }
            if (next.equals("ended") || next.equals("ending") || next.equals("through")) {
                return new Match(0, k + 1, Expr.duration(TimeUnit.YEAR, 1));
            }
            return new Match(0, k + 1, Expr.relative(TimeUnit.YEAR, 0));
        }

        /** "early", "late", "mid", "earlier", "later" before a date: "late November", "earlier in October". */
        private Match modified(int i) {
            int k = i + 1;
            if (low(k).equals("-")) {
                k++;
            }
            boolean comparative = low(i).equals("earlier") || low(i).equals("later");
            if (low(i).equals("mid") && DAY_PARTS.containsKey(low(k)) && !low(k).equals("night")) {
                // "mid-afternoon yesterday": that day's part; "by mid-afternoon" alone: the part of the day the
                // story last named, else the DCT's
                String part = DAY_PARTS.get(low(k));
                String day = low(k + 1);
                if (day.equals("yesterday") || day.equals("today") || day.equals("tomorrow")) {
                    int shift = day.equals("yesterday") ? -1 : day.equals("tomorrow") ? 1 : 0;
                    return new Match(0, k + 2, Expr.day(Form.DEICTIC_DAY, shift).withDayPart(part));
                }
                if (WEEKDAYS.containsKey(day) && cap(k + 1)) {
                    return new Match(0, k + 2, Expr.weekday(WEEKDAYS.get(day), 0).withDayPart(part));
                }
                return new Match(0, k + 1, Expr.day(Form.ANAPHORIC_DAY, 0).withDayPart(part));
            }
            if (comparative && low(k).equals("in")) {
                k++;
            } else if (!comparative && low(k).equals("on") && WEEKDAYS.containsKey(low(k + 1))) {
                // "late on Saturday"
                k++;
            }
            Match core = low(k).equals("the") ? the(k) : core(k, true);
            if (core == null || !isPoint(core.expr) || (comparative && core.expr.form() == Form.REF)) {
                return null;
            }
            return new Match(0, core.end, core.expr);
        }

        /** Whether {@code e} names one day by its own fields (a date, a weekday, a holiday), not by a count. */
        private static boolean namesADay(Expr e) {
            return e.dayPart().isEmpty() && ((e.form() == Form.CALENDAR && e.day() > 0 && e.unit() == null)
                    || e.form() == Form.WEEKDAY || e.form() == Form.HOLIDAY
                    || (e.form() == Form.MONTH_SHIFT && e.day() > 0));
        }

        private static boolean isPoint(Expr e) {
            return e.form() != Form.DURATION && e.form() != Form.SET && e.form() != Form.REF
                    && e.form() != Form.CLOCK;
        }

        /** Core expressions at {@code k}; {@code guided} when a determiner or modifier came before. */
        private Match core(int k, boolean guided) {
            String s = low(k);
            if (s.isEmpty()) {
                return null;
            }
            Word word = w.get(k);
            if (word.digitStart() || s.startsWith("'")) {
                return digits(k);
            }
            Integer month = MONTHS.get(s);
            if (month != null && cap(k)) {
                return month(k, month, guided);
            }
            Integer weekday = WEEKDAYS.get(s);
            if (weekday != null && cap(k)) {
                String parts = low(k + 1);
                if (parts.endsWith("s") && DAY_PARTS.containsKey(parts.substring(0, parts.length() - 1))) {
                    // "Tuesday nights": every Tuesday night, XXXX-WXX-2TNI
                    return new Match(0, k + 2, Expr.setPattern("XXXX-WXX-" + weekday
                            + DAY_PARTS.get(parts.substring(0, parts.length() - 1))));
                }
                return weekday(k, weekday, 0, k);
            }
            Integer weekdays = s.length() > 6 && s.endsWith("days") ? WEEKDAYS.get(s.substring(0, s.length() - 1)) : null;
            if (weekdays != null && cap(k)) {
                // "on Mondays": every Monday, XXXX-WXX-1
                return new Match(0, k + 1, Expr.setPattern("XXXX-WXX-" + weekdays));
            }
            switch (s) {
                case "today", "tonight", "yesterday", "tomorrow" -> {
                    if ((s.equals("today") || s.equals("tomorrow"))
                            && ((low(k + 1).equals("'s") && GENERIC_NOUNS.contains(low(k + 2)))
                            || (low(k - 1).equals("of") && !Character.isLetterOrDigit(first(k + 1))))) {
                        // "today's youth", "today's world", "the people of tomorrow": the present or future age,
                        // not a day (TimeBank and AQUAINT leave these untagged)
                        return null;
                    }
                    int shift = s.equals("yesterday") ? -1 : s.equals("tomorrow") ? 1 : 0;
                    Expr e = Expr.day(Form.DEICTIC_DAY, shift);
                    if (s.equals("tonight")) {
                        return new Match(0, k + 1, e.withDayPart("TNI"));
                    }
                    if (DAY_PARTS.containsKey(low(k + 1))) {
                        return new Match(0, k + 2, e.withDayPart(DAY_PARTS.get(low(k + 1))));
                    }
                    return new Match(0, k + 1, e);
                }
                case "last", "next", "this", "past", "previous", "coming", "following", "current", "these" -> {
                    Match m = shifted(k, s);
                    if (m == null && s.equals("current") && isPresentAdjective(k)) {
                        // "current market conditions", "the current crisis": the present, TimeML PRESENT_REF
                        return new Match(0, k + 1, Expr.ref("PRESENT_REF"));
                    }
                    return m;
                }
                case "fiscal" -> {
                    if (num(k + 1) >= 1900 && num(k + 1) <= 2099) {
                        return new Match(0, k + 2, Expr.calendar(num(k + 1), 0, 0));
                    }
                    Match q = quarter(k + 1, 0);
                    return q == null ? null : new Match(0, q.end, q.expr);
                }
                case "every", "each" -> {
                    int n = 1;
                    int u = k + 1;
                    if (NUMBERS.containsKey(low(u)) || num(u) > 0) {
                        n = number(u);
                        u++;
                    }
                    TimeUnit unit = UNITS.get(low(u));
                    if (unit != null && n > 0) {
                        return new Match(0, u + 1, Expr.set(unit, n));
                    }
                    Integer wd = WEEKDAYS.get(low(u));
                    if (wd != null && cap(u) && n == 1) {
                        // "every Thursday": TIMEX3 SET XXXX-WXX-4, "each Friday night" XXXX-WXX-5TNI
                        String part = DAY_PARTS.getOrDefault(low(u + 1), "");
                        return new Match(0, part.isEmpty() ? u + 1 : u + 2, Expr.setPattern("XXXX-WXX-" + wd + part));
                    }
                    Integer mo = MONTHS.get(low(u));
                    if (mo != null && cap(u) && n == 1) {
                        // "each July": XXXX-07
                        return new Match(0, u + 1, Expr.setPattern(String.format("XXXX-%02d", mo)));
                    }
                    return null;
                }
                case "noon", "midday" -> {
                    return onDay(new Match(0, k + 1, Expr.of(Form.CLOCK).withDayPart("T12:00")));
                }
                case "midnight" -> {
                    return onDay(new Match(0, k + 1, Expr.of(Form.CLOCK).withDayPart("T24:00")));
                }
                case "thanksgiving", "election", "memorial", "labor" -> {
                    return holiday(k, 0);
                }
                case "christmas" -> {
                    boolean eve = low(k + 1).equals("eve");
                    int end = eve || low(k + 1).equals("day") ? k + 2 : k + 1;
                    return cap(k) ? new Match(0, end, Expr.calendar(0, 12, eve ? 24 : 25)) : null;
                }
                case "new" -> {
                    if (cap(k) && low(k + 1).equals("year") && low(k + 2).equals("'s") && (low(k + 3).equals("day")
                            || low(k + 3).equals("eve"))) {
                        boolean eve = low(k + 3).equals("eve");
                        return new Match(0, k + 4, Expr.calendar(0, eve ? 12 : 1, eve ? 31 : 1));
                    }
                    return null;
                }
                case "that", "same" -> {
                    TimeUnit that = UNITS.get(low(k + 1));
                    if (that != null && ANAPHORIC_UNITS.contains(that) && !low(k + 1).endsWith("s")
                            && (s.equals("that") || low(k - 1).equals("the"))) {
                        // "that year", "the same month": the period of the last date mentioned
                        return new Match(0, k + 2, Expr.anaphoric(that, 0));
                    }
                    return low(k + 1).equals("day") && s.equals("that")
                            ? new Match(0, k + 2, Expr.day(Form.ANAPHORIC_DAY, 0)) : null;
                }
                case "year-ago", "year-earlier" -> {
                    return new Match(0, k + 1, Expr.relative(TimeUnit.YEAR, -1));
                }
                case "year-end" -> {
                    return new Match(0, k + 1, Expr.relative(TimeUnit.YEAR, 0));
                }
                case "mid-year" -> {
                    return new Match(0, k + 1, Expr.relative(TimeUnit.YEAR, 0));
                }
                default -> {
                }
            }
            String ref = REF_WORDS.get(s);
            if (ref != null) {
                if (s.equals("recent")) {
                    // "recent years": TimeML reads a vague stretch up to now as a duration, PXY
                    TimeUnit unit = plural(k + 1);
                    return unit != null ? new Match(0, k + 2, Expr.duration(unit, -1)) : new Match(0, k + 1, Expr.ref(ref));
                }
                return new Match(0, k + 1, Expr.ref(ref));
            }
            TimeUnit setUnit = SET_WORDS.get(s);
            if (setUnit != null) {
                return new Match(0, k + 1, Expr.set(setUnit, 1));
            }
            Integer season = SEASONS.get(s);
            if (season != null) {
                return season(k, season, 0, guided);
            }
            Integer ordinal = ORDINALS.get(s);
            if (ordinal != null) {
                return quarter(k, 0);
            }
            int[] spoken = spokenYear(k, false);
            if (spoken != null) {
                return new Match(0, spoken[1], Expr.calendar(spoken[0], 0, 0));
            }
            if (NUMBERS.containsKey(s)) {
                return amount(k);
            }
            TimeUnit unit = plural(k);
            if (unit != null && DURATION_PREPOSITIONS.contains(low(k - 1)) && !guided && !low(k + 1).equals("of")) {
                return new Match(0, k + 1, Expr.duration(unit, -1));
            }
            if (s.equals("year") && (isYear(k + 1) || spokenYear(k + 1, true) != null)) {
                // "the year 2000", "the year two thousand"
                int[] y = isYear(k + 1) ? new int[] {num(k + 1), k + 2} : spokenYear(k + 1, true);
                return new Match(0, y[1], Expr.calendar(y[0], 0, 0));
            }
            if (s.equals("year") && low(k + 1).equals("-") && low(k + 2).equals("end")) {
                return new Match(0, k + 3, Expr.relative(TimeUnit.YEAR, 0));
            }
            if (s.equals("year") && low(k + 1).equals("end") && (k == 0 || !cap(k))) {
                // "by year end", "around year end": the end of the report's year
                return new Match(0, k + 2, Expr.relative(TimeUnit.YEAR, 0));
            }
            if (s.equals("year") && low(k + 1).equals("'s") && low(k + 2).equals("end") && !cap(k)) {
                // "by year's end"
                return new Match(0, k + 3, Expr.relative(TimeUnit.YEAR, 0));
            }
            if (s.equals("year") && low(k + 1).equals("-") && (low(k + 2).equals("ago") || low(k + 2).equals("earlier"))) {
                // "year-ago", "the year-earlier quarter", "the year-ago third quarter"
                int e = k + 3;
                if (low(e).equals("quarter") || low(e).equals("period")) {
                    return new Match(0, e + 1, new Expr(Form.LATEST_QUARTER, 0, 0, 0, 0, TimeUnit.QUARTER, 1, 0, "", ""));
                }
                Match q = quarter(e, 0);
                if (q != null) {
                    return new Match(0, q.end, new Expr(Form.QUARTER, 0, 0, 0, q.expr.index(), q.expr.unit(), 0, -1,
                            "", ""));
                }
                return new Match(0, e, Expr.relative(TimeUnit.YEAR, -1));
            }
            return null;
        }

        /**
         * The ISO 8601 duration of {@code n} and a half {@code unit}s, the half written in the next smaller unit
         * as TimeBank does ({@code P2Y6M}, {@code PT1M30S}, {@code PT2H30M}, {@code P3DT12H}); a decimal where
         * no smaller unit divides evenly ({@code P1.5W}).
         */
        private static String halfMore(TimeUnit unit, int n) {
            return switch (unit) {
                case YEAR -> "P" + n + "Y6M";
                case DECADE -> "P" + (10 * n + 5) + "Y";
                case CENTURY -> "P" + (100 * n + 50) + "Y";
                case DAY, NIGHT -> "P" + n + "DT12H";
                case HOUR -> "PT" + n + "H30M";
                case MINUTE -> "PT" + n + "M30S";
                default -> (unit.clock ? "PT" : "P") + n + ".5" + unit.letter;
            };
        }

        /** A plural unit word at {@code k} ("years"), or null. */
        private TimeUnit plural(int k) {
            String s = low(k);
            TimeUnit u = UNITS.get(s);
            return u != null && s.endsWith("s") ? u : null;
        }

        /**
         * A year read out in words at {@code k}, as broadcast transcripts write it: "nineteen ninety-six",
         * "nineteen eighty"; with {@code named} (after "the year", a month or "of") also "two thousand", "two
         * thousand and one", "two thousand one". Returns {year, end word index}, or null.
         */
        private int[] spokenYear(int k, boolean named) {
            String s = low(k);
            if (s.equals("nineteen") || s.equals("eighteen")) {
                Integer tens = NUMBERS.get(low(k + 1));
                if (tens == null || tens < 20 || tens % 10 != 0 || tens > 90) {
                    return null;
                }
                int e = k + 2;
                int ones = 0;
                Integer o = NUMBERS.get(low(e + 1));
                if (low(e).equals("-") && o != null && o > 0 && o < 10 && !low(e + 1).equals("a")
                        && !low(e + 1).equals("an")) {
                    ones = o;
                    e += 2;
                }
                return new int[] {(s.equals("nineteen") ? 1900 : 1800) + tens + ones, e};
            }
            if (named && s.equals("two") && low(k + 1).equals("thousand")) {
                int e = k + 2;
                int at = low(e).equals("and") ? e + 1 : e;
                Integer o = NUMBERS.get(low(at));
                if (o != null && o > 0 && o < 20 && !low(at).equals("a") && !low(at).equals("an")) {
                    return new int[] {2000 + o, at + 1};
                }
                return new int[] {2000, e};
            }
            return null;
        }

        /** A number word or digits at {@code k}: its value, -1 for "several"; compounds "twenty-five". */
        private int number(int k) {
            int n = num(k);
            if (n >= 0) {
                return n;
            }
            Integer v = NUMBERS.get(low(k));
            return v == null ? -2 : v;
        }

        /** Words used by {@link #number} at {@code k}: 3 for "twenty - five", "a few", 1 otherwise. */
        private int numberWidth(int k) {
            Integer v = NUMBERS.get(low(k));
            if (v != null && v >= 20 && v % 10 == 0 && low(k + 1).equals("-")) {
                Integer u = NUMBERS.get(low(k + 2));
                if (u != null && u > 0 && u < 10) {
                    return 3;
                }
            }
            if (low(k).equals("a") && (low(k + 1).equals("few") || low(k + 1).equals("couple"))) {
                return low(k + 2).equals("of") ? 3 : 2;
            }
            return 1;
        }

        private int numberValue(int k, int width) {
            if (width == 3 && !low(k).equals("a")) {
                return NUMBERS.get(low(k)) + NUMBERS.get(low(k + 2));
            }
            if (width >= 2) {
                return low(k + 1).equals("couple") ? 2 : -1;
            }
            return number(k);
        }

        /** "two days", "a year ago", "several weeks", "two-year", "14 days earlier", "a few months". */
        private Match amount(int k) {
            int width = numberWidth(k);
            int n = numberValue(k, width);
            if (n < -1 || n == 0) {
                return null;
            }
            int u = k + width;
            if (low(u).equals("-")) {
                u++;
            }
            if (COUNT_ADJECTIVES.contains(low(u)) && UNITS.containsKey(low(u + 1))) {
                // "20 more years", "eight trading days", "an additional year"
                u++;
            }
            boolean half = false;
            if (n > 0 && low(u).equals("and") && low(u + 1).equals("a") && low(u + 2).equals("half")) {
                // "two and a half years"
                half = true;
                u += 3;
            } else if (n > 0 && low(u).equals("1") && low(u + 1).equals("/") && low(u + 2).equals("2")
                    && touches(u, u + 1) && touches(u + 1, u + 2)) {
                // "2 1/2 years"
                half = true;
                u += 3;
            }
            if ((low(u).equals("half") || low(u).equals("and")) && n > 0) {
                return null;
            }
            TimeUnit unit = UNITS.get(low(u));
            if (unit == null) {
                return null;
            }
            boolean singular = !low(u).endsWith("s");
            if (!half && n == 1 && singular && low(u + 1).equals("and") && low(u + 2).equals("a")
                    && low(u + 3).equals("half")) {
                // "a minute and a half"
                return new Match(0, u + 4, Expr.durationValue(halfMore(unit, 1)));
            }
            if (half) {
                return new Match(0, u + 1, Expr.durationValue(halfMore(unit, n)));
            }
            if (n == 1 && !singular && !low(k).equals("a")) {
                // "one days" is not English; leave it
                return null;
            }
            int end = u + 1;
            String after = low(end);
            if (unit == TimeUnit.SECOND && singular && !after.isEmpty() && Character.isLetter(after.charAt(0))
                    && !SIGNALS_AFTER.contains(after)) {
                // "a second term", "one second round": the ordinal, not a duration
                return null;
            }
            if (singular && after.equals("-") && (low(end + 1).equals("earlier") || low(end + 1).equals("ago"))) {
                // "a year-earlier loss": the compound "year-earlier" is the time expression, not "a year"
                return null;
            }
            if (after.equals("old") || (after.equals("-") && low(end + 1).equals("old"))) {
                // an age ("a 6-year-old boy", "52 years old"), not a time
                return null;
            }
            if (unit == TimeUnit.QUARTER && (width > 1 || low(k).equals("a") || low(u - 1).equals("-")
                    || NUMBERS.containsKey(low(k)))) {
                // "three-quarters", "a quarter of the vote": fractions
                return null;
            }
            if ((n != 1 || width > 1) && (after.equals("earlier") || after.equals("before") || after.equals("later"))) {
                // "three days later", "a few weeks before": TimeML tags the length as a DURATION and leaves the
                // comparative out as a SIGNAL of the link to the anchoring event (TimeML 1.2.1 guidelines, 2.2,
                // 3.1); "a year earlier" stays a date, the comparison of a figure with last year's
                return new Match(0, end, Expr.duration(unit == TimeUnit.NIGHT ? TimeUnit.DAY : unit, n));
            }
            if (after.equals("ago") || after.equals("earlier") || after.equals("before")) {
                return n < 0 ? new Match(0, end + 1, Expr.ref("PAST_REF"))
                        : new Match(0, end + 1, Expr.relative(unit, -n));
            }
            if (after.equals("later") || after.equals("hence")) {
                return n < 0 ? new Match(0, end + 1, Expr.ref("FUTURE_REF"))
                        : new Match(0, end + 1, Expr.relative(unit, n));
            }
            if (after.equals("from") && low(end + 1).equals("now")) {
                return new Match(0, end + 2, n < 0 ? Expr.ref("FUTURE_REF") : Expr.relative(unit, n));
            }
            if (low(k).equals("a") && low(k - 1).equals("per")) {
                return null;
            }
            // "$5 a year", "twice a week": a rate, TimeML SET
            if (width == 1 && low(k).equals("a") && (low(k - 1).equals("once") || low(k - 1).equals("twice")
                    || low(k - 1).equals("times"))) {
                return new Match(0, end, Expr.set(unit, 1));
            }
            if (width == 1 && (low(k).equals("a") || low(k).equals("an")) && isQuantity(k - 1)) {
                // "$2 million a year", "four flights a week": a rate of some quantity, which TimeBank leaves
                // untagged
                return null;
            }
            if (unit == TimeUnit.NIGHT) {
                unit = TimeUnit.DAY;
            }
            return new Match(0, end, Expr.duration(unit, n));
        }

        /** "last week", "next Monday", "this year", "past two months", "the coming weeks", "current quarter". */
        private Match shifted(int k, String s) {
            int shift = switch (s) {
                case "last", "past", "previous" -> -1;
                case "next", "coming", "following" -> 1;
                default -> 0;
            };
            int t = k + 1;
            String n = low(t);
            if (s.equals("these") && n.equals("days")) {
                return new Match(0, t + 1, Expr.ref("PRESENT_REF"));
            }
            if (s.equals("these")) {
                return null;
            }
            Integer weekday = WEEKDAYS.get(n);
            if (weekday != null && cap(t)) {
                // "the previous Friday", "the following Monday": from the last day the story named (shift -3, +3)
                boolean anaphoric = s.equals("previous") || s.equals("following");
                return weekday(t, weekday, s.equals("this") || s.equals("current") ? 2 : anaphoric ? 3 * shift : shift, k);
            }
            Integer month = MONTHS.get(n);
            if (month != null && cap(t) && !s.equals("past")) {
                int day = dayNumber(t + 1);
                if (day > 0 && !isYear(t + 1)) {
                    // "last Oct. 23": the latest 23 October before the DCT, "next March 5" the first after it
                    return new Match(0, t + 2, new Expr(Form.MONTH_SHIFT, 0, month, day, 0, null, 0, shift, "", ""));
                }
                return new Match(0, t + 1, new Expr(Form.MONTH_SHIFT, 0, month, 0, 0, null, 0, shift, "", ""));
            }
            if (s.equals("last") && n.equals("half") && low(t + 1).equals("of") && isYear(t + 2)) {
                // "the last half of 1989": its second half, 1989-H2
                return new Match(0, t + 3, new Expr(Form.QUARTER, num(t + 2), 0, 0, 2, TimeUnit.YEAR, 0, 0, "", ""));
            }
            if (HOLIDAYS.containsKey(n) && cap(t) && !s.equals("past")) {
                // "last Thanksgiving": the latest one before the DCT
                return holiday(t, s.equals("this") || s.equals("current") ? 0 : shift);
            }
            Integer season = SEASONS.get(n);
            if (season != null) {
                return season(t, season, s.equals("this") || s.equals("current") ? 2 : shift, true);
            }
            if (DAY_PARTS.containsKey(n) && (s.equals("this") || s.equals("last"))) {
                // "this morning", "last night"
                return new Match(0, t + 1, Expr.day(Form.DEICTIC_DAY, s.equals("last") ? -1 : 0)
                        .withDayPart(DAY_PARTS.get(n)));
            }
            if (n.equals("couple") && low(t + 1).equals("of") && UNITS.containsKey(low(t + 2))) {
                // "the next couple of years": two of them
                TimeUnit unit = UNITS.get(low(t + 2));
                return unit.clock && !low(t + 2).endsWith("s") ? null
                        : new Match(0, t + 3, Expr.duration(unit == TimeUnit.NIGHT ? TimeUnit.DAY : unit, 2));
            }
            if (NUMBERS.containsKey(n) || num(t) > 0) {
                // "past two months", "last five years", "next few weeks", "past few weeks"
                int width = numberWidth(t);
                int amount = numberValue(t, width);
                TimeUnit unit = UNITS.get(low(t + width));
                if (unit == null || amount == 0 || amount < -1 || low(t).equals("a")) {
                    return null;
                }
                if (amount < 0 && !low(t + width).endsWith("s")) {
                    return null;
                }
                return new Match(0, t + width + 1, Expr.duration(unit == TimeUnit.NIGHT ? TimeUnit.DAY : unit, amount));
            }
            if (n.equals("fiscal") && low(t + 1).equals("year") && !s.equals("past")) {
                // "the current fiscal year", "next fiscal year": the fiscal year read as the calendar one
                t++;
                n = low(t);
            }
            TimeUnit unit = UNITS.get(n);
            if (unit == null || (cap(t) && cap(k))) {
                // "This Week" with both words capitalised is a title (a television programme), not a time
                return null;
            }
            boolean pluralUnit = n.endsWith("s");
            if (pluralUnit) {
                // "the coming weeks", "the past months": a vague stretch, TimeML duration PXW
                return new Match(0, t + 1, Expr.duration(unit, -1));
            }
            if (s.equals("past") && unit == TimeUnit.YEAR) {
                // "over the past year": TimeBank values it as the calendar year before the DCT's (2 of 2), as
                // "last year"
                return new Match(0, t + 1, Expr.relative(unit, -1));
            }
            if (s.equals("past")) {
                return new Match(0, t + 1, Expr.duration(unit, 1));
            }
            if (unit == TimeUnit.QUARTER && s.equals("last")) {
                return new Match(0, t + 1, new Expr(Form.LATEST_QUARTER, 0, 0, 0, 0, TimeUnit.QUARTER, 0, 0, "", ""));
            }
            if ((s.equals("following") || s.equals("previous")) && unit == TimeUnit.DAY) {
                return new Match(0, t + 1, Expr.day(Form.ANAPHORIC_DAY, shift));
            }
            if ((s.equals("following") || s.equals("previous")) && ANAPHORIC_UNITS.contains(unit)) {
                // "the following year": the year after the last one the story mentioned (TimeML anaphoric)
                return new Match(0, t + 1, Expr.anaphoric(unit, shift));
            }
            if (unit == TimeUnit.NIGHT) {
                return s.equals("last") ? new Match(0, t + 1, Expr.day(Form.DEICTIC_DAY, -1).withDayPart("TNI"))
                        : null;
            }
            if (unit.clock) {
                return null;
            }
            return new Match(0, t + 1, Expr.relative(unit, shift));
        }

        /**
         * A holiday whose date follows a weekday rule, at {@code k}: "Thanksgiving" (with or without "Day"), and
         * "Election Day", "Memorial Day", "Labor Day" (which need "Day"); capitalised. Null otherwise.
         */
        private Match holiday(int k, int shift) {
            Integer index = HOLIDAYS.get(low(k));
            if (index == null || !cap(k)) {
                return null;
            }
            boolean day = low(k + 1).equals("day") && cap(k + 1);
            if (!day && index != 0) {
                return null;
            }
            return new Match(0, day ? k + 2 : k + 1, new Expr(Form.HOLIDAY, 0, 0, 0, index, null, 0, shift, "", ""));
        }

        /** A weekday at {@code k} with an optional day part or date after it; the match starts at {@code from}. */
        private Match weekday(int k, int weekday, int shift, int from) {
            int e = k + 1;
            int c = low(e).equals(",") ? e + 1 : e;
            if (MONTHS.containsKey(low(c)) && cap(c)) {
                // "Friday, Oct. 13", "Friday Oct. 13": the date names the day
                Match date = month(c, MONTHS.get(low(c)), true);
                if (date != null && date.expr.day() > 0) {
                    return new Match(0, date.end, date.expr);
                }
            }
            Expr x = Expr.weekday(weekday, shift);
            if (DAY_PARTS.containsKey(low(e))) {
                // "Friday night": the part of that day, TIME 1998-10-23TNI (TimeML 1.2.1 guidelines, TIMEX3 value)
                x = x.withDayPart(DAY_PARTS.get(low(e)));
                e++;
            }
            return new Match(0, e, x);
        }

        /** Month name at {@code k}: "March 13, 2017", "March 2017", "March of 2017", "March". */
        private Match month(int k, int month, boolean guided) {
            int day = dayNumber(k + 1);
            if (day > 0) {
                int e = k + 2;
                int y = 0;
                int c = low(e).equals(",") ? e + 1 : e;
                if (isYear(c)) {
                    y = num(c);
                    e = c + 1;
                }
                return new Match(0, e, Expr.calendar(y, month, day));
            }
            if (isYear(k + 1)) {
                return new Match(0, k + 2, Expr.calendar(num(k + 1), month, 0));
            }
            if (low(k + 1).equals("of") && isYear(k + 2)) {
                return new Match(0, k + 3, Expr.calendar(num(k + 2), month, 0));
            }
            int[] spoken = spokenYear(low(k + 1).equals("of") ? k + 2 : k + 1, true);
            if (spoken != null) {
                return new Match(0, spoken[1], Expr.calendar(spoken[0], month, 0));
            }
            String rel = low(k + 1);
            if ((rel.equals("last") || rel.equals("this") || rel.equals("next")) && low(k + 2).equals("year")) {
                // "June last year"
                int shift = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
                return new Match(0, k + 3, new Expr(Form.MONTH_IN_YEAR, 0, month, 0, 0, TimeUnit.YEAR, shift, 0, "", ""));
            }
            String s = low(k);
            boolean ambiguous = s.equals("may") || s.equals("march");
            boolean context = guided || MONTH_CONTEXT.contains(low(k - 1));
            if (ambiguous && !context) {
                return null;
            }
            String next = low(k + 1);
            if (cap(k + 1) && !next.isEmpty() && Character.isLetter(next.charAt(0)) && !MONTHS.containsKey(next)
                    && !WEEKDAYS.containsKey(next) && !low(k).endsWith(".")) {
                // a month name before a capitalised word is a given name: "Jan Kavan", "April Glaspie"
                return null;
            }
            if (!context && cap(k - 1)) {
                // inside a run of capitalised words ("Augusta", "June Carter") be careful: require context
                return null;
            }
            return new Match(0, k + 1, Expr.calendar(0, month, 0));
        }

        /** Day of month at {@code k}: 1–31, digits or "13th", not followed by ":" or a unit. */
        private int dayNumber(int k) {
            String s = low(k);
            int n = num(k);
            if (n < 0 && s.length() >= 3 && s.length() <= 4 && Character.isDigit(s.charAt(0))
                    && (s.endsWith("th") || s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd"))) {
                n = TimeWords.split(s, 0, s.length() - 2).get(0).number();
            }
            if (n < 1 || n > 31 || low(k).length() > 4) {
                return 0;
            }
            if (UNITS.containsKey(low(k + 1)) || low(k + 1).equals("%")) {
                return 0;
            }
            return n;
        }

        private boolean isYear(int k) {
            int n = num(k);
            return n >= 1000 && n <= 2099 && low(k).length() == 4 && !decimal(k);
        }

        /** Whether the digits at {@code k} are part of a decimal number ("1462.93", "0.1998"): not a year. */
        private boolean decimal(int k) {
            return (touches(k, k + 1) && low(k + 1).equals(".") && touches(k + 1, k + 2) && num(k + 2) >= 0)
                    || (touches(k - 1, k) && low(k - 1).equals(".") && touches(k - 2, k - 1) && num(k - 2) >= 0);
        }

        /**
         * Whether the word at {@code k} ends a quantity: a number ("$5", "1.76", "five", "358,000"), a magnitude ("million",
         * "percent"), or a plural noun right after a number ("700 seats", "four flights").
         */
        private boolean isQuantity(int k) {
            String s = low(k);
            if (isCount(k) || QUANTITY_WORDS.contains(s) || (NUMBERS.containsKey(s) && NUMBERS.get(s) > 1)) {
                return true;
            }
            return s.length() > 3 && s.endsWith("s") && !UNITS.containsKey(s)
                    && (isCount(k - 1) || (NUMBERS.containsKey(low(k - 1)) && NUMBERS.get(low(k - 1)) > 1));
        }

        /** Whether the word at {@code k} is a number in digits, thousands commas allowed ("5", "358,000"). */
        private boolean isCount(int k) {
            String s = low(k);
            return num(k) >= 0 || (!s.isEmpty() && Character.isDigit(s.charAt(0))
                    && s.chars().allMatch(c -> Character.isDigit(c) || c == ','));
        }

        /**
         * Whether "current" at {@code k} is the adjective of time before a noun, not the noun ("the current was
         * strong"), the account of the balance of payments, nor a "then current" past.
         */
        private boolean isPresentAdjective(int k) {
            String next = low(k + 1);
            return !next.isEmpty() && Character.isLetter(next.charAt(0)) && !cap(k + 1) && !next.equals("account")
                    && !next.equals("accounts") && !next.equals("and") && !next.equals("or") && !next.equals("was")
                    && !next.equals("is") && !next.equals("of") && !low(k - 1).equals("then")
                    && !low(k - 1).equals("electric") && !low(k - 1).equals("alternating");
        }

        /** Whether words {@code a} and {@code b} exist and nothing separates them. */
        private boolean touches(int a, int b) {
            return a >= 0 && b < w.size() && w.get(a).end() == w.get(b).start();
        }

        /** Words starting with a digit: years, ISO dates, decades, "13 March", clock times, durations. */
        private Match digits(int k) {
            String s = low(k);
            if (s.startsWith("'")) {
                if (s.length() == 4 && s.endsWith("s") && Character.isDigit(s.charAt(1)) && Character.isDigit(s.charAt(2))) {
                    int d = (s.charAt(1) - '0') * 10 + (s.charAt(2) - '0');
                    return new Match(0, k + 1, new Expr(Form.DECADE, d >= 30 ? 1900 + d : 2000 + d, 0, 0, 0, null,
                            0, 0, "", ""));
                }
                return null;
            }
            if (s.length() == 5 && s.endsWith("s") && num(k) < 0) {
                int y = TimeWords.split(s, 0, 4).get(0).number();
                if (y >= 1000 && y <= 2090 && y % 10 == 0) {
                    return new Match(0, k + 1, new Expr(Form.DECADE, y, 0, 0, 0, null, 0, 0, "", ""));
                }
            }
            if (isYear(k)) {
                int y = num(k);
                if (low(k + 1).equals("-") && num(k + 2) >= 1 && num(k + 2) <= 12 && low(k + 2).length() == 2) {
                    if (low(k + 3).equals("-") && num(k + 4) >= 1 && num(k + 4) <= 31 && low(k + 4).length() == 2) {
                        return new Match(0, k + 5, Expr.calendar(y, num(k + 2), num(k + 4)));
                    }
                    return new Match(0, k + 3, Expr.calendar(y, num(k + 2), 0));
                }
                if (low(k - 1).equals("$") || low(k + 1).equals("%") || low(k - 1).equals("no.")
                        || low(k - 1).equals("#")) {
                    return null;
                }
                String next = low(k + 1);
                if (next.length() > 2 && Character.isLetter(next.charAt(0)) && next.endsWith("s") && !cap(k + 1)
                        && !MONTHS.containsKey(next) && !UNITS.containsKey(next)) {
                    // "2000 troops": a count, not a year
                    return null;
                }
                Match q = quarter(k + 1, y);
                if (q != null) {
                    return new Match(0, q.end, q.expr);
                }
                if (low(k - 1).equals("the") && (next.equals("quarter") || next.equals("period"))) {
                    // "the 1988 quarter", "the 1989 period": a quarter of that year, which one the report says
                    return new Match(0, k + 2, new Expr(Form.QUARTER, y, 0, 0, 0, TimeUnit.QUARTER, 0, 0, "", ""));
                }
                Integer season = SEASONS.get(next);
                if (season != null) {
                    return new Match(0, k + 2, new Expr(Form.SEASON, y, 0, 0, season, null, 0, 0, "", ""));
                }
                return new Match(0, k + 1, Expr.calendar(y, 0, 0));
            }
            if (low(k + 1).equals("century") && s.length() >= 3 && s.length() <= 4
                    && (s.endsWith("th") || s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd"))) {
                // "the 20th century" is the 1900s: TIMEX value 19
                int c = TimeWords.split(s, 0, s.length() - 2).get(0).number();
                if (c >= 1 && c <= 21) {
                    return new Match(0, k + 2, new Expr(Form.CENTURY, c, 0, 0, 0, null, 0, 0, "", ""));
                }
            }
            int day = dayNumber(k);
            if (day > 0 && MONTHS.containsKey(low(k + 1)) && cap(k + 1)) {
                int month = MONTHS.get(low(k + 1));
                int y = isYear(k + 2) ? num(k + 2) : 0;
                return new Match(0, y > 0 ? k + 3 : k + 2, Expr.calendar(y, month, day));
            }
            Match clock = clock(k);
            if (clock != null) {
                return onDay(clock);
            }
            return amount(k);
        }

        /** A clock time followed by its day, "10 a.m. Friday", "noon yesterday": that day at that time. */
        private Match onDay(Match clock) {
            int d = ZONES.contains(low(clock.end)) && (WEEKDAYS.containsKey(low(clock.end + 1))
                    || low(clock.end + 1).equals("today") || low(clock.end + 1).equals("yesterday")
                    || low(clock.end + 1).equals("tomorrow")) ? clock.end + 1 : clock.end;
            Integer weekday = WEEKDAYS.get(low(d));
            if (weekday != null && cap(d)) {
                return new Match(clock.skip, d + 1, Expr.weekday(weekday, 0).withDayPart(clock.expr.dayPart()));
            }
            String s = low(d);
            if (s.equals("today") || s.equals("yesterday") || s.equals("tomorrow")) {
                int shift = s.equals("yesterday") ? -1 : s.equals("tomorrow") ? 1 : 0;
                return new Match(clock.skip, d + 1, Expr.day(Form.DEICTIC_DAY, shift).withDayPart(clock.expr.dayPart()));
            }
            // "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 6": that date at that time, one expression
            int m = ZONES.contains(s) ? d + 1 : d;
            if (low(m).equals(",")) {
                m++;
            }
            Integer month = MONTHS.get(low(m));
            if (month != null && cap(m)) {
                Match date = month(m, month, true);
                if (date != null && date.expr.form() == Form.CALENDAR && date.expr.day() > 0) {
                    return new Match(clock.skip, date.end, date.expr.withDayPart(clock.expr.dayPart()));
                }
            }
            if (m > d && m == d + 1 && ZONES.contains(s)) {
                // the zone belongs to the time: "5 p.m. EST"
                return new Match(clock.skip, d + 1, clock.expr);
            }
            return clock;
        }

        /** "10 a.m.", "4:30 p.m.", "14:00 GMT". */
        private Match clock(int k) {
            String s = low(k);
            int hour;
            int minute = 0;
            int colon = s.indexOf(':');
            if (colon > 0) {
                hour = TimeWords.split(s, 0, colon).get(0).number();
                Word m = TimeWords.split(s, colon + 1, s.length()).get(0);
                minute = m.number();
                if (m.low().length() != 2 || minute < 0 || minute > 59) {
                    return null;
                }
            } else {
                hour = num(k);
            }
            if (hour < 0 || hour > 24) {
                return null;
            }
            String p = low(k + 1);
            int e = k + 2;
            boolean am = p.equals("a.m.") || p.equals("am") || p.equals("a.m");
            boolean pm = p.equals("p.m.") || p.equals("pm") || p.equals("p.m");
            if ((p.equals("a.m") || p.equals("p.m")) && low(k + 2).equals(".")) {
                e++;
            }
            if (!am && !pm) {
                if (colon > 0 && (p.equals("gmt") || p.equals("utc") || p.equals("est") || p.equals("edt")
                        || p.equals("local"))) {
                    return new Match(0, k + 2, Expr.of(Form.CLOCK).withDayPart(String.format("T%02d:%02d", hour, minute)));
                }
                return null;
            }
            if (hour > 12 || hour == 0) {
                return null;
            }
            int h = pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
            return new Match(0, e, Expr.of(Form.CLOCK).withDayPart(String.format("T%02d:%02d", h, minute)));
        }

        /** "third quarter", "third-quarter", "first half of 1998", "1998 first quarter"; year 0 when unstated. */
        private Match quarter(int k, int year) {
            Integer q = ORDINALS.get(low(k));
            if (q == null) {
                return null;
            }
            int u = low(k + 1).equals("-") ? k + 2 : k + 1;
            boolean half = low(u).equals("half");
            if (!low(u).equals("quarter") && !half || (half && q > 2)) {
                return null;
            }
            int e = u + 1;
            int y = year;
            if (low(e).equals("of") && isYear(e + 1)) {
                y = num(e + 1);
                e += 2;
            }
            return new Match(0, e, new Expr(Form.QUARTER, y, 0, 0, q, half ? TimeUnit.YEAR : TimeUnit.QUARTER, 0,
                    0, "", ""));
        }

        /** A season at {@code k}: "summer 1998", "the summer of 1998"; bare only after a determiner. */
        private Match season(int k, int season, int shift, boolean guided) {
            if (isYear(k + 1)) {
                return new Match(0, k + 2, new Expr(Form.SEASON, num(k + 1), 0, 0, season, null, 0, 0, "", ""));
            }
            if (low(k + 1).equals("of") && isYear(k + 2)) {
                return new Match(0, k + 3, new Expr(Form.SEASON, num(k + 2), 0, 0, season, null, 0, 0, "", ""));
            }
            int[] spoken = spokenYear(low(k + 1).equals("of") ? k + 2 : k + 1, true);
            if (spoken != null) {
                return new Match(0, spoken[1], new Expr(Form.SEASON, spoken[0], 0, 0, season, null, 0, 0, "", ""));
            }
            if (!guided && !low(k - 1).equals("in")) {
                return null;
            }
            return new Match(0, k + 1, new Expr(Form.SEASON, 0, 0, 0, season, null, 0, shift, "", ""));
        }
    }
}
