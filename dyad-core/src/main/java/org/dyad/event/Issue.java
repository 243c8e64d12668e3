package org.dyad.event;

import java.util.Objects;

/**
 * An issue code of the issue list (Phoenix.IssueCoding.txt) with the category block it was defined in.
 *
 * @param code     the issue code, e.g. "POSTSECONDARY_EDUCATION"
 * @param category the CATEGORY of the enclosing {@code <ISSUE CATEGORY="...">} block, e.g. "EDUCATION"; empty
 *                 when the code was defined outside any block
 */
public record Issue(String code, String category) {
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
    }
}
