package org.summitoutcomes.tag;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * DATE forms SUTime misses or resolves without regard to tense, read from a sentence's text against the reference
 * (publication) date: day ranges in either order and across months, "from 2022 to 2026", quarters and halves,
 * seasons, weeks, "the first five months of this year", "August last year", offsets ("in three weeks", "seven years
 * from now"), and bare weekdays and months resolved by the tense of the clause. Values are ISO 8601; each hit has a
 * precision (day, week, month, quarter, season, year, range). Impossible dates give no hit; nothing throws.
 */
public final class DateGrammar {
    /** The tense of the clause around a date: a bare weekday or month is the last one, the next one, or the nearest. */
    public enum Tense { PAST, PRESENT, FUTURE }

    /** A date at chars {@code [start, end)} of the text; value and precision are null for an impossible date. */
    public record Hit(int start, int end, String value, String precision) {}

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String DASH = "(?:\\s?[-–—]\\s?|\\s(?:to|and|through|until|till)\\s)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String OPT_YEAR = "(?:,?\\s" + YEAR + ")?";
    private static final String REL_YEAR = "(this|last|next|the\\s+previous|the\\s+coming)\\s+year";

    private final Map<String, int[]> periods = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Pattern> patterns = new ArrayList<>();

    /**
     * The grammar over the lexicons' date words and number words ({@code lexicons/date-words.tsv}, {@code number-words.tsv}).
     * @throws org.summitoutcomes.lexicon.DataFileException on a bad row
     */
    public static DateGrammar of(Lexicons lexicons) { return new DateGrammar(lexicons); }

    private DateGrammar(Lexicons lexicons) {
        lexicons.each("lexicons/date-words.tsv", r -> periods.put(r[0], new int[] {Integer.parseInt(r[1]), Integer.parseInt(r[2])}));
        lexicons.each("lexicons/number-words.tsv", r -> numbers.put(r[0], Integer.parseInt(r[1])));
        String num = "(\\d{1,3}|" + String.join("|", numbers.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")";
        String bound = "(?<![\\p{L}\\p{N}])";
        String end = "(?![\\p{L}\\p{N}])";
        patterns.add(Pattern.compile(bound + "(?<dr1>" + MONTH + "\\s" + DAY + DASH + MONTH + "\\s" + DAY + OPT_YEAR + ")" + end));
        patterns.add(Pattern.compile(bound + "(?<dr2>" + DAY + "\\s" + MONTH + DASH + DAY + "\\s" + MONTH + OPT_YEAR + ")" + end));
        patterns.add(Pattern.compile(bound + "(?<dr3>" + MONTH + "\\s" + DAY + DASH + DAY + OPT_YEAR + ")" + end));
        patterns.add(Pattern.compile(bound + "(?<dr4>" + DAY + DASH + DAY + "\\s" + MONTH + OPT_YEAR + ")" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?:from|between)\\s(?<yr>" + YEAR + "(?:\\s?[-–]\\s?|\\s(?:to|and|until|through)\\s)" + YEAR + ")" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<fm>(?:the\\s)?first\\s" + num + "\\smonths\\sof\\s(?:" + YEAR + "|" + REL_YEAR + "))" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<qt>(?:the\\s)?(first|second|third|fourth|last|final)\\s(quarter|half)(?:\\sof\\s(?:" + YEAR + "|" + REL_YEAR + "))?)" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<qn>Q([1-4])\\s?" + YEAR + "|" + YEAR + "\\sQ([1-4]))" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<ss>(?:(this|last|next|the\\s+coming|the\\s+past|previous)\\s+)?(spring|summer|autumn|fall|winter)(?:\\s(?:of\\s)?" + YEAR + ")?)" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<wk>(last|next|this|the\\s+coming|the\\s+past|previous)\\s+week)" + end));
        patterns.add(Pattern.compile(bound + "(?<my>" + MONTH + "\\s(?i:" + REL_YEAR + "))" + end));
        patterns.add(Pattern.compile("(?i)" + bound + "(?<off>(?:in\\s" + num + "\\s(days?|weeks?|months?|years?))|(?:" + num + "\\s(days?|weeks?|months?|years?)\\sfrom\\snow))" + end));
    }

    /**
     * The dates in {@code text}, left to right, non-overlapping (earlier patterns first).
     * @param refDate the publication date (YYYY-MM-DD); when null, only absolute forms ("from 2022 to 2026") are found
     * @param tenseAt the tense of the clause at a char position of the text
     */
    public List<Hit> find(String text, String refDate, IntFunction<Tense> tenseAt) {
        List<Hit> out = new ArrayList<>();
        LocalDate ref = null; // without a reference date only absolute forms resolve (the others throw and give no hit)
        try {
            if (refDate != null) ref = LocalDate.parse(refDate);
        } catch (RuntimeException e) {
            ref = null;
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                String group = groupName(m);
                if (group == null) continue;
                s = m.start(group);
                e = m.end(group);
                final int fs = s;
                final int fe = e;
                if (out.stream().anyMatch(h -> h.start() < fe && fs < h.end())) continue;
                Hit h = null;
                try {
                    h = read(group, m, s, e, ref, tenseAt.apply(s), text);
                } catch (java.time.DateTimeException ex) {
                    h = new Hit(s, e, null, null); // an impossible date ("February 30-31"): a hit without a value, so no DATE
                } catch (RuntimeException ex) {
                    h = null; // a relative form without a reference date
                }
                if (h != null) out.add(h);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static String groupName(Matcher m) {
        for (String g : List.of("dr1", "dr2", "dr3", "dr4", "yr", "fm", "qt", "qn", "ss", "wk", "my", "off")) {
            try {
                if (m.group(g) != null) return g;
            } catch (IllegalArgumentException e) {
                // not a group of this pattern
            }
        }
        return null;
    }

    private Hit read(String g, Matcher m, int s, int e, LocalDate ref, Tense tense, String text) {
        switch (g) {
            case "dr1", "dr3", "dr2", "dr4" -> {
                int m1;
                int d1;
                int m2;
                int d2;
                String y;
                if (g.equals("dr1")) { m1 = month(m.group(2)); d1 = n(m.group(3)); m2 = month(m.group(4)); d2 = n(m.group(5)); y = m.group(6); }
                else if (g.equals("dr2")) { d1 = n(m.group(2)); m1 = month(m.group(3)); d2 = n(m.group(4)); m2 = month(m.group(5)); y = m.group(6); }
                else if (g.equals("dr3")) { m1 = month(m.group(2)); d1 = n(m.group(3)); d2 = n(m.group(4)); m2 = m1; y = m.group(5); }
                else { d1 = n(m.group(2)); d2 = n(m.group(3)); m1 = month(m.group(4)); m2 = m1; y = m.group(5); }
                int year = y != null ? n(y) : yearOf(m1, d1, ref, tense);
                LocalDate a = LocalDate.of(year, m1, d1);
                LocalDate b = LocalDate.of(m2 < m1 ? year + 1 : year, m2, d2);
                if (!b.isAfter(a)) return null;
                return new Hit(s, e, a + "/" + b, "range");
            }
            case "yr" -> {
                int a = n(m.group(2));
                int b = n(m.group(3));
                return b > a ? new Hit(s, e, a + "/" + b, "range") : null;
            }
            case "fm" -> {
                int count = count(m.group(2));
                int year = m.group(3) != null ? n(m.group(3)) : relYear(m.group(4), ref);
                if (count < 2 || count > 12) return null;
                return new Hit(s, e, YearMonth.of(year, 1) + "/" + YearMonth.of(year, count), "range");
            }
            case "qt" -> {
                int[] months = periods.get((m.group(2) + " " + m.group(3)).toLowerCase(Locale.ROOT));
                if (months == null) return null;
                int year = m.group(4) != null ? n(m.group(4)) : m.group(5) != null ? relYear(m.group(5), ref) : periodYear(months, ref, tense);
                return new Hit(s, e, YearMonth.of(year, months[0]) + "/" + YearMonth.of(year, months[1]),
                        m.group(3).equalsIgnoreCase("quarter") ? "quarter" : "range");
            }
            case "qn" -> {
                String q = m.group(2) != null ? m.group(2) : m.group(5);
                int year = n(m.group(3) != null ? m.group(3) : m.group(4));
                int[] months = periods.get("q" + q);
                return new Hit(s, e, YearMonth.of(year, months[0]) + "/" + YearMonth.of(year, months[1]), "quarter");
            }
            case "ss" -> {
                String mod = m.group(2);
                String year = m.group(4);
                if (mod == null && year == null) return null;
                if (m.group(3).equalsIgnoreCase("fall") && year == null && mod == null) return null;
                int[] months = periods.get(m.group(3).toLowerCase(Locale.ROOT));
                int y;
                if (year != null) {
                    y = n(year);
                } else {
                    String md = mod.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    y = periodYear(months, ref, md.equals("this") ? tense : md.equals("next") || md.equals("the coming") ? Tense.FUTURE : Tense.PAST);
                    if (md.equals("last") || md.equals("previous") || md.equals("the past")) {
                        if (!YearMonth.of(y, months[1]).isBefore(YearMonth.from(ref)) && months[1] >= months[0]) y--;
                    }
                }
                YearMonth a = YearMonth.of(y, months[0]);
                YearMonth b = YearMonth.of(months[1] < months[0] ? y + 1 : y, months[1]);
                return new Hit(s, e, a + "/" + b, "season");
            }
            case "wk" -> {
                String md = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (md.equals("last") || md.equals("previous") || md.equals("the past")) monday = monday.minusWeeks(1);
                if (md.equals("next") || md.equals("the coming")) monday = monday.plusWeeks(1);
                return new Hit(s, e, monday + "/" + monday.plusDays(6), "week");
            }
            case "my" -> {
                int year = relYear(m.group(3), ref);
                return new Hit(s, e, YearMonth.of(year, month(m.group(2))).toString(), "month");
            }
            case "off" -> {
                boolean in = m.group(2) != null;
                if (in && tense != Tense.FUTURE) return null; // "in ten years, trade doubled" is a duration
                int count = count(in ? m.group(2) : m.group(4));
                String unit = (in ? m.group(3) : m.group(5)).toLowerCase(Locale.ROOT);
                if (unit.startsWith("day")) return new Hit(s, e, ref.plusDays(count).toString(), "day");
                if (unit.startsWith("week")) return new Hit(s, e, ref.plusWeeks(count).toString(), "day");
                if (unit.startsWith("month")) return new Hit(s, e, YearMonth.from(ref).plusMonths(count).toString(), "month");
                return new Hit(s, e, String.valueOf(ref.getYear() + count), "year");
            }
            default -> {
                return null;
            }
        }
    }

    private int count(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        return numbers.containsKey(k) ? numbers.get(k) : Integer.parseInt(k);
    }

    private static int n(String s) { return Integer.parseInt(s); }

    private static int relYear(String rel, LocalDate ref) {
        String r = rel.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (r.startsWith("last") || r.contains("previous")) return ref.getYear() - 1;
        if (r.startsWith("next") || r.contains("coming")) return ref.getYear() + 1;
        return ref.getYear();
    }

    /** The year of a month range named without one: the last such period for the past, the next for the future. */
    private static int periodYear(int[] months, LocalDate ref, Tense tense) {
        int y = ref.getYear();
        YearMonth now = YearMonth.from(ref);
        if (tense == Tense.PAST && YearMonth.of(y, months[0]).isAfter(now)) return y - 1;
        if (tense == Tense.FUTURE && YearMonth.of(months[1] < months[0] ? y + 1 : y, months[1]).isBefore(now)) return y + 1;
        return y;
    }

    /** Days a report may lag behind or run ahead of the event it puts in the future or the past ("will be held on May 18-19" published May 19). */
    private static final int LAG = 7;

    /** The year of a month and day named without one, by tense: the last for the past, the next for the future. */
    static int yearOf(int month, int day, LocalDate ref, Tense tense) {
        int y = ref.getYear();
        LocalDate same = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
        return switch (tense) {
            case PAST -> same.isAfter(ref.plusDays(LAG)) ? y - 1 : y;
            case FUTURE -> same.isBefore(ref.minusDays(LAG)) ? y + 1 : y;
            case PRESENT -> Math.abs(same.toEpochDay() - ref.toEpochDay()) > 183 ? (same.isAfter(ref) ? y - 1 : y + 1) : y;
        };
    }

    /** A bare weekday resolved by tense: the last one on or before the reference date, the next one after it, or the nearest. */
    public static LocalDate weekday(DayOfWeek d, LocalDate ref, Tense tense) {
        LocalDate past = ref.with(TemporalAdjusters.previousOrSame(d));
        LocalDate next = ref.with(TemporalAdjusters.next(d));
        return switch (tense) {
            case PAST -> past;
            case FUTURE -> next;
            case PRESENT -> ref.toEpochDay() - past.toEpochDay() <= next.toEpochDay() - ref.toEpochDay() ? past : next;
        };
    }

    /** A bare month resolved by tense: this year's or last year's for the past, this year's or next year's for the future. */
    public static YearMonth month(java.time.Month mo, LocalDate ref, Tense tense) {
        int y = yearOf(mo.getValue(), 1, ref.withDayOfMonth(1), tense);
        return YearMonth.of(y, mo);
    }

    static int month(String w) {
        java.time.Month mo = DateNormalizer.month(w);
        if (mo == null) throw new IllegalArgumentException("not a month: " + w);
        return mo.getValue();
    }

    /** The precision of an ISO value: day, month, year, week or range. */
    public static String precisionOf(String value) {
        if (value == null) return null;
        if (value.contains("/")) return "range";
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) return "day";
        if (value.matches("\\d{4}-\\d{2}")) return "month";
        if (value.matches("\\d{4}-W\\d{2}")) return "week";
        return "year";
    }
}
