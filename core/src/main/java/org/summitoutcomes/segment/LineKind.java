package org.summitoutcomes.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The layout role of one line of text, decided from its shape alone. */
record LineKind(Kind kind, String marker, int contentStart) {
    enum Kind { BLANK, BULLET, NUMBERED, NUMBERED_HEADING, HEADING, TEXT }

    private static final Pattern BULLET = Pattern.compile("\\A[ \\t\\u00A0]*([•·▪◦‣●○■□➢►✓✔*]|[-–—](?= ))[ \\t\\u00A0]*(?=\\S)");
    private static final Pattern NUMBERED = Pattern.compile("\\A[ \\t\\u00A0]*(\\d{1,3})(?:[.)](?!\\d)|、)[ \\t\\u00A0]*(?=\\S)");
    private static final Pattern ROMAN = Pattern.compile("\\A[ \\t\\u00A0]*([IVX]{1,5})[.)][ \\t\\u00A0]+(?=\\S)");
    private static final Pattern HEADING_END = Pattern.compile("[.!?:;,…\"”’)]\\s*\\z");

    /** Classifies a line (without its newline); offsets are within the line. */
    static LineKind of(String line) {
        if (line.isBlank()) return new LineKind(Kind.BLANK, null, 0);
        Matcher m = ROMAN.matcher(line);
        if (m.lookingAt()) return new LineKind(Kind.NUMBERED_HEADING, m.group(1), m.end());
        m = NUMBERED.matcher(line);
        if (m.lookingAt()) return new LineKind(Kind.NUMBERED, m.group(1), m.end());
        m = BULLET.matcher(line);
        if (m.lookingAt()) return new LineKind(Kind.BULLET, m.group(1), m.end());
        int lead = 0;
        while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) lead++;
        if (looksLikeHeading(line.strip())) return new LineKind(Kind.HEADING, null, lead);
        return new LineKind(Kind.TEXT, null, lead);
    }

    /** Short, capitalized, no sentence-final punctuation: a section heading such as "Looking Ahead". */
    static boolean looksLikeHeading(String s) {
        if (s.length() > 90 || s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) return false;
        int words = s.split("\\s+").length;
        return words <= 12 && !HEADING_END.matcher(s).find();
    }
}
