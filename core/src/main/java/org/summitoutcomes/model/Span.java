package org.summitoutcomes.model;

/** A half-open range {@code [start, end)} of code-point offsets into a document's text. */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span: start=" + start + " end=" + end);
        }
    }

    public int length() { return end - start; }

    public boolean overlaps(Span other) { return start < other.end && other.start < end; }

    public boolean contains(Span other) { return start <= other.start && other.end <= end; }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
