package org.summitoutcomes.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted records against document-level gold with the rules of {@code ../shared/devset/gold/README.md},
 * giving the same figures as {@code ../shared/tools/score-doclevel.py}. Per article and entity type, the
 * predicted values are de-duplicated ({@link DocValueMatch#distinct}) and matched one-to-one with the gold values
 * ({@link DocValueMatch#sameValue}); per article and relation type, records are matched one-to-one, best first,
 * when their objects' content-word Jaccard is at least 0.5, and matched pairs are compared on parties (as sorted
 * lists), modality (COMMITMENT only) and date (exact string, null = null). Predicted articles without gold are
 * ignored; gold articles without prediction count as empty predictions. It knows nothing of how the records
 * were produced.
 */
public final class DocScorer {
    private DocScorer() {}

    /** Scores {@code pred} (by article id) against {@code gold}. */
    public static DocScores score(List<DocRecord> gold, Map<String, DocRecord> pred) {
        Map<String, Prf> ents = new LinkedHashMap<>(), rels = new LinkedHashMap<>();
        Map<String, DocScores.Share> attrs = new LinkedHashMap<>();
        for (String a : DocScores.ATTRIBUTES) attrs.put(a, new DocScores.Share(0, 0));
        List<String> missing = new ArrayList<>();
        List<DocScores.DocError> errors = new ArrayList<>();
        for (DocRecord g : gold) {
            DocRecord p = pred.get(g.id());
            if (p == null) {
                missing.add(g.id());
                p = new DocRecord(g.id(), Map.of(), List.of());
            }
            for (String t : entityTypes()) ents.merge(t, entities(g, p, t, errors), Prf::plus);
            for (String t : DocScores.RELATION_TYPES) rels.merge(t, relations(g, p, t, attrs, errors), Prf::plus);
        }
        if (gold.isEmpty()) {
            for (String t : entityTypes()) ents.put(t, Prf.ZERO);
            for (String t : DocScores.RELATION_TYPES) rels.put(t, Prf.ZERO);
        }
        return new DocScores(ents, rels, attrs, gold.size(), missing, errors);
    }

    /** COUNTRY … DATE, then PERSON … QUANTITY. */
    public static List<String> entityTypes() {
        List<String> out = new ArrayList<>(DocScores.CORE);
        out.addAll(DocScores.EXTRA);
        return out;
    }

    private static Prf entities(DocRecord gold, DocRecord pred, String type, List<DocScores.DocError> errors) {
        List<String> g = gold.values(type);
        List<String> p = DocValueMatch.distinct(type, pred.values(type));
        List<BestFirstMatcher.Pair> pairs = BestFirstMatcher.match(g, p, (a, b) -> DocValueMatch.sameValue(type, a, b) ? 1.0 : 0.0, 1.0);
        Set<Integer> mg = new HashSet<>(), mp = new HashSet<>();
        pairs.forEach(x -> { mg.add(x.gold()); mp.add(x.pred()); });
        for (int i = 0; i < g.size(); i++) if (!mg.contains(i)) errors.add(new DocScores.DocError(gold.id(), "FN", "entity", type, g.get(i), "", null, ""));
        for (int j = 0; j < p.size(); j++) if (!mp.contains(j)) errors.add(new DocScores.DocError(gold.id(), "FP", "entity", type, p.get(j), "", null, ""));
        return new Prf(pairs.size(), p.size() - pairs.size(), g.size() - pairs.size());
    }

    private static Prf relations(DocRecord gold, DocRecord pred, String type, Map<String, DocScores.Share> attrs,
                                 List<DocScores.DocError> errors) {
        List<DocOutcome> g = gold.relations(type), p = pred.relations(type);
        List<BestFirstMatcher.Pair> pairs = BestFirstMatcher.match(g, p, (a, b) -> DocValueMatch.jaccard(a.object(), b.object()),
                DocValueMatch.MIN_JACCARD);
        Set<Integer> mg = new HashSet<>(), mp = new HashSet<>();
        for (BestFirstMatcher.Pair x : pairs) {
            mg.add(x.gold());
            mp.add(x.pred());
            DocOutcome a = g.get(x.gold()), b = p.get(x.pred());
            List<String> diffs = new ArrayList<>();
            compare(attrs, diffs, "parties", a.parties(), b.parties());
            if (type.equals("COMMITMENT")) compare(attrs, diffs, "modality", a.modality(), b.modality());
            compare(attrs, diffs, "date", a.date(), b.date());
            if (!diffs.isEmpty()) {
                errors.add(new DocScores.DocError(gold.id(), "DIFF", "relation", type, b.object(), b.evidence(), b.rule(),
                        String.join("; ", diffs) + " (gold object: " + a.object() + ")"));
            }
        }
        for (int i = 0; i < g.size(); i++) if (!mg.contains(i)) errors.add(relError(gold.id(), "FN", g.get(i)));
        for (int j = 0; j < p.size(); j++) if (!mp.contains(j)) errors.add(relError(gold.id(), "FP", p.get(j)));
        return new Prf(pairs.size(), p.size() - pairs.size(), g.size() - pairs.size());
    }

    private static void compare(Map<String, DocScores.Share> attrs, List<String> diffs, String name, Object gold, Object pred) {
        boolean ok = Objects.equals(gold, pred);
        attrs.merge(name, new DocScores.Share(0, 0), (was, none) -> was.plus(ok));
        if (!ok) diffs.add(name + " gold " + gold + " pred " + pred);
    }

    private static DocScores.DocError relError(String doc, String kind, DocOutcome r) {
        return new DocScores.DocError(doc, kind, "relation", r.type(), r.object(), r.evidence(), r.rule(),
                "parties " + r.parties() + ", modality " + r.modality() + ", date " + r.date());
    }
}
