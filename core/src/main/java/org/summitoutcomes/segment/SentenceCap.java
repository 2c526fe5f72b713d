package org.summitoutcomes.segment;

/**
 * Caps sentence length before CoreNLP sees the text, so that tagging, token patterns and parsing stay linear
 * in the document's length whatever its punctuation: in a run of more than {@link #MAX_CHARS} characters with
 * no sentence end ({@code . ! ?} before a space, or a line end), a space is turned into a line end (which
 * always ends a sentence), preferably the one after the last clause mark ({@code , ; :} or a dash) of the
 * run's second half, else its last space. A run with no space at all is one token and left alone. Works on
 * the masked copy of the text: lengths and offsets do not change.
 */
final class SentenceCap {
    /** Longest run of characters without a sentence end, in UTF-16 units (about 170 tokens). */
    static final int MAX_CHARS = 1000;

    private SentenceCap() {}

    /** Inserts line ends into {@code text} in place; returns how many. */
    static int apply(char[] text) {
        return apply(text, MAX_CHARS);
    }

    static int apply(char[] text, int max) {
        int inserted = 0;
        int runStart = 0;
        int lastClause = -1;
        int lastSpace = -1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n') {
                runStart = i + 1;
                lastClause = lastSpace = -1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                char p = i > 0 ? text[i - 1] : ' ';
                if (p == '.' || p == '!' || p == '?') {
                    runStart = i + 1;
                    lastClause = lastSpace = -1;
                    continue;
                }
                lastSpace = i;
                if (p == ',' || p == ';' || p == ':' || p == '–' || p == '—') lastClause = i;
            }
            if (i - runStart >= max) {
                int half = runStart + max / 2;
                int cut = lastClause >= half ? lastClause : lastSpace >= half ? lastSpace : -1;
                if (cut < 0 && Character.isWhitespace(c)) cut = i;
                if (cut >= 0) {
                    text[cut] = '\n';
                    inserted++;
                    runStart = cut + 1;
                    lastClause = lastSpace = -1;
                    for (int j = runStart; j <= i; j++) {
                        if (Character.isWhitespace(text[j])) lastSpace = j;
                    }
                }
            }
        }
        return inserted;
    }
}
