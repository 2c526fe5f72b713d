package org.summitoutcomes.score;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;

/**
 * The report of {@code evaluate --doc-gold}: headline figures, a printed table, an error listing and a JSON
 * object, all from one {@link DocScores}. Figures are rounded to 4 decimals as Python's {@code round} does
 * (half to even on the exact binary value), so that they compare equal with {@code score-doclevel.py}'s.
 */
public final class DocReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocReport() {}

    /**
     * The figures a dev-set baseline gates on (0–1, rounded to 4 decimals): relation micro F1, AGREEMENT F1,
     * COMMITMENT F1 and recall, the shares of matched pairs with the right parties and date, core-entity micro F1.
     */
    public static Map<String, Double> headline(DocScores s) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("relation_f1", round(s.allRelations().f1()));
        h.put("agreement_f1", round(s.relations().get("AGREEMENT").f1()));
        h.put("commitment_f1", round(s.relations().get("COMMITMENT").f1()));
        h.put("commitment_recall", round(s.relations().get("COMMITMENT").recall()));
        h.put("parties_right", round(s.share("parties")));
        h.put("date_right", round(s.share("date")));
        h.put("entity_core_f1", round(s.coreEntities().f1()));
        return h;
    }

    /** Rounds to 4 decimals, half to even on the double's exact value (Python's {@code round(x, 4)}). */
    public static double round(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return d;
        return new BigDecimal(d).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Per-type tables of entities and relations, the attribute shares and the headline, one line each (4 decimals). */
    public static String table(DocScores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "document level: %d gold articles%s%n", s.goldDocs(),
                s.missing().isEmpty() ? "" : ", no prediction for " + String.join(" ", s.missing())));
        b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %5s %5s %5s%n", "entities (values)", "P", "R", "F1", "TP", "FP", "FN"));
        s.entities().forEach((t, p) -> row(b, "  " + t, p));
        row(b, "  micro (core types)", s.coreEntities());
        row(b, "  micro (all types)", Scores.micro(s.entities(), null));
        b.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s %5s %5s %5s%n", "relations (records)", "P", "R", "F1", "TP", "FP", "FN"));
        s.relations().forEach((t, p) -> row(b, "  " + t, p));
        row(b, "  micro", s.allRelations());
        b.append("matched relations:");
        s.attributes().forEach((a, sh) -> b.append(String.format(Locale.ROOT, " %s right %.4f (%d/%d);", a, round(sh.share()), sh.right(), sh.of())));
        b.setLength(b.length() - 1);
        b.append(String.format(Locale.ROOT, "%nheadline:"));
        headline(s).forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s=%.4f", k, v)));
        return b.append(String.format(Locale.ROOT, "%n")).toString();
    }

    private static void row(StringBuilder b, String name, Prf p) {
        b.append(String.format(Locale.ROOT, "%-24s %6.4f %6.4f %6.4f %5d %5d %5d%n", name, round(p.precision()), round(p.recall()), round(p.f1()), p.tp(), p.fp(), p.fn()));
    }

    /**
     * Every error, grouped by layer (relations first) and type: one line with kind, type, article, text and
     * (predicted records) the rule id in brackets; for relations a second line with parties, modality and date
     * (or what differs) and a third with the evidence sentence.
     */
    public static String errors(DocScores s) {
        StringBuilder b = new StringBuilder();
        for (String layer : new String[] {"relation", "entity"}) {
            for (DocScores.DocError e : s.errors()) {
                if (!e.layer().equals(layer)) continue;
                b.append(String.format(Locale.ROOT, "%-4s %-8s %-12s %-6s %s%s%n", e.kind(), e.layer(), e.type(), e.doc(), e.text(),
                        e.rule() == null ? "" : "  [" + e.rule() + "]"));
                if (!e.detail().isEmpty()) b.append("     ").append(e.detail()).append(System.lineSeparator());
                if (!e.evidence().isEmpty()) b.append("     | ").append(e.evidence().replaceAll("\\s+", " ").strip()).append(System.lineSeparator());
            }
        }
        return b.toString();
    }

    /**
     * The report as JSON, with the keys of {@code score-doclevel.py --json} ({@code entities}, {@code entities_core_micro},
     * {@code relations}, {@code relations_micro}, {@code attributes}, {@code missing_docs}; each P/R/F1 as
     * {@code p, r, f1, tp, fp, fn}) plus {@code headline}, {@code attribute_counts} and, when asked, {@code errors}.
     * An attribute share with no matched pair is 0 (its count says so).
     */
    public static ObjectNode json(DocScores s, boolean withErrors) {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode h = o.putObject("headline");
        headline(s).forEach(h::put);
        ObjectNode ent = o.putObject("entities");
        s.entities().forEach((t, p) -> prf(ent.putObject(t), p));
        prf(o.putObject("entities_core_micro"), s.coreEntities());
        ObjectNode rel = o.putObject("relations");
        s.relations().forEach((t, p) -> prf(rel.putObject(t), p));
        prf(o.putObject("relations_micro"), s.allRelations());
        ObjectNode attrs = o.putObject("attributes");
        ObjectNode counts = o.putObject("attribute_counts");
        s.attributes().forEach((a, sh) -> {
            attrs.put(a, round(sh.share()));
            counts.putObject(a).put("right", sh.right()).put("of", sh.of());
        });
        ArrayNode missing = o.putArray("missing_docs");
        s.missing().forEach(missing::add);
        if (withErrors) {
            ArrayNode arr = o.putArray("errors");
            for (DocScores.DocError e : s.errors()) arr.add(JSON.valueToTree(e));
        }
        return o;
    }

    private static void prf(ObjectNode o, Prf p) {
        o.put("p", round(p.precision()));
        o.put("r", round(p.recall()));
        o.put("f1", round(p.f1()));
        o.put("tp", p.tp());
        o.put("fp", p.fp());
        o.put("fn", p.fn());
    }
}
