package org.summitoutcomes.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summits an article can name by ordinal ("the second China-Central Asia Summit"), with their date and
 * place from {@code gazetteers/summits.tsv}: the reference date of undated articles and the implied date
 * and place of outcomes.
 */
public final class Summits {
    /** One summit of a series. */
    public record Summit(String series, int ordinal, String date, String place, String host, List<String> participants) {
        /** The last day of the summit, for resolving relative dates. */
        public String lastDay() { return date.contains("/") ? date.substring(date.indexOf('/') + 1) : date; }
    }

    /** A summit named in the text at a UTF-16 index. */
    public record Reference(int charIndex, Summit summit) {}

    /** ordinal word → number ({@code lexicons/ordinals.tsv}: "first" → 1) */
    private final Map<String, Integer> ordinalWords;
    /** "the second China-Central Asia Summit": an ordinal, up to five name words, "summit" */
    private final Pattern namedSummit;
    private final Map<String, Summit> byKey = new HashMap<>();
    private final Gazetteers gazetteers;

    /** {@code gazetteers}: gives a series' canonical name ("China-Central Asia Summit") for the name as written. */
    /** @param ordinals ordinal word (lower case) → number, in the order they are tried */
    public Summits(List<Summit> summits, Gazetteers gazetteers, Map<String, Integer> ordinals) {
        for (Summit s : summits) byKey.put(s.series() + "#" + s.ordinal(), s);
        this.gazetteers = gazetteers;
        this.ordinalWords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ordinals));
        this.namedSummit = Pattern.compile("(?i)\\b(" + String.join("|", ordinalWords.keySet().stream().map(Pattern::quote).toList())
                + ")\\s+((?:[\\p{L}'’]+\\s*[-–—]?\\s*){1,5}?)summit\\b");
    }

    /** Reads {@code gazetteers/summits.tsv} and the lexicons' {@code ordinals.tsv}. @throws DataFileException on a bad row */
    static Summits load(Gazetteers gazetteers, Lexicons lexicons) {
        List<Summit> summits = new ArrayList<>();
        DataFile.each("gazetteers/summits.tsv", r ->
                summits.add(new Summit(r[0], Integer.parseInt(r[1]), r[2], r[3], r[4], List.of(r[5].split(" ")))));
        return new Summits(summits, gazetteers, ordinals(lexicons));
    }

    private static Map<String, Integer> ordinals(Lexicons lexicons) {
        Map<String, Integer> ordinals = new LinkedHashMap<>();
        lexicons.each("lexicons/ordinals.tsv", r -> ordinals.put(r[0], Integer.parseInt(r[1])));
        return ordinals;
    }

    /** The summit of a series by its ordinal word ("inaugural", "second"), or null. */
    public Summit byOrdinal(String series, String ordinal) {
        Integer n = ordinalWords.get(ordinal.toLowerCase(Locale.ROOT));
        return n == null ? null : byKey.get(series + "#" + n);
    }

    /** Every summit the text names by ordinal and series, in text order. */
    public List<Reference> references(String text) {
        List<Reference> out = new ArrayList<>();
        Matcher m = namedSummit.matcher(text);
        while (m.find()) {
            String series = gazetteers.canonicalName(m.group(2).strip() + " Summit");
            if (series == null) continue;
            Summit s = byKey.get(series + "#" + ordinalWords.get(m.group(1).toLowerCase(Locale.ROOT)));
            if (s != null) out.add(new Reference(m.start(), s));
        }
        return out;
    }

    /**
     * The summit the article reports: the one named most often; on a tie the latest not after the
     * publication date (or the latest, when there is none). Null when the text names none.
     */
    public Summit main(String text, String published) {
        Map<Summit, Integer> counts = new LinkedHashMap<>();
        for (Reference r : references(text)) counts.merge(r.summit(), 1, Integer::sum);
        return counts.entrySet().stream()
                .filter(e -> published == null || e.getKey().date().substring(0, 10).compareTo(published) <= 0)
                .max(Comparator.<Map.Entry<Summit, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey().date()))
                .map(Map.Entry::getKey).orElse(null);
    }
}
