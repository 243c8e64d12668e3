package org.dyad.quote;

/**
 * What an attributed statement does with its proposition, as Dyad's claim layer records it. The stance comes from
 * the attribution cue ("denied" → {@link #DENIES}) and, for a plain saying verb, from the content ("there are no
 * bases…" → {@link #DENIES}); see {@link ClaimLinker}.
 */
public enum Stance {
    /** States the proposition ("said", "added", "warned"). */
    ASSERTS,
    /** Says the proposition is false ("denied", "dismissed", or "there are no …"). */
    DENIES,
    /** Blames someone for something ("accused", "blamed", "alleged"). */
    ACCUSES,
    /** Turns down a demand, offer or idea ("rejected", "refused", "declined"). */
    REJECTS,
    /** Commits the speaker to a future act ("promised", "pledged", "vowed"). */
    PROMISES;

    /** Lower-case name as written in output ("asserts", "denies"…). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
