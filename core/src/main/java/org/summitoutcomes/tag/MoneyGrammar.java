package org.summitoutcomes.tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * The one amount grammar for MONEY, run over a sentence's text: a currency (ISO 4217 code, symbol, prefixed dollar,
 * or name) before or after a number (or a spelled-out number before a scale word: "ten billion euros"), with an optional scale word or abbreviation ("bn", "trln", "crore", glued "m").
 * Numbers may group thousands with commas, dots, spaces, no-break spaces or apostrophes and use a decimal comma or
 * point. Currencies come from {@code lexicons/currencies.tsv} (the project's table, which wins),
 * {@code lexicons/currency-symbols.tsv} (every state's symbols and names) and {@link Currency}'s codes.
 */
public final class MoneyGrammar {
    /** An amount found at chars {@code [start, end)} of the text: "USD 94800000000", or the text itself when it overflows. */
    public record Hit(int start, int end, String normalized, boolean overflow) {}

    /** A state named at char {@code position} of the text (for symbols shared by several currencies). */
    public record StateAt(int position, String iso3) {}

    /** Amounts at or above this are kept as written (no plausible amount of money has 19 integer digits). */
    private static final BigDecimal LIMIT = new BigDecimal("1e18");
    private static final String SP = "[ \\u00A0\\u202F\\u2009]";
    private static final String NUM = "\\d{1,3}(?:(?:,|\\.|'|’|" + SP + ")\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?";

    private record Currency1(String code, boolean context) {}

    private final Map<String, Currency1> before = new HashMap<>();
    private final Map<String, Currency1> after = new HashMap<>();
    private final Map<String, Set<String>> sharedBy = new HashMap<>();
    private final Map<String, Set<String>> stateCurrencies = new HashMap<>();
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Map<String, BigDecimal> numberWords = new HashMap<>();
    private final Pattern pattern;

    /**
     * The grammar over the lexicons' currency, scale and number words ({@code lexicons/currencies.tsv}, {@code currency-symbols.tsv}, {@code currency-code-words.txt}, {@code state-currencies.tsv}, {@code scales.tsv}, {@code number-words.tsv}).
     * @throws org.summitoutcomes.lexicon.DataFileException on a bad row
     */
    public static MoneyGrammar of(Lexicons lexicons) { return new MoneyGrammar(lexicons); }

    private MoneyGrammar(Lexicons lexicons) {
        Set<String> codeWords = new HashSet<>(lexicons.lines("lexicons/currency-code-words.txt"));
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (codeWords.contains(code)) continue;
            before.put(code, new Currency1(code, false));
            after.put(code, new Currency1(code, false));
        }
        lexicons.each("lexicons/currency-symbols.tsv", r -> {
            Set<String> codes = new LinkedHashSet<>(List.of(r[2].split("\\|")));
            sharedBy.put(r[0], codes);
            String first = codes.iterator().next();
            if (r[1].equals("symbol")) {
                before.put(r[0], new Currency1(first, codes.size() > 1));
                if (r[0].codePoints().anyMatch(cp -> cp > 127 && Character.isLetter(cp))) after.put(r[0], new Currency1(first, codes.size() > 1));
            } else if (codes.size() == 1) {
                after.put(r[0].toLowerCase(Locale.ROOT), new Currency1(first, false));
                after.put(r[0].toLowerCase(Locale.ROOT) + "s", new Currency1(first, false));
            }
        });
        lexicons.each("lexicons/currencies.tsv", r -> {
            Currency1 c = new Currency1(r[1], r.length > 3 && r[3].equals("yes"));
            String key = isWord(r[0]) ? r[0].toLowerCase(Locale.ROOT) : r[0];
            if (!r[2].equals("after")) before.put(r[0], c);
            if (!r[2].equals("before")) after.put(key, c);
        });
        lexicons.each("lexicons/state-currencies.tsv", r -> stateCurrencies.put(r[0], Set.of(r[1].split("\\|"))));
        lexicons.each("lexicons/scales.tsv", r -> scales.put(r[0].toLowerCase(Locale.ROOT), new BigDecimal(r[1])));
        String scaleWords = alternation(scales.keySet().stream().filter(s -> s.length() > 1).toList());
        String glued = alternation(scales.keySet().stream().filter(s -> s.length() <= 2).toList());
        String scale = "(?:" + SP + "?(?i:" + scaleWords + ")(?![\\p{L}])|(?i:" + glued + ")(?![\\p{L}]))";
        String bef = alternation(new ArrayList<>(before.keySet()));
        String aft = alternation(new ArrayList<>(after.keySet()));
        lexicons.each("lexicons/number-words.tsv", r -> numberWords.put(r[0], new BigDecimal(r[1])));
        String words = alternation(new ArrayList<>(numberWords.keySet()));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?<cb>" + bef + ")" + SP + "?(?<n1>" + NUM + ")(?<s1>" + scale + ")?(?![\\p{N}])"
                + "|(?<![\\p{L}\\p{N}.,])(?<n2>" + NUM + ")(?<s2>" + scale + ")?" + SP + "?(?<ca>(?i:" + aft + "))(?![\\p{L}])"
                + "|(?<![\\p{L}])(?<n3>(?i:" + words + "))" + SP + "(?<s3>(?i:" + scaleWords + "))" + SP + "(?<cw>(?i:" + aft + "))(?![\\p{L}])");
    }

    private static boolean isWord(String s) { return s.codePoints().allMatch(cp -> Character.isLetter(cp) || cp == ' ' || cp == '.'); }

    private static String alternation(List<String> surfaces) {
        List<String> sorted = new ArrayList<>(surfaces);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder();
        for (String s : sorted) {
            if (b.length() > 0) b.append('|');
            b.append(Pattern.quote(s).replace(" ", "\\E" + SP + "\\Q"));
        }
        return b.toString();
    }

    /**
     * The amounts in {@code text}, left to right. {@code states} are the states named in the same sentence, by char
     * position; a symbol of several currencies takes the currency of the nearest state that uses one of them.
     * Unparseable numbers give no hit; nothing throws.
     */
    public List<Hit> find(String text, List<StateAt> states) {
        List<Hit> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean first = m.group("cb") != null;
            boolean spelled = m.group("n3") != null;
            String cur = first ? m.group("cb") : spelled ? m.group("cw") : m.group("ca");
            String num = first ? m.group("n1") : spelled ? m.group("n3") : m.group("n2");
            String sc = first ? m.group("s1") : spelled ? m.group("s3") : m.group("s2");
            Currency1 c = first ? before.get(cur) : after.get(after.containsKey(cur) ? cur : cur.toLowerCase(Locale.ROOT).replaceAll(SP, " "));
            if (c == null) continue;
            BigDecimal scale = sc == null ? BigDecimal.ONE : scales.get(sc.strip().replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT));
            BigDecimal amount = spelled ? numberWords.get(num.toLowerCase(Locale.ROOT).replaceAll(SP, " ")) : number(num, sc != null);
            if (amount == null || scale == null) continue;
            String code = c.context() ? fromContext(cur, c.code(), m.start(), states) : c.code();
            BigDecimal value = amount.multiply(scale);
            boolean overflow = value.abs().compareTo(LIMIT) >= 0;
            out.add(new Hit(m.start(), m.end(), overflow ? text.substring(m.start(), m.end()) : code + " " + AmountNormalizer.plain(value), overflow));
        }
        return out;
    }

    private String fromContext(String surface, String dflt, int at, List<StateAt> states) {
        Set<String> codes = new HashSet<>(sharedBy.getOrDefault(surface, Set.of()));
        codes.add(dflt);
        StateAt best = null;
        for (StateAt s : states) {
            Set<String> uses = stateCurrencies.getOrDefault(s.iso3(), Set.of());
            if (uses.stream().noneMatch(codes::contains)) continue;
            if (best == null || Math.abs(s.position() - at) < Math.abs(best.position() - at)) best = s;
        }
        if (best == null) return dflt;
        return stateCurrencies.get(best.iso3()).stream().filter(codes::contains).findFirst().orElse(dflt);
    }

    /**
     * A number as written: the last separator is the decimal mark when both kinds appear, or when it is followed by
     * one, two or more than three digits; a single dot or comma before exactly three digits groups thousands, except
     * a dot before a scale word ("1.500 billion"). Spaces and apostrophes always group. Null when unparseable.
     */
    static BigDecimal number(String s, boolean scaled) {
        String t = s.replaceAll("[ \\u00A0\\u202F\\u2009'’]", "");
        if (!t.matches("\\d+(?:[.,]\\d+)*")) return null;
        int lastDot = t.lastIndexOf('.');
        int lastComma = t.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        String digits;
        if (last < 0) {
            digits = t;
        } else {
            char mark = t.charAt(last);
            int after = t.length() - last - 1;
            boolean both = lastDot >= 0 && lastComma >= 0;
            boolean once = t.indexOf(mark) == last;
            boolean decimal = both || after != 3 || once && mark == '.' && scaled;
            String intPart = decimal ? t.substring(0, last) : t;
            digits = intPart.replaceAll("[.,]", "") + (decimal ? "." + t.substring(last + 1) : "");
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
