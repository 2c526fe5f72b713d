package org.summitoutcomes.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitoutcomes.nlp.CoreNlp;

/**
 * The project's gazetteers, loaded once: countries (names, aliases, demonyms), leaders (full names,
 * variants, surnames), organizations, locations and canonical names of summit outcomes.
 */
public final class Gazetteers {
    private final Gazetteer gazetteer = new Gazetteer(CoreNlp::words);
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, List<Gazetteer.Entry>> leadersByCanonical = new HashMap<>();
    private final Map<String, String> nameAliases = new HashMap<>();
    private final java.util.Set<String> cities = new java.util.HashSet<>();
    private final Map<String, String> cityCountry = new HashMap<>();
    private final java.util.Set<String> countryWords = new java.util.HashSet<>();

    /** Surname-first naming order (the family name is the first token). */
    /** {@code lexicons/name-particles.txt}, loaded once ({@link Lexicons#standard()}). */
    private static java.util.Set<String> nameParticles() { return Lexicons.standard().words("lexicons/name-particles.txt"); }
    private static final Set<String> SURNAME_FIRST = Set.of("CHN", "TWN", "KOR", "PRK", "VNM");

    /** The bundled gazetteers, shared by the process ({@link Lexicons#standard()}). */
    public static Gazetteers get() {
        return Lexicons.standard().gazetteers();
    }

    /** Reads the bundled gazetteer files. @throws DataFileException on a bad row */
    public static Gazetteers load() {
        return new Gazetteers();
    }

    private Gazetteers() {
        DataFile.each("gazetteers/countries.tsv", r -> {
            String iso = r[0];
            Map<String, String> attrs = r[1].equals("-") ? Map.of() : Map.of("wikidata", r[1]);
            countryNames.put(iso, r[2]);
            Gazetteer.Entry e = new Gazetteer.Entry("COUNTRY", iso, attrs, "gaz-country");
            gazetteer.add(r[2], e);
            for (String a : values(r, 3)) gazetteer.add(a, e);
            Gazetteer.Entry d = new Gazetteer.Entry("DEMONYM", iso, attrs, "gaz-demonym");
            for (String a : values(r, 4)) gazetteer.add(a, d);
            for (int c = 2; c <= 4; c++) for (String a : values(r, c)) countryWords.addAll(CoreNlp.words(a));
        });
        DataFile.each("gazetteers/former-states.tsv", r -> {
            Gazetteer.Entry e = new Gazetteer.Entry("COUNTRY", r[0], Map.of(), "gaz-former-state");
            countryNames.put(r[0], r[1]);
            gazetteer.add(r[1], e);
            for (String a : values(r, 2)) gazetteer.add(a, e);
        });
        DataFile.each("gazetteers/leaders.tsv", r -> {
            String canonical = r[0];
            Map<String, String> attrs = new HashMap<>();
            attrs.put("country", r[1]);
            attrs.put("role", r[2]);
            attrs.put("term_start", r[3]);
            attrs.put("term_end", r[4]);
            Gazetteer.Entry full = new Gazetteer.Entry("LEADER", canonical, attrs, "gaz-leader");
            leadersByCanonical.computeIfAbsent(canonical, k -> new ArrayList<>()).add(full);
            Gazetteer.Entry surname = new Gazetteer.Entry("SURNAME", canonical, attrs, "gaz-leader-surname");
            List<String> forms = new ArrayList<>(List.of(canonical));
            forms.addAll(values(r, 6));
            for (String form : forms) {
                List<String> words = CoreNlp.words(form);
                if (words.size() > 1) {
                    gazetteer.add(form, full);
                    // patronymic names ("Tamim bin Hamad Al Thani") have no surname to stand alone
                    if (words.stream().noneMatch(w -> nameParticles().contains(w))) {
                        String sur = SURNAME_FIRST.contains(r[1]) ? words.get(0) : surnameOf(words);
                        gazetteer.add(sur, surname);
                    }
                } else {
                    gazetteer.add(form, surname);
                }
            }
        });
        DataFile.each("gazetteers/organizations.tsv", r -> {
            String norm = r[0].equals("-") ? r[1] : r[0];
            Gazetteer.Entry e = new Gazetteer.Entry("ORGANIZATION", norm, Map.of(), "gaz-organization");
            if (!r[0].equals("-")) gazetteer.add(r[0], e);
            gazetteer.add(r[1], e);
            for (String a : values(r, 2)) gazetteer.add(a, e);
        });
        DataFile.each("gazetteers/locations.tsv", r -> {
            Gazetteer.Entry e = new Gazetteer.Entry("LOCATION", r[0], Map.of("kind", r[1]), "gaz-location");
            if (r[1].equals("city")) cities.add(r[0]);
            if (r[1].equals("city") && !r[2].equals("-")) {
                cityCountry.put(r[0], r[2]);
                for (String a : values(r, 3)) cityCountry.put(a, r[2]);
            }
            gazetteer.add(r[0], e);
            for (String a : values(r, 3)) gazetteer.add(a, e);
        });
        DataFile.each("gazetteers/territories.tsv", r -> {
            Gazetteer.Entry e = new Gazetteer.Entry("LOCATION", r[1], Map.of("kind", "territory"), "gaz-territory");
            gazetteer.add(r[1], e);
            for (String a : values(r, 2)) gazetteer.add(a, e);
        });
        DataFile.each("gazetteers/names.tsv", r -> {
            Gazetteer.Entry e = new Gazetteer.Entry(r[0], r[1], Map.of(), "gaz-name");
            gazetteer.add(r[1], e);
            for (String a : values(r, 2)) {
                gazetteer.add(a, e);
                nameAliases.put(aliasKey(a), r[1]);
            }
            nameAliases.put(aliasKey(r[1]), r[1]);
        });
    }

    /** "Kassym-Jomart Tokayev" → "Tokayev"; particles such as "bin" are skipped. */
    private static String surnameOf(List<String> words) {
        return words.get(words.size() - 1);
    }

    private static List<String> values(String[] row, int col) {
        if (row.length <= col || row[col].isBlank() || row[col].equals("-")) return List.of();
        List<String> out = new ArrayList<>();
        for (String v : row[col].split("\\|")) if (!v.isBlank()) out.add(v.strip());
        return out;
    }

    static String aliasKey(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\"“”‘’'«»]", "").replaceAll("\\s*[-–—]\\s*", "-").replaceAll("\\s+", " ").strip();
    }

    public Gazetteer gazetteer() { return gazetteer; }

    /** The canonical name for a known alias of a summit outcome, or null. */
    public String canonicalName(String surface) { return nameAliases.get(aliasKey(surface)); }

    /** Whether a normalized LOCATION is a city (a place where a summit or signing happens). */
    public boolean isCity(String location) { return cities.contains(location); }

    /** The ISO-3 country of a city listed in locations.tsv (by name or alias), as an unmodifiable map. */
    public Map<String, String> cityCountries() { return java.util.Collections.unmodifiableMap(cityCountry); }

    /** Whether a token is a word of some state's name, alias or demonym ("Korea", "Kazakh"). */
    public boolean isCountryWord(String word) { return countryWords.contains(word); }

    public boolean isCountryCode(String code) { return countryNames.containsKey(code); }

    /** The entry of the given type whose surface (in any listed spelling) is exactly these words, or null. */
    public Gazetteer.Entry named(String type, List<String> words) {
        for (Gazetteer.Match m : gazetteer.matches(words)) {
            if (m.from() != 0 || m.to() != words.size()) continue;
            for (Gazetteer.Entry e : m.entries()) if (e.type().equals(type)) return e;
        }
        return null;
    }

    public List<Gazetteer.Entry> leader(String canonical) { return leadersByCanonical.getOrDefault(canonical, List.of()); }
}
