package org.summitoutcomes.tag;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 values for DATE mentions: SUTime's values cleaned up, and the ranges SUTime does not resolve. */
public final class DateNormalizer {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?");
    private static final Pattern ISO_FULL = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?$");

    private DateNormalizer() {}

    /**
     * Cleans a SUTime value: "2025-06-16TNI" → "2025-06-16"; for relative expressions counted in years
     * ("five years ago", "last year") keeps the year only. Returns null for values that are not dates.
     */
    public static String fromSutime(String value, List<String> words) {
        if (value == null) return null;
        if (words.size() == 1 && words.get(0).toLowerCase(Locale.ROOT).matches("years?|months?|weeks?|days?")) return null;
        if (words.stream().allMatch(w -> w.matches("\\d{1,2}:\\d{2}|[,.]"))) return null; // a clock time is not a date
        Matcher m = ISO.matcher(value);
        if (!m.find()) return null;
        String v = m.group();
        String joined = String.join(" ", words).toLowerCase(Locale.ROOT);
        if (joined.matches(".*\\byears?\\b.*") && !joined.matches(".*\\b(19|20)\\d\\d\\b.*")) v = m.group(1);
        if (joined.matches(".*\\bmonths?\\b.*") && !joined.matches(".*\\b(19|20)\\d\\d\\b.*") && m.group(2) != null) v = m.group(1) + m.group(2);
        return ISO_FULL.matcher(v).matches() ? v : null;
    }

    /** "May 18-19, 2023" → "2023-05-18/2023-05-19"; "2022-2025" → "2022/2025". */
    public static String range(List<String> words) {
        if (words.size() == 3 && words.get(0).matches("\\d{4}") && words.get(2).matches("\\d{4}")) {
            return words.get(0) + "/" + words.get(2);
        }
        Month month = month(words.get(0));
        String year = words.get(words.size() - 1);
        if (month == null || !year.matches("\\d{4}")) return null;
        int y = Integer.parseInt(year);
        try {
            LocalDate a = LocalDate.of(y, month, Integer.parseInt(words.get(1)));
            LocalDate b = LocalDate.of(y, month, Integer.parseInt(words.get(3)));
            return a + "/" + b;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Month month(String w) {
        String k = w.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (k.length() >= 3 && full.startsWith(k)) return m;
        }
        return null;
    }

    /** A month or weekday name ("May", "Monday"), which is never a surname. */
    public static boolean isCalendarWord(String w) {
        if (w.length() >= 3 && month(w) != null && month(w).getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(w)) return true;
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(w)) return true;
        }
        return false;
    }

    public static boolean isIso(String v) { return v != null && ISO_FULL.matcher(v).matches(); }
}
