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

    private static final java.util.Set<String> BACK = java.util.Set.of("last", "previous", "past");
    private static final java.util.Set<String> AHEAD = java.util.Set.of("next", "coming");

    /**
     * A bare weekday or month ("Monday", "last Friday", "previous March", "January") resolved by the tense of its
     * clause against the reference date: ISO day or month, or null when the words are not such a form.
     */
    public static String bare(List<String> words, LocalDate ref, DateGrammar.Tense tense) {
        List<String> ws = words.stream().filter(w -> !w.matches("(?i)on|in|the|of")).toList();
        if (ws.isEmpty() || ws.size() > 2) return null;
        String head = ws.get(ws.size() - 1);
        DateGrammar.Tense t = tense;
        if (ws.size() == 2) {
            String mod = ws.get(0).toLowerCase(Locale.ROOT);
            if (BACK.contains(mod)) t = DateGrammar.Tense.PAST;
            else if (AHEAD.contains(mod)) t = DateGrammar.Tense.FUTURE;
            else if (!mod.equals("this")) return null;
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(head)) {
                LocalDate day = DateGrammar.weekday(d, ws.size() == 2 && t == DateGrammar.Tense.PAST ? ref.minusDays(1) : ref, t);
                return day.toString();
            }
        }
        Month m = month(head);
        if (m != null && m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(head.replace(".", ""))) {
            if (ws.size() == 2 && !ws.get(0).equalsIgnoreCase("this")) {
                int y = ref.getYear();
                if (t == DateGrammar.Tense.PAST && m.getValue() >= ref.getMonthValue()) y--;
                if (t == DateGrammar.Tense.FUTURE && m.getValue() <= ref.getMonthValue()) y++;
                return java.time.YearMonth.of(y, m).toString();
            }
            return DateGrammar.month(m, ref, t).toString();
        }
        return null;
    }

    /**
     * A bare year inside a name: after a name word ("Expo 2030", "Conference 2025"), or before one when it is a target or
     * a future event ("the 2030 Agenda", "the 2034 FIFA World Cup"); a past year before an event's name ("the 2022 COP27"
     * in 2023) dates it and stays a DATE.
     * @param refYear the publication year, or 0 when unknown (then every such year is taken as part of the name)
     */
    public static boolean isPartOfName(List<String> words, int from, int to, int refYear) {
        if (to - from != 1 || !words.get(from).matches("\\d{4}")) return false;
        boolean future = refYear == 0 || Integer.parseInt(words.get(from)) > refYear;
        if (future && to < words.size() && startsUpper(words.get(to)) && month(words.get(to)) == null) return true;
        return from > 1 && startsUpper(words.get(from - 1)) && month(words.get(from - 1)) == null
                && !words.get(from - 1).matches("In|By|Since|From|Until|Before|After|During|Through|And|Of|The|Q[1-4]");
    }

    /**
     * A date in page furniture, not in text a reader reads: a line of names, numbers and punctuation only
     * ("CentralasianLIGHT.org, December 22, 2025", "Jun 13, 2024, 10:23 am"), a dateline before a colon, dash or agency
     * ("Riyadh, Jul 20 (IANS):"), or a time stamp ("20:21 / 16.11.2024").
     */
    public static boolean isPageFurniture(List<String> words, List<String> tags, int from, int to) {
        if (from >= 2 && words.get(from - 1).equals("/") && words.get(from - 2).matches("\\d{1,2}:\\d{2}")) return true;
        boolean plain = words.size() <= 20;
        for (int i = 0; i < words.size() && plain; i++) {
            if (i >= from && i < to) continue;
            plain = isNameOrPunct(words.get(i), tags.get(i)) || words.get(i).matches("(?i)by|am|pm|a\\.m\\.|p\\.m\\.|\\d{1,2}:\\d{2}");
        }
        if (plain) return true;
        if (from == 0) {
            return to < words.size() && words.get(to).matches("—|–|--|:|/");
        }
        for (int i = 0; i < from; i++) if (!isNameOrPunct(words.get(i), tags.get(i))) return false;
        int k = to;
        if (k < words.size() && words.get(k).matches("\\(|-LRB-")) {
            while (k < words.size() && !words.get(k).matches("\\)|-RRB-")) k++;
            k++;
        }
        return k < words.size() && words.get(k).matches("—|–|--|:|/");
    }

    private static boolean isNameOrPunct(String w, String tag) {
        if (tag == null) return false;
        return tag.equals("NNP") || tag.equals("NNPS") || tag.equals("CD") || !Character.isLetter(tag.charAt(0)) || tag.equals("HYPH")
                || tag.equals("SYM") || tag.equals("NFP") || w.matches("[\\p{Punct}—–“”‘’\\[\\]()]+");
    }

    private static boolean startsUpper(String w) { return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)); }
}
