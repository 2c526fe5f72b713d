package org.summitoutcomes.tag;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.lexicon.DataFile;

/** Normalizes MONEY ("USD 94800000000") and QUANTITY ("16400 trains", "14 %") mentions from their tokens. */
public final class AmountNormalizer {
    private static final Map<String, String> CURRENCIES = new HashMap<>();
    private static final Map<String, BigDecimal> SCALES = new HashMap<>();
    private static final Map<String, String> QUALIFIERS = new HashMap<>();

    static {
        DataFile.each("lexicons/currencies.tsv", r -> CURRENCIES.put(r[0].toLowerCase(Locale.ROOT), r[1]));
        DataFile.each("lexicons/scales.tsv", r -> SCALES.put(r[0].toLowerCase(Locale.ROOT), new BigDecimal(r[1])));
        DataFile.each("lexicons/qualifiers.tsv", r -> QUALIFIERS.put(r[0], r[1]));
    }

    private AmountNormalizer() {}

    /** "USD 94800000000", or null when no currency or number is found. */
    public static String money(List<String> words) {
        String currency = null;
        BigDecimal amount = null;
        BigDecimal scale = BigDecimal.ONE;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (currency == null && CURRENCIES.containsKey(lower)) {
                currency = CURRENCIES.get(lower);
            } else if (amount == null && lower.matches("\\d[\\d,]*(\\.\\d+)?[a-z]*")) {
                String digits = lower.replaceAll("[a-z]+$", "");
                String suffix = lower.substring(digits.length());
                amount = number(digits);
                if (!suffix.isEmpty() && SCALES.containsKey(suffix)) scale = SCALES.get(suffix);
            } else if (amount != null && SCALES.containsKey(lower)) {
                scale = SCALES.get(lower);
            }
        }
        if (currency == null || amount == null) return null;
        return currency + " " + plain(amount.multiply(scale));
    }

    /**
     * A number as written: commas group thousands ("16,400"), except a single comma followed by one or two
     * digits, which is a decimal comma ("2,3 trillion" = 2.3 trillion).
     */
    static BigDecimal number(String digits) {
        if (digits.matches("\\d+,\\d{1,2}")) return new BigDecimal(digits.replace(',', '.'));
        return new BigDecimal(digits.replace(",", ""));
    }

    /** "16400 trains", "14 %"; null when there is no number. */
    public static String quantity(List<String> words) {
        BigDecimal amount = null;
        BigDecimal scale = BigDecimal.ONE;
        StringBuilder unit = new StringBuilder();
        StringBuilder digits = new StringBuilder();
        int i = 0;
        while (i < words.size() && (digits.length() == 0 ? words.get(i).matches("\\d{1,3}") && i + 1 < words.size() && words.get(i + 1).matches("\\d{3}([.,]\\d+)?")
                : words.get(i).matches("\\d{3}([.,]\\d+)?"))) {
            digits.append(words.get(i++)); // "16 400": groups split by a space or no-break space
        }
        if (digits.length() > 0) amount = number(digits.toString());
        for (String w : words.subList(i, words.size())) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.matches("\\d{1,3}([ \u00A0\u202F\u2009]\\d{3})+([.,]\\d+)?")) lower = lower.replaceAll("[ \u00A0\u202F\u2009]", "");
            if (amount == null && lower.matches("\\d[\\d,]*(\\.\\d+)?")) {
                amount = number(lower);
            } else if (amount != null && SCALES.containsKey(lower) && unit.length() == 0) {
                scale = SCALES.get(lower);
            } else if (amount != null) {
                String u = lower.equals("percent") || lower.equals("%") ? "%" : lower.equals("per") ? "%" : lower.equals("cent") ? "" : w;
                if (!u.isEmpty()) unit.append(unit.length() > 0 ? " " : "").append(u);
            }
        }
        if (amount == null) return null;
        return plain(amount.multiply(scale)) + (unit.length() > 0 ? " " + unit : "");
    }

    /** The qualifier of the tokens before an amount ("more than"), or null. */
    public static String qualifier(List<String> wordsBefore) {
        for (int n = 3; n >= 1; n--) {
            if (wordsBefore.size() < n) continue;
            String phrase = String.join(" ", wordsBefore.subList(wordsBefore.size() - n, wordsBefore.size())).toLowerCase(Locale.ROOT);
            if (QUALIFIERS.containsKey(phrase)) return QUALIFIERS.get(phrase);
        }
        return null;
    }

    /** Length in tokens of the qualifier before an amount (0 when none). */
    public static int qualifierLength(List<String> wordsBefore) {
        for (int n = 3; n >= 1; n--) {
            if (wordsBefore.size() < n) continue;
            String phrase = String.join(" ", wordsBefore.subList(wordsBefore.size() - n, wordsBefore.size())).toLowerCase(Locale.ROOT);
            if (QUALIFIERS.containsKey(phrase)) return n;
        }
        return 0;
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }
}
