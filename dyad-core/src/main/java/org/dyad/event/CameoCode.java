package org.dyad.event;

/**
 * A CAMEO event code such as "190" or "0212", kept as a string so its leading zero survives.
 * Two digits give the root (cue category), three a base code, four a sub-code (CAMEO 1.1b3, chapter 2).
 *
 * @param value two to four ASCII digits whose first two form a root from 01 to 20
 * @throws IllegalArgumentException for anything else: a malformed code is never output
 */
public record CameoCode(String value) {
    public CameoCode {
        if (value == null || !value.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO code: '" + value + "' (need 2 to 4 digits)");
        }
        int root = Integer.parseInt(value.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("not a CAMEO code: '" + value + "' (root must be 01..20)");
        }
    }

    /** The two-digit root code, e.g. "19" for "190". */
    public String root() {
        return value.substring(0, 2);
    }

    /** The QuadClass of the root (GDELT's grouping). */
    public QuadClass quadClass() {
        return QuadClass.ofRoot(Integer.parseInt(root()));
    }

    @Override
    public String toString() {
        return value;
    }
}
