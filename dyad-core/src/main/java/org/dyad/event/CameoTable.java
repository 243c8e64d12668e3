package org.dyad.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.dictionary.DictionaryReport;

/**
 * The CAMEO event code table: code, name and Goldstein value for every CAMEO code, read from
 * {@code cameo-codes.csv} (columns {@code "","eventtype_ID","name","code","goldstein",...}). Immutable.
 *
 * <p>The file is RFC 4180 CSV: fields may be quoted, quoted fields may hold commas, doubled quotes and line
 * breaks, so it is read record by record rather than line by line. Columns are found by their header names
 * ({@code code}, {@code name}, {@code goldstein}), so added or reordered columns do not matter. Rows with a
 * missing code, a non-numeric Goldstein value or a duplicate code are reported and skipped (the first row of a
 * code is kept); a file without those headers is reported and gives an empty table.
 */
public final class CameoTable {
    private final Map<String, CameoEntry> byCode;

    private CameoTable(Map<String, CameoEntry> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * Parses the CSV table.
     *
     * @param csvContent decoded file content
     * @param source     file name for warnings
     * @param report     receives a warning per skipped row
     * @return the table; never throws on bad rows
     */
    public static CameoTable parse(String csvContent, String source, DictionaryReport report) {
        List<Row> rows = records(csvContent, source, report);
        Map<String, CameoEntry> byCode = new LinkedHashMap<>();
        if (rows.isEmpty()) {
            report.warn(source, 0, "empty CAMEO code table");
            return new CameoTable(byCode);
        }
        List<String> header = rows.get(0).fields();
        int codeCol = column(header, "code");
        int nameCol = column(header, "name");
        int goldsteinCol = column(header, "goldstein");
        if (codeCol < 0 || nameCol < 0 || goldsteinCol < 0) {
            report.warn(source, 1, "header needs columns code, name and goldstein; found " + header);
            return new CameoTable(byCode);
        }
        int needed = Math.max(codeCol, Math.max(nameCol, goldsteinCol)) + 1;
        for (Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            if (f.size() == 1 && f.get(0).isBlank()) {
                continue;
            }
            if (f.size() < needed) {
                report.warn(source, row.line(), "row has " + f.size() + " fields, needs " + needed + "; skipped");
                continue;
            }
            String code = f.get(codeCol).strip();
            if (code.isEmpty()) {
                report.warn(source, row.line(), "row without a code; skipped");
                continue;
            }
            double goldstein;
            try {
                goldstein = Double.parseDouble(f.get(goldsteinCol).strip());
            } catch (NumberFormatException e) {
                report.warn(source, row.line(), "Goldstein value '" + f.get(goldsteinCol) + "' of code " + code
                        + " is not a number; skipped");
                continue;
            }
            if (byCode.containsKey(code)) {
                report.warn(source, row.line(), "duplicate code " + code + "; keeping the first row");
                continue;
            }
            byCode.put(code, new CameoEntry(code, f.get(nameCol).strip(), goldstein));
        }
        return new CameoTable(byCode);
    }

    /** The entry of a code such as "190"; empty when the table has no such code. */
    public Optional<CameoEntry> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** True when the table has the code. */
    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** All entries in file order. */
    public Collection<CameoEntry> entries() {
        return byCode.values();
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private record Row(List<String> fields, int line) {
    }

    /** RFC 4180 records; {@code line} is where each record starts. */
    private static List<Row> records(String text, String source, DictionaryReport report) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean inRecord = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!inRecord) {
                inRecord = true;
                recordLine = line;
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(List.copyOf(fields), recordLine));
                fields.clear();
                inRecord = false;
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            report.warn(source, quoteLine, "quoted field never closed; read to the end of the file");
        }
        if (inRecord) {
            fields.add(field.toString());
            rows.add(new Row(List.copyOf(fields), recordLine));
        }
        return rows;
    }
}
