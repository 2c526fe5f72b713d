package org.summitoutcomes.segment;

/**
 * Line ends of every kind, made one kind for analysis: a lone carriage return (old Mac files), NEL (U+0085),
 * LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) become {@code \n}; a CR before LF stays (it is
 * whitespace to every stage). The result has the same length as the input, so offsets computed on it index
 * the original text.
 */
public final class LineEnds {
    private LineEnds() {}

    /** The text with every line end a {@code \n} (or CR LF); same UTF-16 length. */
    public static String normalized(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean end = (ch == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) || ch == '\u0085' || ch == '\u2028' || ch == '\u2029';
            if (end) {
                if (c == null) c = s.toCharArray();
                c[i] = '\n';
            }
        }
        return c == null ? s : new String(c);
    }

    /** In place on a copy of a text: the same replacement as {@link #normalized(String)}. */
    static void normalize(char[] c) {
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            if ((ch == '\r' && (i + 1 == c.length || c[i + 1] != '\n')) || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') c[i] = '\n';
        }
    }
}
