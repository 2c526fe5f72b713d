package org.summitoutcomes.consolidate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Record dates as day intervals: {@code 2025-06-17} (day), {@code 2025-06} (month), {@code 2025} (year) and
 * {@code start/end} ranges (range). Two dates are compatible when their intervals come within
 * {@link #SLACK_DAYS} days of each other; a missing date is
 * compatible with any.
 */
public final class EventDates {
    /**
     * Days by which two reported dates of one event may differ: an article without a date of its own for the
     * event gives its publication date, and a week of coverage reports one summit.
     */
    public static final int SLACK_DAYS = 7;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private EventDates() {}

    /** A closed interval of days; {@code null} bounds for a value that is not a date. */
    record Interval(LocalDate from, LocalDate to) {
        long days() { return from == null ? Long.MAX_VALUE : to.toEpochDay() - from.toEpochDay() + 1; }
    }

    /** The precision of a date value: day, month, year, range, other; {@code null} for no date. */
    public static String precision(String date) {
        if (date == null || date.isBlank()) return null;
        if (date.contains("/")) return "range";
        if (DAY.matcher(date).matches()) return "day";
        if (MONTH.matcher(date).matches()) return "month";
        if (YEAR.matcher(date).matches()) return "year";
        return "other";
    }

    private static final java.util.Map<String, Interval> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The day interval of a date value, parsed once per distinct value. */
    static Interval interval(String date) { return CACHE.computeIfAbsent(date, EventDates::parse); }

    private static Interval parse(String date) {
        try {
            if (date.contains("/")) {
                String[] p = date.split("/", 2);
                Interval a = parse(p[0]), b = parse(p[1]);
                return a.from == null || b.from == null ? new Interval(null, null) : new Interval(a.from, b.to);
            }
            if (DAY.matcher(date).matches()) {
                LocalDate d = LocalDate.parse(date);
                return new Interval(d, d);
            }
            if (MONTH.matcher(date).matches()) {
                YearMonth m = YearMonth.parse(date);
                return new Interval(m.atDay(1), m.atEndOfMonth());
            }
            Matcher y = YEAR.matcher(date);
            if (y.matches()) return new Interval(LocalDate.of(Integer.parseInt(date), 1, 1), LocalDate.of(Integer.parseInt(date), 12, 31));
        } catch (DateTimeParseException | NumberFormatException e) {
            return new Interval(null, null);
        }
        return new Interval(null, null);
    }

    /** Whether two dates (either may be {@code null}) can be the date of one event. */
    public static boolean compatible(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank() || a.equals(b)) return true;
        Interval x = interval(a), y = interval(b);
        if (x.from == null || y.from == null) return false;
        return !x.from.minusDays(SLACK_DAYS).isAfter(y.to) && !y.from.minusDays(SLACK_DAYS).isAfter(x.to);
    }

    /** Days covered by a date (1 for a day); {@link Long#MAX_VALUE} for a value that is not a date. */
    static long span(String date) { return interval(date).days(); }
}
