package org.summitoutcomes.consolidate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * The key of an object for consolidation: lower case, accents and punctuation dropped, the words of
 * {@code lexicons/object-stopwords.txt} left out ("the Astana Declaration" → {@code astana declaration}).
 * {@link #stems} gives the word stems (first {@link #STEM} letters) that near-identical matching compares.
 */
public final class ObjectKey {
    /** Letters kept of each word for near-identical matching ("friendly", "friendship" → {@code frien}). */
    public static final int STEM = 5;
    /** The bundled stopwords of object keys. */
    public static final String STOPWORDS = "lexicons/object-stopwords.txt";

    private ObjectKey() {}

    /** The words of an object's key, in order, without the bundled stopwords ({@link Lexicons#standard()}). */
    public static List<String> words(String object) {
        return words(object, Lexicons.standard().words(STOPWORDS));
    }

    /** The words of an object's key, in order, without the given stopwords (lower case). */
    public static List<String> words(String object, Set<String> stopwords) {
        if (object == null) return List.of();
        String s = Normalizer.normalize(object, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !stopwords.contains(w)) out.add(w);
        }
        return out;
    }

    /** The key: the words joined by one space; empty for an empty object. */
    public static String of(String object) { return String.join(" ", words(object)); }

    /** The sorted stems of a key's words. */
    public static Set<String> stems(String key) {
        Set<String> out = new TreeSet<>();
        for (String w : key.split(" ")) if (!w.isEmpty()) out.add(w.length() > STEM ? w.substring(0, STEM) : w);
        return out;
    }
}
