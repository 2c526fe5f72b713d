package org.summitoutcomes.model;

/**
 * A document's text with code-point addressing. The contract counts offsets in Unicode code points;
 * Java strings count UTF-16 units. Every substring by offset in the project goes through this class.
 */
public final class Text {
    private final String value;
    private final int[] charIndexOfCodePoint; // null when the text has no supplementary characters
    private final int codePoints;

    public Text(String value) {
        this.value = value;
        this.codePoints = value.codePointCount(0, value.length());
        if (codePoints == value.length()) {
            charIndexOfCodePoint = null;
        } else {
            charIndexOfCodePoint = new int[codePoints + 1];
            int cp = 0;
            for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
                charIndexOfCodePoint[cp++] = i;
            }
            charIndexOfCodePoint[codePoints] = value.length();
        }
    }

    public String value() { return value; }

    /** Length in code points. */
    public int length() { return codePoints; }

    /** UTF-16 index of a code-point offset. */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePoints) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside 0.." + codePoints);
        }
        return charIndexOfCodePoint == null ? codePointOffset : charIndexOfCodePoint[codePointOffset];
    }

    /** Code-point offset of a UTF-16 index. */
    public int codePointOffset(int charIndex) {
        return charIndexOfCodePoint == null ? charIndex : value.codePointCount(0, charIndex);
    }

    public String substring(int start, int end) { return value.substring(charIndex(start), charIndex(end)); }

    public String substring(Span span) { return substring(span.start(), span.end()); }

    /** The span in code points of a UTF-16 range. */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(codePointOffset(charStart), codePointOffset(charEnd));
    }
}
