package org.summitoutcomes.consolidate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Party lists as sets of states ({@code lexicons/group-members.tsv}): a group's acronym stands for its members, so
 * {@code [ASEAN]} and the ten member states are the same set. Two party lists are compatible when one set contains
 * the other.
 */
public final class PartySets {
    private static final org.summitoutcomes.nlp.Lazy<PartySets> STANDARD = new org.summitoutcomes.nlp.Lazy<>(() -> new PartySets(Lexicon.rows("lexicons/group-members.tsv", 2)));
    private final Map<String, List<String>> members = new HashMap<>();

    /** A table of rows {acronym, space-separated ISO-3 members}. */
    public PartySets(List<String[]> table) {
        for (String[] r : table) members.put(r[0], List.of(r[1].trim().split("\\s+")));
    }

    /** The table in {@code lexicons/group-members.tsv}, read once. */
    public static PartySets standard() {
        return STANDARD.get();
    }

    /** Whether a party code is a group with known members. */
    public boolean isGroup(String party) { return members.containsKey(party); }

    /** The parties with every group replaced by its members, sorted. */
    public Set<String> expand(List<String> parties) {
        Set<String> out = new TreeSet<>();
        for (String p : parties) out.addAll(members.getOrDefault(p, List.of(p)));
        return out;
    }

    /** Whether two expanded sets are compatible: both non-empty and one contains the other. */
    public static boolean compatible(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
    }
}
