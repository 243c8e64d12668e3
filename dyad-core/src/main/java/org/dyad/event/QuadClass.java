package org.dyad.event;

/**
 * GDELT's four-way grouping of CAMEO roots: verbal/material × cooperation/conflict.
 * Roots 01–05 are verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3) and
 * 14–20 material conflict (4), as in the GDELT 2.0 event codebook.
 */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** GDELT's number for the class, 1 to 4. */
    public int number() {
        return number;
    }

    /**
     * @param root CAMEO root code as a number, 1 to 20
     * @throws IllegalArgumentException outside 1..20
     */
    public static QuadClass ofRoot(int root) {
        if (root >= 1 && root <= 5) {
            return VERBAL_COOPERATION;
        } else if (root >= 6 && root <= 8) {
            return MATERIAL_COOPERATION;
        } else if (root >= 9 && root <= 13) {
            return VERBAL_CONFLICT;
        } else if (root >= 14 && root <= 20) {
            return MATERIAL_CONFLICT;
        }
        throw new IllegalArgumentException("CAMEO root must be 1..20, was " + root);
    }
}
