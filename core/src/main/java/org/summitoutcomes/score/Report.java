package org.summitoutcomes.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.model.EntityType;

/** The evaluation report: a JSON object and a printed table, built from the same figures. */
public final class Report {
    public static final Set<String> CORE = EntityType.CORE.stream().map(Enum::name).collect(Collectors.toSet());

    private Report() {}

    /** The headline F1s a regression check compares. */
    public static Map<String, Double> headline(Scores s) {
        return Map.of(
                "entity_strict_core_f1", round(Scores.micro(s.strict(), CORE).f1()),
                "entity_strict_all_f1", round(Scores.micro(s.strict(), null).f1()),
                "entity_document_core_f1", round(Scores.micro(s.documentLevel(), CORE).f1()),
                "relation_f1", round(Scores.micro(s.relations(), null).f1()));
    }

    public static ObjectNode json(Scores s, boolean withErrors) {
        ObjectNode o = RecordCodec.JSON.createObjectNode();
        ObjectNode h = o.putObject("headline");
        headline(s).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> h.put(e.getKey(), e.getValue()));
        ObjectNode ent = o.putObject("entities");
        layer(ent.putObject("strict"), s.strict());
        layer(ent.putObject("partial"), s.partial());
        layer(o.putObject("documents"), s.documentLevel());
        ObjectNode rel = o.putObject("relations");
        layer(rel, s.relations());
        rel.put("matched", s.matchedRelations());
        rel.put("parties_right", round(s.share(s.partiesRight())));
        rel.put("modality_right", round(s.share(s.modalityRight())));
        rel.put("date_right", round(s.share(s.dateRight())));
        ObjectNode per = o.putObject("per_document");
        s.perDocument().forEach((doc, m) -> {
            ObjectNode d = per.putObject(doc);
            m.forEach((k, v) -> prf(d.putObject(k), v));
        });
        if (withErrors) {
            var arr = o.putArray("errors");
            for (Scores.ErrorItem e : s.errors()) arr.add(RecordCodec.JSON.valueToTree(e));
        }
        return o;
    }

    private static void layer(ObjectNode o, Map<String, Prf> perType) {
        ObjectNode t = o.putObject("per_type");
        perType.forEach((k, v) -> prf(t.putObject(k), v));
        prf(o.putObject("micro"), Scores.micro(perType, null));
        double[] m = Scores.macro(perType);
        ObjectNode mac = o.putObject("macro");
        mac.put("precision", round(m[0]));
        mac.put("recall", round(m[1]));
        mac.put("f1", round(m[2]));
        if (perType.keySet().stream().anyMatch(CORE::contains)) prf(o.putObject("core_micro"), Scores.micro(perType, CORE));
    }

    private static void prf(ObjectNode o, Prf p) {
        o.put("tp", p.tp());
        o.put("fp", p.fp());
        o.put("fn", p.fn());
        o.put("precision", round(p.precision()));
        o.put("recall", round(p.recall()));
        o.put("f1", round(p.f1()));
    }

    static double round(double d) { return Math.round(d * 10000) / 10000.0; }

    public static String table(Scores s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-26s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "TP", "FP", "FN"));
        section(b, "entities (strict)", s.strict());
        section(b, "entities (partial)", s.partial());
        section(b, "entities (document level)", s.documentLevel());
        section(b, "relations", s.relations());
        b.append(String.format(Locale.ROOT, "matched relations: %d; parties right %.3f, modality right %.3f, date right %.3f%n",
                s.matchedRelations(), s.share(s.partiesRight()), s.share(s.modalityRight()), s.share(s.dateRight())));
        b.append("headline: ");
        headline(s).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append("  "));
        return b.append('\n').toString();
    }

    private static void section(StringBuilder b, String title, Map<String, Prf> perType) {
        b.append(title).append('\n');
        perType.forEach((k, v) -> row(b, "  " + k, v));
        row(b, "  micro", Scores.micro(perType, null));
        if (perType.keySet().stream().anyMatch(CORE::contains)) row(b, "  micro (core types)", Scores.micro(perType, CORE));
        double[] m = Scores.macro(perType);
        b.append(String.format(Locale.ROOT, "%-26s %6.3f %6.3f %6.3f%n", "  macro", m[0], m[1], m[2]));
    }

    private static void row(StringBuilder b, String name, Prf p) {
        b.append(String.format(Locale.ROOT, "%-26s %6.3f %6.3f %6.3f %5d %5d %5d%n", name, p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
    }

    /** Headline figures that fell below the baseline by more than the tolerance. */
    public static List<String> regressions(Map<String, Double> now, JsonNode baseline, double tolerance) {
        List<String> out = new java.util.ArrayList<>();
        JsonNode h = baseline.get("headline");
        if (h == null) return List.of("baseline has no headline figures");
        h.fields().forEachRemaining(e -> {
            double was = e.getValue().asDouble();
            double is = now.getOrDefault(e.getKey(), 0.0);
            if (is < was - tolerance) out.add(String.format(Locale.ROOT, "%s %.4f < baseline %.4f - %.3f", e.getKey(), is, was, tolerance));
        });
        return out;
    }
}
