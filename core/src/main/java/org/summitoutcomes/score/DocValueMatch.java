package org.summitoutcomes.score;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * The matching tests of the document-level scorer, written to give the same answers as
 * {@code ../shared/tools/score-doclevel.py} (functions {@code words}, {@code jaccard}, {@code money_key},
 * {@code same_value}): content words are lower-cased ASCII letters and digits without the stop words of
 * {@code lexicons/doclevel-stopwords.txt}; names match on Jaccard &ge; 0.5 or equal strings; MONEY on
 * currency and an amount within 0.5 % of the gold amount; QUANTITY on its first number; COUNTRY and DATE
 * on the case-insensitive string. All methods take {@code null} as the empty string and never throw.
 */
public final class DocValueMatch {
    /** Entity types compared as names (content-word Jaccard). */
    public static final Set<String> NAME_TYPES = Set.of("LEADER", "PERSON", "CENTER", "MECHANISM", "DOCUMENT", "INITIATIVE",
            "ORGANIZATION", "LOCATION");
    /** Smallest content-word Jaccard at which two names, or two relation objects, match. */
    public static final double MIN_JACCARD = 0.5;
    /** Largest relative difference (of the gold amount) at which two MONEY values match. */
    public static final double MONEY_TOLERANCE = 0.005;

    /** {@code lexicons/doclevel-stopwords.txt}, loaded once ({@link Lexicons#standard()}). */
    private static Set<String> stopwords() { return Lexicons.standard().words("lexicons/doclevel-stopwords.txt"); }
    private static final Pattern NOT_WORD = Pattern.compile("[^0-9a-z]+");
    private static final Pattern MONEY = Pattern.compile("\\s*[<>~]?\\s*([A-Za-z]{3})\\s+([0-9.eE+]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*");

    private DocValueMatch() {}

    /** Content words: lower-cased, split on anything but ASCII letters and digits, stop words dropped. */
    public static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(s == null ? "" : s.toLowerCase(Locale.ROOT))) if (!w.isEmpty() && !stopwords().contains(w)) out.add(w);
        return out;
    }

    /** Jaccard similarity (0–1) of the content words of two texts; 0 when either has none. */
    public static double jaccard(String a, String b) {
        Set<String> x = words(a), y = words(b);
        if (x.isEmpty() || y.isEmpty()) return 0.0;
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    /** A MONEY value's currency (upper case) and amount, or {@code null} when it does not start with "CUR amount". */
    public static Amount money(String v) {
        Matcher m = MONEY.matcher(v == null ? "" : v);
        if (!m.lookingAt()) return null;
        try {
            return new Amount(m.group(1).toUpperCase(Locale.ROOT), Double.parseDouble(m.group(2)));
        } catch (NumberFormatException e) {
            return null; // the Python scorer stops with an error here; no gold value is of this form
        }
    }

    /** A currency code and an amount in its units. */
    public record Amount(String currency, double value) {}

    /**
     * Whether a gold value and a predicted value of entity type {@code type} are the same value. Not
     * symmetric for MONEY: the tolerance is a share of the first (gold) amount.
     */
    public static boolean sameValue(String type, String gold, String pred) {
        if (NAME_TYPES.contains(type)) {
            return jaccard(gold, pred) >= MIN_JACCARD || strip(gold).toLowerCase(Locale.ROOT).equals(strip(pred).toLowerCase(Locale.ROOT));
        }
        if (type.equals("MONEY")) {
            Amount a = money(gold), b = money(pred);
            return a != null && b != null && a.currency().equals(b.currency())
                    && Math.abs(a.value() - b.value()) <= MONEY_TOLERANCE * Math.max(Math.abs(a.value()), 1);
        }
        if (type.equals("QUANTITY")) {
            String x = firstNumber(gold), y = firstNumber(pred);
            return x != null && y != null && x.equals(y);
        }
        return strip(gold).toUpperCase(Locale.ROOT).equals(strip(pred).toUpperCase(Locale.ROOT));
    }

    /** Values of one type with later duplicates (by {@link #sameValue}) dropped, first occurrence kept. */
    public static List<String> distinct(String type, List<String> values) {
        List<String> out = new java.util.ArrayList<>();
        for (String v : values) if (v != null && out.stream().noneMatch(o -> sameValue(type, v, o))) out.add(v);
        return List.copyOf(out);
    }

    private static String firstNumber(String s) {
        Matcher m = NUMBER.matcher(s == null ? "" : s);
        return m.find() ? m.group().replace(",", "") : null;
    }

    /** Strips white space as Python's {@code str.strip()} does (including no-break spaces). */
    static String strip(String s) {
        if (s == null) return "";
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
