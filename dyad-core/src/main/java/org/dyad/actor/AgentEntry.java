package org.dyad.actor;

import java.util.List;
import java.util.Objects;

/**
 * One phrase of the agent dictionary: a word or phrase naming a sector or role ("PRESIDENT", "HUMAN RIGHTS
 * BODY") and the agent code it adds to an actor code. Read from PETRARCH {@code .agents} files (Phoenix.agents,
 * PETR.Validate.agents).
 *
 * @param words  the phrase as upper-case words, split at blanks and underscores. The format lets a blank mean
 *               "other words may come between" and an underscore "consecutive"; Dyad keeps only the words, so a
 *               matcher sees them as consecutive. In Phoenix.agents.txt blanks occur almost only after a
 *               substitution marker ({@code !MINIST! FOR_DEFENCE}, about 250 lines), where "minister for defence"
 *               is the usual text anyway
 * @param code   the agent code without the tilde, e.g. "GOV" for {@code [~GOV]}, "NGO" for {@code [NGO~]}
 * @param prefix false for {@code [~GOV]}: the code goes after the actor code (PAK + GOV = PAKGOV); true for
 *               {@code [NGO~]}: it goes before (NGO + PAK = NGOPAK)
 * @param origin where the line was read, "FILE:LINE"
 */
public record AgentEntry(List<String> words, String code, boolean prefix, String origin) {
    public AgentEntry {
        words = List.copyOf(words);
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(origin, "origin");
        if (words.isEmpty()) {
            throw new IllegalArgumentException("agent phrase without words at " + origin);
        }
    }
}
