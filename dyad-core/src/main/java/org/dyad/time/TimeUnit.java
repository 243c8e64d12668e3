package org.dyad.time;

/** Calendar and clock units as time expressions name them, with their ISO 8601 duration letters. */
enum TimeUnit {
    SECOND("S", true, Granularity.TIME),
    MINUTE("M", true, Granularity.TIME),
    HOUR("H", true, Granularity.TIME),
    DAY("D", false, Granularity.DAY),
    NIGHT("D", false, Granularity.DAY),
    WEEKEND("D", false, Granularity.WEEK),
    WEEK("W", false, Granularity.WEEK),
    MONTH("M", false, Granularity.MONTH),
    QUARTER("Q", false, Granularity.QUARTER),
    YEAR("Y", false, Granularity.YEAR),
    DECADE("Y", false, Granularity.DECADE),
    CENTURY("Y", false, Granularity.CENTURY);

    final String letter;
    final boolean clock;
    final Granularity granularity;

    TimeUnit(String letter, boolean clock, Granularity granularity) {
        this.letter = letter;
        this.clock = clock;
        this.granularity = granularity;
    }

    /** ISO 8601 duration of {@code amount} units ({@code -1}: unknown, written X): P2D, PT5H, P10Y for a decade. */
    String duration(int amount) {
        if (this == WEEKEND) {
            return amount < 0 ? "PXD" : "P" + (2 * amount) + "D";
        }
        int factor = this == DECADE ? 10 : this == CENTURY ? 100 : 1;
        String n = amount < 0 ? "X" : String.valueOf(amount * factor);
        return (clock ? "PT" : "P") + n + letter;
    }
}
