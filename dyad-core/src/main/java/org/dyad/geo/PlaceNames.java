package org.dyad.geo;

import java.text.Normalizer;

/**
 * The lookup key of a place name, shared by the {@link GazetteerCompiler} and the {@link ToponymResolver} so that
 * both sides agree: lower case, accents removed, periods dropped, hyphens and runs of spaces turned into one space,
 * curly apostrophes made straight. "Port-au-Prince" and "Port au Prince" share the key "port au prince"; "St. Louis"
 * and "St Louis" share "st louis"; "São Paulo" becomes "sao paulo".
 */
public final class PlaceNames {
    private PlaceNames() {
    }

    /**
     * @param name a name as written (never null)
     * @return its key; the empty string when nothing is left
     */
    public static String key(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                ascii = false;
                break;
            }
        }
        String s = name;
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                continue;
            }
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '-' || c == '‐' || c == '–' || Character.isWhitespace(c) || c == ',') {
                if (!space) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            if (c == '’' || c == '‘' || c == 'ʻ') {
                c = '\'';
            }
            b.append(Character.toLowerCase(c));
            space = false;
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString();
    }
}
