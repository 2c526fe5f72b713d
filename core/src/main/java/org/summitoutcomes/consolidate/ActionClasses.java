package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed list of actions ({@code lexicons/actions.tsv}): a record's free verb lemma, with its object, mapped
 * onto one closed action; {@code other} when the lemma is not listed.
 */
public final class ActionClasses {
    /** The closed action of a lemma that is not in the table. */
    public static final String OTHER = "other";
    private static final org.summitoutcomes.nlp.Lazy<ActionClasses> STANDARD = new org.summitoutcomes.nlp.Lazy<>(() -> new ActionClasses(Lexicon.rows("lexicons/actions.tsv", 3)));

    private record Row(String lemma, String objectWord, String action) {}

    private final List<Row> rows = new ArrayList<>();

    /** A table of rows {lemma, object word or "-", closed action}. */
    public ActionClasses(List<String[]> table) {
        for (String[] r : table) rows.add(new Row(r[0].toLowerCase(Locale.ROOT), r[1].equals("-") ? null : r[1].toLowerCase(Locale.ROOT), r[2]));
    }

    /** The table in {@code lexicons/actions.tsv}, read once. */
    public static ActionClasses standard() {
        return STANDARD.get();
    }

    /** The closed action of a lemma (case-insensitive) with its object (may be null). */
    public String classify(String lemma, String object) {
        if (lemma == null) return OTHER;
        String l = lemma.strip().toLowerCase(Locale.ROOT);
        String o = object == null ? "" : " " + object.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Row r : rows) {
            if (r.lemma.equals(l) && (r.objectWord == null || o.contains(" " + r.objectWord + " "))) return r.action;
        }
        return OTHER;
    }

    /** Every closed action, in table order, then {@link #OTHER}. */
    public List<String> values() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.action));
        out.add(OTHER);
        return List.copyOf(out);
    }
}
