package org.summitoutcomes.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * The ISO 3166-1 alpha-3 codes of the states in {@code gazetteers/countries.tsv} and
 * {@code gazetteers/former-states.tsv} (first column of each), read without any tokenizer.
 */
public final class CountryCodes {
    private static volatile Set<String> standard;

    private CountryCodes() {}

    /** The bundled codes, loaded once (an unmodifiable set). @throws DataFileException on a bad row */
    public static Set<String> standard() {
        Set<String> s = standard;
        if (s == null) {
            synchronized (CountryCodes.class) {
                if (standard == null) standard = load();
                s = standard;
            }
        }
        return s;
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>();
        DataFile.each("gazetteers/countries.tsv", r -> codes.add(r[0]));
        DataFile.each("gazetteers/former-states.tsv", r -> codes.add(r[0]));
        return Set.copyOf(codes);
    }
}
