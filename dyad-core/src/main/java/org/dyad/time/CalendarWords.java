package org.dyad.time;

import java.util.HashSet;
import java.util.Set;

/**
 * Calendar words in upper case, as the coder and the actor matcher see tokens ({@code Words.keys}): the lists that
 * tell a time phrase ("on Monday", "last year", "this week") from an argument or a name, for the stages that are not
 * the time grammar itself ({@link TimexFinder} reads text with its own word rules). Written for Dyad.
 */
public final class CalendarWords {
    /** MONDAY … SUNDAY. */
    public static final Set<String> WEEKDAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");
    /** JANUARY … DECEMBER. */
    public static final Set<String> MONTHS = Set.of("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY",
            "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER");
    /** Month abbreviations with their full stop, as the tokenizer keeps them ("SEPT."). */
    public static final Set<String> MONTH_ABBREVIATIONS = Set.of("JAN.", "FEB.", "MAR.", "APR.", "JUN.", "JUL.",
            "AUG.", "SEP.", "SEPT.", "OCT.", "NOV.", "DEC.");
    /** Words that open a relative time phrase before a unit: "last year", "this week", "earlier this month". */
    public static final Set<String> DEICTICS = Set.of("LAST", "NEXT", "THIS", "EARLIER", "LATER");
    /** Periods and day parts such a phrase names: YEAR, MONTH, WEEK, WEEKEND, NIGHT, MORNING, EVENING, AFTERNOON. */
    public static final Set<String> PERIODS = Set.of("YEAR", "MONTH", "WEEK", "WEEKEND", "NIGHT", "MORNING",
            "EVENING", "AFTERNOON");
    /** SPRING, SUMMER, AUTUMN, FALL, WINTER. */
    public static final Set<String> SEASONS = Set.of("SPRING", "SUMMER", "AUTUMN", "FALL", "WINTER");

    private CalendarWords() {
    }

    /** The union of the given sets, unmodifiable. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return Set.copyOf(all);
    }
}
