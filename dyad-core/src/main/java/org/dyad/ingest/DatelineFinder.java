package org.dyad.ingest;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.document.Span;

/**
 * Finds the dateline prefix that wire stories put before their first sentence, so that it is kept as metadata and
 * never coded as sentence text. Pure and stateless; one instance may be shared by all threads.
 *
 * <p>The rule. A dateline is, at the given offset and on one line:
 * <pre>
 *   PLACE [, REGION] [[,] DATE] ["(" AGENCY ")"] SEPARATOR
 * </pre>
 * followed by whitespace and then more text (the body). SEPARATOR is {@code :}, {@code -}, {@code --},
 * {@code ---}, an en dash, an em dash or a horizontal bar; it is always required, so a name with an acronym in
 * brackets ({@code The African Union (AU) on Wednesday…}) is not a dateline. A hyphen run must have whitespace or
 * the agency's closing bracket before it, or whitespace after it ({@code A NATO-led airstrike…} is not a dateline),
 * and a colon must have whitespace after it. DATE is a month name or abbreviation with a day
 * ("Sept 20", "Nov. 14", "20 September", "March 3, 2024"), optionally after a weekday, or a weekday alone.
 * AGENCY is one to four capitalised words ("Reuters", "AP", "Thomson Reuters Foundation") or "dpa". REGION is a
 * state or country written with capitals ("Ill.", "Kenya", "Democratic Republic of Congo").
 * PLACE must be one of:
 * <ul>
 *   <li><b>upper case</b>: one to five words in capitals ("BRUSSELS", "KUALA LUMPUR", "PORT-AU-PRINCE",
 *       "ST. PETERSBURG"). Any separator will do: {@code BRUSSELS: }, {@code WASHINGTON — }. Words that head
 *       notices rather than places ("BREAKING", "UPDATE", "EXCLUSIVE", "NOTE"…) and a first word of one letter
 *       ("A", "I") are refused. An acronym followed by a separator ({@code NATO: …}) is taken for a place: such
 *       openings are rare in news bodies and the cost is one sentence's first word.</li>
 *   <li><b>title case</b>: one to four capitalised words ("Nairobi", "Dar es Salaam", "The Hague"), accepted only
 *       when a DATE or an AGENCY follows: {@code Nairobi, Sept 20 (Reuters) - }. A capitalised word with only a
 *       separator ({@code Pakistan: a country…}, {@code Washington — the…}) is an ordinary sentence, not a dateline.
 *       Weekday and month names are never a place ({@code Monday, March 3 - …} is not a dateline).</li>
 * </ul>
 * The date is kept as written in {@link Dateline#text()}; this class does not resolve it.
 *
 * <p>Cost: matching looks at no more than {@value #MAX_PREFIX_CHARS} characters after the offset, so a huge
 * single-line text costs no more than a short one.
 */
public final class DatelineFinder {

    /** Longest prefix (place, region, date, agency and separator) that is looked for, in chars. */
    public static final int MAX_PREFIX_CHARS = 160;

    private static final String CAPS_WORD =
            "\\p{Lu}[\\p{Lu}\\p{M}'’.]*(?:-\\p{Lu}[\\p{Lu}\\p{M}'’.]*)*(?![\\p{L}\\p{M}\\d])";
    private static final String CAPS_PLACE = CAPS_WORD + "(?:[ \\t]" + CAPS_WORD + "){0,4}";

    private static final String TITLE_WORD =
            "\\p{Lu}[\\p{L}\\p{M}'’]*\\p{Ll}[\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}'’]+)*(?![\\p{L}\\p{M}\\d])";
    /** Small words inside place names: "Dar es Salaam", "Rio de Janeiro", "Stratford upon Avon". */
    private static final String PLACE_LINK = "(?:es|de|du|al|el|la|le|da|do|del|on|upon|am|an|sur)";
    private static final String TITLE_PLACE =
            "(?:The[ \\t]+)?" + TITLE_WORD + "(?:[ \\t](?:" + PLACE_LINK + "[ \\t])?" + TITLE_WORD + "){0,3}";

    private static final String REGION_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final String REGION = REGION_WORD + "(?:[ \\t](?:(?:of|the|and|" + PLACE_LINK + ")[ \\t])?"
            + REGION_WORD + "){0,4}";

    private static final String MONTH = "(?i:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may"
            + "|june?|jun\\.|july?|jul\\.|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?"
            + "|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?![\\p{L}])";
    private static final String WEEKDAY = "(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?(?![\\p{L}])";
    private static final String DAY = "\\d{1,2}(?!\\d)";
    private static final String YEAR = "\\d{4}(?!\\d)";
    private static final String DATE = "(?<date>(?:" + WEEKDAY + ",?[ \\t]+)?(?:" + MONTH + "[ \\t]*" + DAY
            + "(?:(?:,[ \\t]*|[ \\t]+)" + YEAR + ")?" + "|" + DAY + "[ \\t]+" + MONTH + "(?:[ \\t]+" + YEAR + ")?)"
            + "|" + WEEKDAY + ")";

    private static final String AGENCY = "\\([ \\t]*(?<agency>\\p{Lu}[\\p{L}\\p{M}.&'’-]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}.&'’-]*){0,3}|dpa)[ \\t]*\\)";
    /**
     * A hyphen run counts only with whitespace or a closing bracket before it or whitespace after it, so the hyphen
     * of "NATO-led" or "US-backed" is not a separator; a colon needs whitespace after it.
     */
    private static final String SEPARATOR = "(?:(?<=[\\s)])-{1,3}|-{1,3}(?=\\s)|[—–―]|:(?=\\s))";

    /**
     * What may follow a place: region, date, agency, separator. Shared by both place rules and by known datelines.
     * It closes the {@code dateline} group that each pattern opens before the place, so the group ends after the date.
     */
    private static final String TAIL_AFTER_PLACE = "(?:,[ \\t]*" + REGION + ")?(?:(?:,[ \\t]*|[ \\t]+)" + DATE + ")?)"
            + "[ \\t]*(?:" + AGENCY + "[ \\t]*)?" + SEPARATOR;

    private static final Pattern CAPS_DATELINE =
            Pattern.compile("(?<dateline>(?<place>" + CAPS_PLACE + ")" + TAIL_AFTER_PLACE);
    private static final Pattern TITLE_DATELINE =
            Pattern.compile("(?<dateline>(?<place>" + TITLE_PLACE + ")" + TAIL_AFTER_PLACE);
    private static final Pattern KNOWN_TAIL = Pattern.compile("(?<dateline>" + TAIL_AFTER_PLACE);

    private static final Pattern MONTH_OR_WEEKDAY = Pattern.compile("(?:" + MONTH + "|" + WEEKDAY + ")");

    /** Capitalised words that head notices and kickers, not places ("BREAKING: …", "UPDATE 2-…"). */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "CORRECTION",
            "CORRECTED", "EXCLUSIVE", "ANALYSIS", "URGENT", "FLASH", "NOTE", "EDITORS", "EDITOR'S", "EDITOR’S",
            "WARNING", "FACTBOX", "REFILE", "PHOTO", "PHOTOS", "VIDEO", "OPINION", "COMMENT", "COMMENTARY",
            "REVIEW", "INTERVIEW", "ADVISORY", "BULLETIN", "NEWSALERT", "WRAPUP", "FEATURE", "LEAD", "RPT",
            "CLARIFICATION", "EMBARGOED", "SPORTS", "WEATHER", "TIMELINE", "EXPLAINER", "ATTENTION", "NEWSMAKER",
            "UPDATES", "ADDS", "CORRECTS", "RECASTS", "WRITETHRU", "ALERT", "PROFILE", "SIDEBAR", "CHRONOLOGY");

    /**
     * Looks for a dateline starting exactly at {@code from}.
     *
     * @param text the whole article text
     * @param from offset of the first character of the first body paragraph ({@code 0 <= from <= text.length()})
     * @return the dateline and its prefix span, or empty when the text there does not start with one
     */
    public Optional<Dateline> find(String text, int from) {
        Optional<Dateline> caps = match(CAPS_DATELINE, text, from)
                .filter(m -> isCapsPlace(m.group("place")))
                .flatMap(m -> toDateline(text, from, m));
        if (caps.isPresent()) {
            return caps;
        }
        return match(TITLE_DATELINE, text, from)
                .filter(m -> m.group("date") != null || m.group("agency") != null)
                .filter(m -> isTitlePlace(m.group("place")))
                .flatMap(m -> toDateline(text, from, m));
    }

    /**
     * Looks for a dateline already known from metadata (a JSON Lines {@code dateline} field) at {@code from}: the text
     * must start with {@code known} (ignoring case), and a separator or an agency must follow it, optionally after a
     * region and a date ("BEIJING" matches {@code BEIJING, Nov. 14 (Xinhua)-- }). The returned text is {@code known}
     * itself, trimmed, since the metadata is the authority.
     *
     * @param text  the whole article text
     * @param from  offset where the body begins
     * @param known the dateline given with the article
     * @return the prefix to skip, or empty when the text does not start with the known dateline and a separator
     */
    public Optional<Dateline> findKnown(String text, int from, String known) {
        String given = known.strip();
        while (!given.isEmpty() && "-\u2013\u2014:".indexOf(given.charAt(given.length() - 1)) >= 0) {
            given = given.substring(0, given.length() - 1).strip();   // "KABUL, March 3 (Wire) -": its separator
        }
        String place = given;
        if (place.isEmpty() || place.length() > MAX_PREFIX_CHARS
                || !text.regionMatches(true, from, place, 0, place.length())) {
            return Optional.empty();
        }
        int afterPlace = from + place.length();
        if (afterPlace < text.length() && Character.isLetterOrDigit(text.charAt(afterPlace))) {
            return Optional.empty();
        }
        return match(KNOWN_TAIL, text, afterPlace)
                .flatMap(m -> bodyStart(text, m.end())
                        .map(body -> new Dateline(place, Optional.ofNullable(m.group("agency")), new Span(from, body))));
    }

    private static Optional<Matcher> match(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text);
        m.region(from, Math.min(text.length(), from + MAX_PREFIX_CHARS));
        m.useTransparentBounds(true);
        return m.lookingAt() ? Optional.of(m) : Optional.empty();
    }

    private static Optional<Dateline> toDateline(String text, int from, Matcher m) {
        return bodyStart(text, m.end()).map(body ->
                new Dateline(m.group("dateline"), Optional.ofNullable(m.group("agency")), new Span(from, body)));
    }

    /** The first non-whitespace offset at or after {@code offset}; empty when only whitespace follows (no body). */
    private static Optional<Integer> bodyStart(String text, int offset) {
        int i = offset;
        while (i < text.length() && PlainTextArticleParser.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() ? Optional.of(i) : Optional.empty();
    }

    private static boolean isCapsPlace(String place) {
        String firstWord = place.split("[ \\t]+")[0].split("-")[0];
        long firstWordLetters = firstWord.chars().filter(Character::isLetter).count();
        return firstWordLetters >= 2 && !NOT_PLACES.contains(firstWord);
    }

    private static boolean isTitlePlace(String place) {
        for (String word : place.split("[ \\t]+")) {
            if (MONTH_OR_WEEKDAY.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
