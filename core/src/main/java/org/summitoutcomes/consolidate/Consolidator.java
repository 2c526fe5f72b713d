package org.summitoutcomes.consolidate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups the records of a batch into outcomes, in three steps that the CLI and the Spark job share:
 * <ol>
 * <li>{@link #blockKey}: records are blocked by type and object key (linear);</li>
 * <li>{@link #clusterBlock}: within a block, records whose party sets (groups expanded to members) nest and whose
 * dates agree are joined; records with no parties or no object stay alone ({@code unresolved});</li>
 * <li>{@link #finish}: clusters of the same type whose object keys are near-identical (IDF-weighted overlap of
 * word stems of at least {@link #NEAR}, candidates found through a stem index, stems shared by more than
 * {@link #MAX_POSTING} keys not used to find candidates) and whose parties and dates agree are joined, and each
 * cluster becomes an {@link Outcome} with an id that depends only on its content.</li>
 * </ol>
 * The result does not depend on the order of the records. Cost: O(n log n) in records, plus the square of the
 * number of distinct (party set, date) pairs within a block and of the candidates of a stem.
 */
public final class Consolidator {
    /** The weighted overlap at which two object keys are near-identical. */
    public static final double NEAR = 0.6;
    /** Stems shared by more keys than this do not propose candidate pairs. */
    public static final int MAX_POSTING = 50;

    private final PartySets parties;
    private final EventCodes codes;

    public Consolidator(PartySets parties, EventCodes codes) {
        this.parties = parties;
        this.codes = codes;
    }

    /** With the standard tables. */
    public static Consolidator standard() { return new Consolidator(PartySets.standard(), EventCodes.standard()); }

    /** Records that can report one outcome: the type and object key; an unresolved record gets a key of its own. */
    public static String blockKey(RecordRow r) {
        if (r.unresolved()) return "unresolved\t" + r.ref();
        return r.type() + "\t" + ObjectKey.of(r.objectName());
    }

    /** A set of records that report one outcome. */
    public record Cluster(List<RecordRow> members) implements Serializable {
        public Cluster {
            members = members.stream().sorted(Comparator.comparing(RecordRow::docId).thenComparing(RecordRow::relationId)).toList();
        }
    }

    /** All steps over a batch's records. */
    public List<Outcome> consolidate(Collection<RecordRow> rows) {
        Map<String, List<RecordRow>> blocks = rows.stream().collect(Collectors.groupingBy(Consolidator::blockKey, TreeMap::new, Collectors.toList()));
        List<Cluster> clusters = new ArrayList<>();
        for (List<RecordRow> block : blocks.values()) clusters.addAll(clusterBlock(block));
        return finish(clusters);
    }

    /** Step 2: the clusters of one block (records with one {@link #blockKey}). */
    public List<Cluster> clusterBlock(List<RecordRow> block) {
        List<Cluster> out = new ArrayList<>();
        Map<String, List<RecordRow>> bySignature = new TreeMap<>();
        Map<String, Set<String>> expanded = new HashMap<>();
        for (RecordRow r : block) {
            if (r.unresolved()) {
                out.add(new Cluster(List.of(r)));
                continue;
            }
            Set<String> set = parties.expand(r.parties());
            String sig = String.join(" ", set) + "\t" + (r.date() == null ? "" : r.date());
            bySignature.computeIfAbsent(sig, k -> new ArrayList<>()).add(r);
            expanded.put(sig, set);
        }
        List<String> sigs = new ArrayList<>(bySignature.keySet());
        UnionFind uf = new UnionFind(sigs.size());
        for (int i = 0; i < sigs.size(); i++) {
            for (int j = i + 1; j < sigs.size(); j++) {
                String di = date(sigs.get(i)), dj = date(sigs.get(j));
                if (PartySets.compatible(expanded.get(sigs.get(i)), expanded.get(sigs.get(j))) && EventDates.compatible(di, dj)) uf.union(i, j);
            }
        }
        for (List<Integer> group : uf.groups()) {
            List<RecordRow> members = new ArrayList<>();
            for (int i : group) members.addAll(bySignature.get(sigs.get(i)));
            out.add(new Cluster(members));
        }
        return out;
    }

    private static String date(String signature) {
        String d = signature.substring(signature.indexOf('\t') + 1);
        return d.isEmpty() ? null : d;
    }

    /** Step 3: joins near-identical clusters and makes the outcomes, sorted by date (undated last), then id. */
    public List<Outcome> finish(Collection<Cluster> input) {
        List<Cluster> clusters = new ArrayList<>(input);
        clusters.sort(Comparator.comparing((Cluster c) -> c.members().get(0).ref()));
        int n = clusters.size();
        String[] type = new String[n], key = new String[n], date = new String[n];
        List<Set<String>> stems = new ArrayList<>(), sets = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Set<String> seenKeys = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            Cluster c = clusters.get(i);
            type[i] = c.members().get(0).type();
            key[i] = ObjectKey.of(canonicalObject(c));
            stems.add(ObjectKey.stems(key[i]));
            sets.add(expandedUnion(c));
            date[i] = canonicalDate(c);
            if (!unresolved(c) && seenKeys.add(type[i] + "\t" + key[i])) for (String s : stems.get(i)) df.merge(s, 1, Integer::sum);
        }
        int keys = Math.max(1, seenKeys.size());
        Map<String, List<Integer>> index = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (unresolved(clusters.get(i))) continue;
            for (String s : stems.get(i)) index.computeIfAbsent(type[i] + "\t" + s, k -> new ArrayList<>()).add(i);
        }
        UnionFind uf = new UnionFind(n);
        for (List<Integer> posting : index.values()) {
            if (posting.size() > MAX_POSTING) continue;
            for (int a = 0; a < posting.size(); a++) {
                for (int b = a + 1; b < posting.size(); b++) {
                    int i = posting.get(a), j = posting.get(b);
                    if (uf.find(i) == uf.find(j) || key[i].equals(key[j])) continue;
                    if (!PartySets.compatible(sets.get(i), sets.get(j)) || !EventDates.compatible(date[i], date[j])) continue;
                    if (overlap(stems.get(i), stems.get(j), df, keys) >= NEAR) uf.union(i, j);
                }
            }
        }
        List<Outcome> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (List<Integer> group : uf.groups()) {
            List<RecordRow> members = new ArrayList<>();
            for (int i : group) members.addAll(clusters.get(i).members());
            Outcome o = outcome(new Cluster(members));
            ids.merge(o.outcomeId(), 1, Integer::sum);
            out.add(o);
        }
        List<Outcome> unique = new ArrayList<>();
        for (Outcome o : out) {
            // two outcomes with one canonical key (parties or dates that do not nest): the first record tells them apart
            unique.add(ids.get(o.outcomeId()) > 1 ? withId(o, OutcomeId.of(canonicalKey(o) + "\t" + o.records().get(0))) : o);
        }
        unique.sort(Comparator.comparing((Outcome o) -> o.date() == null ? "~" : o.date()).thenComparing(Outcome::outcomeId));
        return unique;
    }

    /** IDF-weighted overlap of two stem sets: the weight of the shared stems over the weight of all. */
    static double overlap(Set<String> a, Set<String> b, Map<String, Integer> df, int keys) {
        double shared = 0, all = 0;
        for (String s : a) {
            double w = Math.log(1 + (double) keys / df.getOrDefault(s, 1));
            all += w;
            if (b.contains(s)) shared += w;
        }
        for (String s : b) if (!a.contains(s)) all += Math.log(1 + (double) keys / df.getOrDefault(s, 1));
        return all == 0 ? 0 : shared / all;
    }

    private Set<String> expandedUnion(Cluster c) {
        Set<String> out = new TreeSet<>();
        for (RecordRow r : c.members()) out.addAll(parties.expand(r.parties()));
        return out;
    }

    private static boolean unresolved(Cluster c) { return c.members().size() == 1 && c.members().get(0).unresolved(); }

    /** The entity's normalized name where members have one (the most frequent), else the most frequent object text. */
    static String canonicalObject(Cluster c) {
        List<String> named = c.members().stream().map(RecordRow::objectNormalized).filter(s -> s != null && !s.isBlank()).toList();
        List<String> pool = named.isEmpty() ? c.members().stream().map(r -> r.object() == null ? "" : r.object()).toList() : named;
        return mostFrequent(pool, Comparator.comparing(String::length).thenComparing(Function.identity()));
    }

    /** The member date that agrees with most others; then the most precise, most frequent, earliest. */
    static String canonicalDate(Cluster c) {
        List<String> dates = c.members().stream().map(RecordRow::date).filter(d -> d != null && !d.isBlank()).toList();
        if (dates.isEmpty()) return null;
        Map<String, Long> freq = dates.stream().collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        Map<String, Long> agreeing = new HashMap<>();
        for (String d : freq.keySet()) {
            long n = 0;
            for (Map.Entry<String, Long> o : freq.entrySet()) if (EventDates.compatible(d, o.getKey())) n += o.getValue();
            agreeing.put(d, n);
        }
        return freq.keySet().stream().min(Comparator
                .comparing((String d) -> -agreeing.get(d))
                .thenComparing(EventDates::span)
                .thenComparing(d -> -freq.get(d))
                .thenComparing(Function.identity())).orElseThrow();
    }

    private static String mostFrequent(List<String> values, Comparator<String> tie) {
        Map<String, Long> freq = values.stream().collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        return freq.keySet().stream().min(Comparator.comparing((String v) -> -freq.get(v)).thenComparing(tie)).orElse("");
    }

    private Outcome outcome(Cluster c) {
        List<RecordRow> m = c.members();
        String type = m.get(0).type();
        boolean unresolved = m.size() == 1 && m.get(0).unresolved();
        String action = mostFrequent(m.stream().map(RecordRow::action).filter(a -> a != null).toList(), Comparator.naturalOrder());
        List<String> modalities = m.stream().map(RecordRow::modality).filter(x -> x != null).toList();
        String modality = modalities.isEmpty() ? null : mostFrequent(modalities, Comparator.naturalOrder());
        EventCodes.Code code = codes.code(type, action.isEmpty() ? ActionClasses.OTHER : action, modality);
        Set<String> union = new TreeSet<>();
        Set<String> recipients = new TreeSet<>();
        Map<String, String> types = new LinkedHashMap<>();
        for (RecordRow r : m) {
            union.addAll(r.parties());
            recipients.addAll(r.recipients());
            for (int i = 0; i < r.parties().size() && i < r.partyTypes().size(); i++) {
                String p = r.parties().get(i), t = r.partyTypes().get(i);
                types.merge(p, t, (x, y) -> x.equals("STATE") || y.equals("STATE") ? "STATE" : x.compareTo(y) <= 0 ? x : y);
            }
        }
        recipients.removeAll(union);
        List<String> partyList = List.copyOf(union);
        List<String> partyTypes = partyList.stream().map(p -> types.getOrDefault(p, "OTHER")).toList();
        String date = canonicalDate(c);
        String first = m.stream().map(RecordRow::published).filter(p -> p != null && !p.isBlank()).min(Comparator.naturalOrder()).orElse(null);
        int sources = (int) m.stream().map(RecordRow::source).filter(s -> s != null && !s.isBlank()).distinct().count();
        List<String> docs = m.stream().map(RecordRow::docId).distinct().sorted().toList();
        List<String> refs = m.stream().map(RecordRow::ref).sorted().toList();
        String object = canonicalObject(c);
        Outcome o = new Outcome(null, type, action, modality, code.ploverType(), code.ploverMode(), code.cameo(), object, partyList,
                partyTypes, List.copyOf(recipients), date, EventDates.precision(date), first, m.size(), sources, docs.size(), unresolved,
                refs, docs);
        return withId(o, OutcomeId.of(canonicalKey(o)));
    }

    /** type, object key, parties and date; an unresolved outcome's key is its record's reference. */
    static String canonicalKey(Outcome o) {
        if (o.unresolved()) return "unresolved\t" + o.records().get(0);
        return o.type() + "\t" + ObjectKey.of(o.object()) + "\t" + String.join(" ", o.parties()) + "\t" + (o.date() == null ? "" : o.date());
    }

    private static Outcome withId(Outcome o, String id) {
        return new Outcome(id, o.type(), o.action(), o.modality(), o.ploverType(), o.ploverMode(), o.cameo(), o.object(), o.parties(),
                o.partyTypes(), o.recipients(), o.date(), o.datePrecision(), o.firstReported(), o.mentions(), o.sources(), o.articles(),
                o.unresolved(), o.records(), o.documents());
    }

    /** Union-find over 0..n-1; groups come out in order of their smallest member. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int x = find(a), y = find(b);
            if (x != y) parent[Math.max(x, y)] = Math.min(x, y);
        }

        List<List<Integer>> groups() {
            Map<Integer, List<Integer>> g = new TreeMap<>();
            for (int i = 0; i < parent.length; i++) g.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
            return new ArrayList<>(g.values());
        }
    }
}
