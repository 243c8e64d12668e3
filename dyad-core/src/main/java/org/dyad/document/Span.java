package org.dyad.document;

/**
 * A half-open range of character offsets into a {@link Document}'s original text: {@code start} inclusive,
 * {@code end} exclusive, counted in UTF-16 chars as {@link String#substring(int, int)} counts them.
 *
 * <p>Every annotation layer is built from spans; the typed payload lives in the record that holds the span
 * (a {@link Token}, a {@link Sentence}, an actor mention…).
 *
 * @throws IllegalArgumentException when {@code start < 0} or {@code end < start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + "): need 0 <= start <= end");
        }
    }

    /** Number of chars covered. */
    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
