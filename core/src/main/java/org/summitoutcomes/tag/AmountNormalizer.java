package org.summitoutcomes.tag;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.lexicon.DataFile;

/**
 * Normalizes MONEY ("USD 94800000000") and QUANTITY ("16400 trains", "14 %") mentions from their tokens,
 * with the currency names, scale words and qualifiers it is given ({@link #standard()}: the bundled
 * {@code lexicons/currencies.tsv}, {@code scales.tsv}, {@code qualifiers.tsv}).
 */
public final class AmountNormalizer {
    private final Map<String, String> currencies;
    private final Map<String, BigDecimal> scales;
    private final Map<String, String> qualifiers;

    /**
     * @param currencies lower-case currency word or symbol → ISO 4217 code ("dollars" → "USD")
     * @param scales     lower-case scale word or suffix → multiplier ("billion" → 1e9, "bn" → 1e9)
     * @param qualifiers lower-case phrase of one to three words → qualifier ("more than" → "more_than")
     */
    public AmountNormalizer(Map<String, String> currencies, Map<String, BigDecimal> scales, Map<String, String> qualifiers) {
        this.currencies = Map.copyOf(currencies);
        this.scales = Map.copyOf(scales);
        this.qualifiers = Map.copyOf(qualifiers);
    }

    /** The normalizer of the bundled lexicons, loaded once on first use. @throws org.summitoutcomes.lexicon.DataFileException on a bad row */
    public static AmountNormalizer standard() { return Standard.INSTANCE; }

    private static final class Standard {
        static final AmountNormalizer INSTANCE = load();

        private static AmountNormalizer load() {
            Map<String, String> currencies = new HashMap<>();
            Map<String, BigDecimal> scales = new HashMap<>();
            Map<String, String> qualifiers = new HashMap<>();
            DataFile.each("lexicons/currencies.tsv", r -> currencies.put(r[0].toLowerCase(Locale.ROOT), r[1]));
            DataFile.each("lexicons/scales.tsv", r -> scales.put(r[0].toLowerCase(Locale.ROOT), new BigDecimal(r[1])));
            DataFile.each("lexicons/qualifiers.tsv", r -> qualifiers.put(r[0], r[1]));
            return new AmountNormalizer(currencies, scales, qualifiers);
        }
    }

    /** "USD 94800000000", or null when no currency or number is found. */
    public String money(List<String> words) {
        String currency = null;
        BigDecimal amount = null;
        BigDecimal scale = BigDecimal.ONE;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (currency == null && currencies.containsKey(lower)) {
                currency = currencies.get(lower);
            } else if (amount == null && lower.matches("\\d[\\d,]*(\\.\\d+)?[a-z]*")) {
                String digits = lower.replaceAll("[a-z]+$", "");
                String suffix = lower.substring(digits.length());
                amount = number(digits);
                if (!suffix.isEmpty() && scales.containsKey(suffix)) scale = scales.get(suffix);
            } else if (amount != null && scales.containsKey(lower)) {
                scale = scales.get(lower);
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
    public String quantity(List<String> words) {
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
            } else if (amount != null && scales.containsKey(lower) && unit.length() == 0) {
                scale = scales.get(lower);
            } else if (amount != null) {
                String u = lower.equals("percent") || lower.equals("%") ? "%" : lower.equals("per") ? "%" : lower.equals("cent") ? "" : w;
                if (!u.isEmpty()) unit.append(unit.length() > 0 ? " " : "").append(u);
            }
        }
        if (amount == null) return null;
        return plain(amount.multiply(scale)) + (unit.length() > 0 ? " " + unit : "");
    }

    /** The qualifier of the tokens before an amount ("more than"), or null. */
    public String qualifier(List<String> wordsBefore) {
        for (int n = 3; n >= 1; n--) {
            if (wordsBefore.size() < n) continue;
            String phrase = String.join(" ", wordsBefore.subList(wordsBefore.size() - n, wordsBefore.size())).toLowerCase(Locale.ROOT);
            if (qualifiers.containsKey(phrase)) return qualifiers.get(phrase);
        }
        return null;
    }

    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }
}
