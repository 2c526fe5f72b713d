package org.summitoutcomes.tag;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a sentence may hold a number, ordinal, money, percent, date, time, duration or set expression, so
 * that CoreNLP's numeric classifiers and SUTime (about half of all NER time) run only where they can find
 * something. A sentence qualifies when a token bears a digit or a currency sign, is tagged CD, or is (or has a
 * hyphen-part that is) a word of {@code lexicons/numeric-triggers.tsv}. Errs on the side of running them.
 */
public final class NumericTriggers {
    /** word → required POS tag prefix ("" for none). */
    private final Map<String, String> words;

    /** @param words word (lower case) → the POS tag prefix it needs ("" for none) */
    public NumericTriggers(Map<String, String> words) { this.words = Map.copyOf(words); }

    /** The words of {@code lexicons/numeric-triggers.tsv} as the lexicons hold it. @throws org.summitoutcomes.lexicon.DataFileException on a bad row */
    public static NumericTriggers of(org.summitoutcomes.lexicon.Lexicons lexicons) {
        Map<String, String> words = new HashMap<>();
        lexicons.each("lexicons/numeric-triggers.tsv", r -> words.put(r[0], r.length > 1 ? r[1] : ""));
        return new NumericTriggers(words);
    }

    public boolean mayHoldNumericExpression(List<CoreLabel> sentence) {
        for (CoreLabel l : sentence) if (triggers(l.word(), l.tag())) return true;
        return false;
    }

    boolean triggers(String word, String tag) {
        if ("CD".equals(tag)) return true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (listed(w, tag) || w.endsWith(".") && listed(w.substring(0, w.length() - 1), tag)) return true;
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) if (listed(part, tag)) return true;
        }
        return false;
    }

    private boolean listed(String w, String tag) {
        String needs = words.get(w);
        return needs != null && (needs.isEmpty() || tag != null && tag.startsWith(needs));
    }
}
