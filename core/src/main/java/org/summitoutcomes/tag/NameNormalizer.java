package org.summitoutcomes.tag;

import java.util.Locale;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.lexicon.Gazetteer;
import org.summitoutcomes.lexicon.Gazetteers;
import org.summitoutcomes.model.EntityType;

/** Canonical form of names (guidelines: "Normalized form of names"). */
public final class NameNormalizer {
    private final Gazetteers gazetteers;
    /** words kept lower case inside a title ({@code lexicons/title-small-words.txt}: of, and, the …) */
    private final java.util.Set<String> smallWords;

    /** @param gazetteers canonical names and known organizations; @param smallWords words kept lower case inside a title */
    NameNormalizer(Gazetteers gazetteers, java.util.Set<String> smallWords) {
        this.gazetteers = gazetteers;
        this.smallWords = java.util.Set.copyOf(smallWords);
    }

    /** From the lexicons' gazetteers and {@code title-small-words.txt}. */
    static NameNormalizer of(Lexicons lexicons) {
        return new NameNormalizer(lexicons.gazetteers(), lexicons.words("lexicons/title-small-words.txt"));
    }

    public String canonical(EntityType type, String surface) {
        String known = gazetteers.canonicalName(surface);
        if (known != null) return known;
        String s = surface.replace('’', '\'').replace('‘', '\'').replaceAll("[\"“”«»]", "")
                .replaceAll("\\s*[–—]\\s*", "-").replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("(?i)^(the|a|an) ", "");
        s = withOrganizationAcronym(s);
        String[] words = s.split(" ");
        if (type == EntityType.CENTER) words[words.length - 1] = singularHead(words[words.length - 1]);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) out.append(' ');
            String w = words[i];
            if (i > 0 && smallWords.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(capitalizeParts(w));
            }
        }
        return out.toString();
    }

    /**
     * "Council of Heads of State of the Commonwealth of Independent States" → "CIS Council of Heads of State": a name
     * that ends with "of (the) ORGANIZATION", where the organization has an acronym, puts the acronym first.
     */
    String withOrganizationAcronym(String s) {
        int at = s.indexOf(" of ");
        while (at > 0) {
            String rest = s.substring(at + 4).replaceFirst("^(?i)the ", "");
            Gazetteer.Entry known = gazetteers.named("ORGANIZATION", org.summitoutcomes.nlp.CoreNlp.words(rest));
            if (known != null && known.normalized().matches("[A-Z][A-Z0-9&-]{1,9}") && !rest.equals(known.normalized())) {
                return known.normalized() + " " + s.substring(0, at);
            }
            at = s.indexOf(" of ", at + 4);
        }
        return s;
    }

    private static String capitalizeParts(String w) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return b.toString();
    }

    static String singularHead(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        String base = w;
        if (lower.endsWith("centres") || lower.endsWith("centers") || lower.endsWith("platforms")
                || lower.endsWith("workshops") || lower.endsWith("institutes") || lower.endsWith("councils")
                || lower.endsWith("alliances") || lower.endsWith("hubs") || lower.endsWith("parks") || lower.endsWith("funds")
                || lower.endsWith("banks") || lower.endsWith("secretariats")) {
            base = w.substring(0, w.length() - 1);
        }
        if (base.equalsIgnoreCase("centre")) base = "Center";
        return base;
    }
}
