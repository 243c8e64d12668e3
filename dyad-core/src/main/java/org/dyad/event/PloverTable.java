package org.dyad.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.dictionary.DictionaryLine;
import org.dyad.dictionary.DictionaryReport;
import org.dyad.dictionary.DictionaryText;

/**
 * The CAMEO to PLOVER conversion table ({@code CAMEO2PLOVER-2021.txt}, PLOVER manual draft 0.8, 2021). Immutable.
 *
 * <p>Format: one line per CAMEO code, {@code CODE: TYPE, MODE, CONTEXT # comment}, e.g.
 * {@code 0841: RETREAT, release, legal # Return, release person(s)}; mode and context may be blank or missing
 * (root lines are just {@code 19: ASSAULT}); a context may list several values separated by ';'
 * ("crime; corruption"), kept as one string. Fields are trimmed. Lines of '~' are separators.
 *
 * <p>The 2021 file lists root 08 twice (CONCEDE for 080-083, RETREAT for 084-087) and 175 twice: the first line
 * of a code is kept and the repeat reported. It has no lines for roots 01 and 02, whose codes therefore have no
 * PLOVER type.
 */
public final class PloverTable {
    private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");

    private final Map<String, Plover> byCode;

    private PloverTable(Map<String, Plover> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * Parses the table.
     *
     * @param content decoded file content
     * @param source  file name for warnings
     * @param report  receives a warning per malformed or repeated line
     * @return the table; never throws on bad lines
     */
    public static PloverTable parse(String content, String source, DictionaryReport report) {
        Map<String, Plover> byCode = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (DictionaryLine line : DictionaryText.lines(content, source, report, false)) {
            String text = line.trimmed();
            if (text.replace("~", "").isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            String code = colon < 0 ? "" : text.substring(0, colon).strip();
            if (colon < 0 || !CODE.matcher(code).matches()) {
                report.warn(source, line.number(), "expected 'CODE: TYPE, MODE, CONTEXT'; skipped");
                continue;
            }
            String[] fields = text.substring(colon + 1).split(",", 3);
            String type = fields[0].strip();
            if (type.isEmpty()) {
                report.warn(source, line.number(), "code " + code + " has no PLOVER type; skipped");
                continue;
            }
            Plover plover = new Plover(type, fields.length > 1 ? fields[1].strip() : "",
                    fields.length > 2 ? fields[2].strip() : "");
            if (byCode.containsKey(code)) {
                report.warn(source, line.number(), "code " + code + " listed again (first at line "
                        + firstLine.get(code) + "); keeping the first");
                continue;
            }
            byCode.put(code, plover);
            firstLine.put(code, line.number());
        }
        return new PloverTable(byCode);
    }

    /**
     * The PLOVER coding of a CAMEO code: its own line, else its three-digit parent's (for a four-digit code),
     * else its root's (first two digits).
     *
     * @param cameoCode a CAMEO code such as "0841", "190" or "19"
     * @return empty when neither the code nor a parent has a line (roots 01 and 02)
     */
    public Optional<Plover> forCode(String cameoCode) {
        String code = cameoCode.strip();
        Plover found = byCode.get(code);
        if (found == null && code.length() == 4) {
            found = byCode.get(code.substring(0, 3));
        }
        if (found == null && code.length() >= 3) {
            found = byCode.get(code.substring(0, 2));
        }
        return Optional.ofNullable(found);
    }

    /** Every line of the table, code to PLOVER coding, in file order. */
    /**
     * This table with a supplement's rows added for codes this table lacks (this table wins on a clash), e.g. Dyad's
     * documented mapping of CAMEO 015, 016 and 02 that the 2021 table drops.
     */
    public PloverTable plus(PloverTable supplement) {
        Map<String, Plover> merged = new java.util.LinkedHashMap<>(supplement.byCode);
        merged.putAll(byCode);
        return new PloverTable(merged);
    }

    public Map<String, Plover> entries() {
        return byCode;
    }
}
