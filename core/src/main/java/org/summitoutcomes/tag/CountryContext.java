package org.summitoutcomes.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.lexicon.Gazetteers;

/**
 * Decides whether a country name that is also a US state, a given name or a common noun
 * ({@code lexicons/country-ambiguity.tsv}) stands for the state in its context. Names not listed are
 * always the state; sub-national places and territories that contain a state's name ("New Mexico",
 * "American Samoa") never reach this class, because the gazetteer's longer match takes them.
 */
final class CountryContext {
    /** What a country-name match is in its context. */
    enum Reading { COUNTRY, PERSON, NONE }

    private static final Set<String> AFTER_PREPOSITION = Set.of("of", "in", "to", "from", "with", "and", "for", "by", "at");
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final Map<String, List<List<String>>> cues = new HashMap<>();
    private final Set<String> stateWords;
    private final Set<String> roles;
    private final Gazetteers gazetteers;

    /**
     * @param rows rows of the ambiguity table: form, class (us-state, given-name, common-noun), cues
     * @param stateWords lower-case words after which a name stays a state ("side", "president")
     * @param roles lower-case titles ("president", "prime minister")
     * @param gazetteers which words are country names
     * @throws IllegalArgumentException on an unknown class, naming the row
     */
    CountryContext(List<String[]> rows, Set<String> stateWords, Set<String> roles, Gazetteers gazetteers) {
        for (String[] r : rows) {
            if (!Set.of("us-state", "given-name", "common-noun").contains(r[1])) {
                throw new IllegalArgumentException("country-ambiguity.tsv: unknown class '" + r[1] + "' for " + r[0]);
            }
            classes.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
            if (!r[2].equals("-")) {
                List<List<String>> list = cues.computeIfAbsent(r[0], k -> new ArrayList<>());
                for (String cue : r[2].split("\\|")) list.add(List.of(cue.strip().toLowerCase(Locale.ROOT).split(" ")));
            }
        }
        this.stateWords = stateWords;
        this.roles = roles;
        this.gazetteers = gazetteers;
    }

    /**
     * The table of {@code lexicons/country-ambiguity.tsv}, with {@code roles.tsv} and {@code state-words.txt}, as the
     * given lexicons hold them. @throws org.summitoutcomes.lexicon.DataFileException on a bad row
     */
    static CountryContext of(Lexicons lexicons) {
        Set<String> roles = new HashSet<>();
        lexicons.each("lexicons/roles.tsv", r -> roles.add(r[0].toLowerCase(Locale.ROOT)));
        Set<String> stateWords = new HashSet<>(lexicons.lines("lexicons/state-words.txt"));
        return lexicons.table("lexicons/country-ambiguity.tsv", rows -> new CountryContext(rows, stateWords, roles, lexicons.gazetteers()));
    }

    /** How to read the one-token country name at {@code [from, to)} of {@code words}. */
    Reading read(List<String> words, int from, int to, Map<String, String> cityCountry, String iso) {
        String form = String.join(" ", words.subList(from, to));
        Set<String> cls = classes.get(form);
        if (cls == null) return Reading.COUNTRY;
        String prev = from > 0 ? words.get(from - 1) : null;
        String prev2 = from > 1 ? words.get(from - 2) : null;
        String next = to < words.size() ? words.get(to) : null;
        {
            for (List<String> cue : cues.getOrDefault(form, List.of())) {
                if (to + cue.size() <= words.size() && lower(words.subList(to, to + cue.size())).equals(cue)) return Reading.NONE;
            }
        }
        if (cls.contains("us-state")) {
            if (",".equals(prev) && prev2 != null && isCapitalized(prev2) && !iso.equals(cityCountry.get(prev2))) return Reading.NONE;
            if ("of".equals(prev) && prev2 != null && prev2.equalsIgnoreCase("state")) return Reading.NONE;
            if (next != null && (next.equalsIgnoreCase("state") || next.equalsIgnoreCase("governor"))) return Reading.NONE;
        }
        if (cls.contains("given-name")) {
            boolean afterPreposition = prev != null && AFTER_PREPOSITION.contains(prev.toLowerCase(Locale.ROOT));
            if (next != null && isNameWord(next) && !afterPreposition) return Reading.PERSON;
            if (prev != null && from > 1 && isNameWord(prev) && !roles.contains(prev.toLowerCase(Locale.ROOT))) return Reading.NONE;
        }
        return Reading.COUNTRY;
    }

    private boolean isNameWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return isCapitalized(w) && w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT)) && !stateWords.contains(lower)
                && !roles.contains(lower) && !gazetteers.isCountryWord(w) && !DateNormalizer.isCalendarWord(w)
                && !Set.of("The", "A", "An", "In", "On", "And", "But").contains(w);
    }

    private static boolean isCapitalized(String w) { return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)); }

    private static List<String> lower(List<String> ws) { return ws.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(); }
}
