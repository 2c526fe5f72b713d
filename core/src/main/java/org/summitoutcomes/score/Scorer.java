package org.summitoutcomes.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.lexicon.Lexicons;

/**
 * Scores predicted records against gold records exactly as contract section 4 defines. It knows nothing
 * of how the predictions were produced.
 */
public final class Scorer {
    /** {@code lexicons/stopwords.txt}, loaded once ({@link Lexicons#standard()}). */
    private static Set<String> stopwords() { return Lexicons.standard().words("lexicons/stopwords.txt"); }
    public static final double RELATION_MATCH = 0.5;

    private Scorer() {}

    public static Scores score(List<Document> gold, List<Document> predicted) {
        Map<String, Document> pred = new HashMap<>();
        for (Document d : predicted) pred.put(d.id(), d);
        Map<String, Prf> strict = new TreeMap<>(), partial = new TreeMap<>(), docLevel = new TreeMap<>(), rels = new TreeMap<>();
        Map<String, Map<String, Prf>> perDoc = new TreeMap<>();
        List<Scores.ErrorItem> errors = new ArrayList<>();
        int matched = 0, parties = 0, modality = 0, date = 0;
        for (Document g : gold) {
            Document p = pred.getOrDefault(g.id(), new Document(g.id(), g.metadata(), g.text(), List.of(), List.of(), List.of(), List.of(), List.of()));
            Map<String, Prf> docStrict = new TreeMap<>();
            mentionLevel(g, p, true, strict, docStrict, errors);
            mentionLevel(g, p, false, partial, new TreeMap<>(), null);
            documentLevel(g, p, docLevel, errors);
            int[] shares = relations(g, p, rels, errors);
            matched += shares[0];
            parties += shares[1];
            modality += shares[2];
            date += shares[3];
            Map<String, Prf> summary = new TreeMap<>();
            summary.put("entities_strict", Scores.micro(docStrict, null));
            Map<String, Prf> docRel = new TreeMap<>();
            relations(g, p, docRel, null);
            summary.put("relations", Scores.micro(docRel, null));
            perDoc.put(g.id(), summary);
        }
        return new Scores(strict, partial, docLevel, rels, matched, parties, modality, date, perDoc, errors);
    }

    private static void mentionLevel(Document g, Document p, boolean strictMatch, Map<String, Prf> acc, Map<String, Prf> docAcc,
                                     List<Scores.ErrorItem> errors) {
        Set<String> types = new HashSet<>();
        g.mentions().forEach(m -> types.add(m.type().name()));
        p.mentions().forEach(m -> types.add(m.type().name()));
        for (String type : types) {
            List<Mention> gm = g.mentions().stream().filter(m -> m.type().name().equals(type)).toList();
            List<Mention> pm = p.mentions().stream().filter(m -> m.type().name().equals(type)).toList();
            boolean[] gUsed = new boolean[gm.size()];
            boolean[] pUsed = new boolean[pm.size()];
            int tp = 0;
            for (int i = 0; i < pm.size(); i++) {
                for (int j = 0; j < gm.size(); j++) {
                    if (gUsed[j]) continue;
                    Span a = pm.get(i).span(), b = gm.get(j).span();
                    if (strictMatch ? a.equals(b) : a.overlaps(b)) {
                        gUsed[j] = pUsed[i] = true;
                        tp++;
                        break;
                    }
                }
            }
            Prf prf = new Prf(tp, pm.size() - tp, gm.size() - tp);
            acc.merge(type, prf, Prf::plus);
            docAcc.merge(type, prf, Prf::plus);
            if (errors != null) {
                for (int i = 0; i < pm.size(); i++) if (!pUsed[i]) errors.add(error(p, "FP", "entity", pm.get(i)));
                for (int j = 0; j < gm.size(); j++) if (!gUsed[j]) errors.add(error(g, "FN", "entity", gm.get(j)));
            }
        }
    }

    private static Scores.ErrorItem error(Document d, String kind, String layer, Mention m) {
        return new Scores.ErrorItem(d.id(), kind, layer, m.type().name(), m.text(), m.span().start(), m.span().end(), m.normalized(),
                context(d, m.span()), m.rule());
    }

    private static void documentLevel(Document g, Document p, Map<String, Prf> acc, List<Scores.ErrorItem> errors) {
        Map<String, Set<String>> gv = values(g), pv = values(p);
        Set<String> types = new HashSet<>(gv.keySet());
        types.addAll(pv.keySet());
        for (String t : types) {
            Set<String> a = gv.getOrDefault(t, Set.of()), b = pv.getOrDefault(t, Set.of());
            int tp = 0;
            for (String v : b) if (a.contains(v)) tp++;
            acc.merge(t, new Prf(tp, b.size() - tp, a.size() - tp), Prf::plus);
            for (String v : b) if (!a.contains(v)) errors.add(new Scores.ErrorItem(g.id(), "FP", "value", t, v, -1, -1, v, "", null));
            for (String v : a) if (!b.contains(v)) errors.add(new Scores.ErrorItem(g.id(), "FN", "value", t, v, -1, -1, v, "", null));
        }
    }

    private static Map<String, Set<String>> values(Document d) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Mention m : d.mentions()) out.computeIfAbsent(m.type().name(), k -> new HashSet<>()).add(Objects.toString(m.normalized()));
        return out;
    }

    /** Content words of a relation object: lower-cased, split on non-letters and non-digits, stop words dropped. */
    public static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty() && !stopwords().contains(w)) out.add(w);
        return out;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0.0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    /** Returns {matched, parties right, modality right, date right}. */
    private static int[] relations(Document g, Document p, Map<String, Prf> acc, List<Scores.ErrorItem> errors) {
        int[] shares = new int[4];
        Set<String> types = new HashSet<>();
        g.relations().forEach(r -> types.add(r.type().name()));
        p.relations().forEach(r -> types.add(r.type().name()));
        for (String type : types) {
            List<Relation> gr = g.relations().stream().filter(r -> r.type().name().equals(type)).toList();
            List<Relation> pr = p.relations().stream().filter(r -> r.type().name().equals(type)).toList();
            record Pair(int p, int g, double sim) {}
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < pr.size(); i++) {
                Set<String> a = contentWords(pr.get(i).object());
                for (int j = 0; j < gr.size(); j++) {
                    double sim = jaccard(a, contentWords(gr.get(j).object()));
                    if (sim >= RELATION_MATCH) pairs.add(new Pair(i, j, sim));
                }
            }
            pairs.sort(Comparator.comparingDouble(Pair::sim).reversed().thenComparingInt(Pair::p).thenComparingInt(Pair::g));
            boolean[] pUsed = new boolean[pr.size()], gUsed = new boolean[gr.size()];
            int tp = 0;
            for (Pair x : pairs) {
                if (pUsed[x.p()] || gUsed[x.g()]) continue;
                pUsed[x.p()] = gUsed[x.g()] = true;
                tp++;
                Relation a = pr.get(x.p()), b = gr.get(x.g());
                shares[0]++;
                if (new HashSet<>(a.parties()).equals(new HashSet<>(b.parties()))) shares[1]++;
                if (a.modality() == b.modality()) shares[2]++;
                if (Objects.equals(a.date(), b.date())) shares[3]++;
            }
            acc.merge(type, new Prf(tp, pr.size() - tp, gr.size() - tp), Prf::plus);
            if (errors != null) {
                for (int i = 0; i < pr.size(); i++) if (!pUsed[i]) errors.add(relError(p, "FP", pr.get(i)));
                for (int j = 0; j < gr.size(); j++) if (!gUsed[j]) errors.add(relError(g, "FN", gr.get(j)));
            }
        }
        return shares;
    }

    private static Scores.ErrorItem relError(Document d, String kind, Relation r) {
        String ctx = r.evidence().end() <= d.text().length() ? d.cover(r.evidence()) : "";
        return new Scores.ErrorItem(d.id(), kind, "relation", r.type().name(), r.object(), r.evidence().start(), r.evidence().end(),
                String.join(" ", r.parties()), ctx, r.rule());
    }

    /** The line of text around a span, for error listings. */
    static String context(Document d, Span s) {
        String t = d.text().value();
        int a = d.text().charIndex(Math.min(s.start(), d.text().length()));
        int b = d.text().charIndex(Math.min(s.end(), d.text().length()));
        int from = Math.max(t.lastIndexOf('\n', a - 1) + 1, Math.max(0, a - 120));
        int nl = t.indexOf('\n', b);
        int to = Math.min(nl < 0 ? t.length() : nl, Math.min(t.length(), b + 120));
        return t.substring(from, to).strip();
    }
}
