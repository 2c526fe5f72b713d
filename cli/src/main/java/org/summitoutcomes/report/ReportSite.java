package org.summitoutcomes.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.summitoutcomes.export.SafeNames;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;

/**
 * The static report over an output folder: {@code index.html} (overview charts and the filterable relation
 * table), {@code docs/ID.html} (one page per article) and, with gold, {@code scores.html} built from the
 * same JSON report {@code evaluate --json} writes. Self-contained: styles and script are inlined, charts are
 * inline SVG, nothing is fetched when a page opens.
 */
public final class ReportSite {
    private ReportSite() {}

    /**
     * Writes the site. {@code gold} may be empty (no scores page); {@code evaluation} is
     * {@code Report.json(scores, true)} when gold is given, else null.
     */
    public static void write(List<org.summitoutcomes.model.Document> docs, List<org.summitoutcomes.model.Document> gold,
                             ObjectNode evaluation, Path dir) throws IOException {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + dir.getFileName() + "-");
        try {
            writeInto(docs, gold, evaluation, tmp);
            AtomicSwap.replace(tmp, dir.toAbsolutePath().normalize());
        } finally {
            AtomicSwap.deleteTree(tmp);
        }
    }

    /** Writes the whole site into an empty folder. */
    private static void writeInto(List<org.summitoutcomes.model.Document> docs, List<org.summitoutcomes.model.Document> gold,
                                  ObjectNode evaluation, Path dir) throws IOException {
        Path pages = Files.createDirectories(dir.resolve("docs"));
        boolean scores = evaluation != null;
        Map<String, org.summitoutcomes.model.Document> goldById = new HashMap<>();
        gold.forEach(g -> goldById.put(g.id(), g));
        List<String> names = pageNames(docs);
        for (int i = 0; i < docs.size(); i++) {
            org.summitoutcomes.model.Document d = docs.get(i);
            SafeNames.write(pages, names.get(i), DocumentPage.build(d, goldById.get(d.id()), scores));
        }
        SafeNames.write(dir, "index.html", overview(docs, scores));
        SafeNames.write(dir, "outcomes.html", OutcomesPage.build(docs, scores));
        if (scores) SafeNames.write(dir, "scores.html", scoresPage(evaluation));
    }

    /** The page file name of each document, in order: {@link SafeNames.Allocator}, so ids never share a page. */
    static List<String> pageNames(List<org.summitoutcomes.model.Document> docs) {
        SafeNames.Allocator names = new SafeNames.Allocator();
        List<String> out = new ArrayList<>();
        for (org.summitoutcomes.model.Document d : docs) out.add(names.next(d.id()) + ".html");
        return out;
    }

    /** The page file name of a document id when ids are unique: {@link SafeNames#stem} plus {@code .html}. */
    static String fileName(String id) { return SafeNames.stem(id) + ".html"; }

    static String overview(List<org.summitoutcomes.model.Document> docs, boolean hasScores) {
        Document page = Pages.shell("Summit outcomes report", 0, hasScores);
        Element main = Pages.main(page);
        int ents = docs.stream().mapToInt(d -> d.mentions().size()).sum();
        int rels = docs.stream().mapToInt(d -> d.relations().size()).sum();
        Element cards = main.appendElement("div").addClass("cards");
        card(cards, "documents", docs.size());
        card(cards, "entities", ents);
        card(cards, "relations", rels);
        card(cards, "warnings", docs.stream().mapToInt(d -> d.warnings().size()).sum());

        Map<String, Integer> perType = new LinkedHashMap<>();
        for (EntityType t : EntityType.values()) perType.put(t.name(), 0);
        Map<String, Map<String, Integer>> perAction = new TreeMap<>();
        Map<String, Integer> partyCounts = new HashMap<>();
        Map<String, Integer> leaderCounts = new HashMap<>();
        Map<String, Integer> perDate = new TreeMap<>();
        for (org.summitoutcomes.model.Document d : docs) {
            for (Mention m : d.mentions()) perType.merge(m.type().name(), 1, Integer::sum);
            for (Relation r : d.relations()) {
                String series = r.type().name().equals("AGREEMENT") ? "agreement" : "commitment: " + r.modality().label();
                perAction.computeIfAbsent(series, k -> new TreeMap<>()).merge(r.action() == null ? "?" : r.action(), 1, Integer::sum);
                for (String p : r.parties()) partyCounts.merge(p, 1, Integer::sum);
                TreeSet<String> leaders = new TreeSet<>();
                for (Mention m : d.mentions()) {
                    if (m.type() == EntityType.LEADER && r.evidence().contains(m.span()) && m.normalized() != null) leaders.add(m.normalized());
                }
                leaders.forEach(l -> leaderCounts.merge(l, 1, Integer::sum));
                perDate.merge(d.metadata().published() == null ? "unknown" : d.metadata().published(), 1, Integer::sum);
            }
        }
        main.appendElement("h2").text("Charts");
        Element charts = main.appendElement("div").addClass("charts").attr("id", "charts");
        Pages.svg(charts, Charts.bars("Entity mentions per type", "mentions", perType, true));
        Pages.svg(charts, Charts.stacked("Relations per action and modality", "relations", topActions(perAction, 15)));
        Pages.svg(charts, Charts.bars("Countries most often party to an outcome", "relations", top(partyCounts, 15), true));
        Pages.svg(charts, Charts.bars("Leaders named in the evidence of outcomes", "relations", top(leaderCounts, 15), true));
        Pages.svg(charts, Charts.bars("Outcomes per publication date", "relations", perDate, false));

        main.appendElement("h2").text("Relations");
        Element filters = main.appendElement("div").addClass("filters");
        select(filters, "f-type", "type", List.of("AGREEMENT", "COMMITMENT"));
        select(filters, "f-modality", "modality", List.of("decided", "pledged", "planned", "proposed"));
        select(filters, "f-country", "party", new ArrayList<>(new TreeSet<>(partyCounts.keySet())));
        select(filters, "f-doc", "document", docs.stream().map(org.summitoutcomes.model.Document::id).toList());
        filters.appendElement("input").attr("id", "f-text").attr("type", "search").attr("placeholder", "search text");
        filters.appendElement("label").text("date from ").appendElement("input").attr("id", "f-from").attr("type", "date");
        filters.appendElement("label").text("to ").appendElement("input").attr("id", "f-to").attr("type", "date");
        filters.appendElement("button").attr("id", "download").attr("type", "button")
                .attr("title", "the rows that pass the filters, all pages, as CSV").text("download CSV");
        Element pager = main.appendElement("div").addClass("pager");
        pager.appendElement("button").attr("id", "prev").attr("type", "button").text("◀ previous");
        pager.appendElement("span").attr("id", "pager-info").text(rels + " relations");
        pager.appendElement("button").attr("id", "next").attr("type", "button").text("next ▶");
        Element table = main.appendElement("table").attr("id", "relations").addClass("sortable");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("document", "id", "type", "action", "modality", "parties", "object", "date", "place", "evidence")) {
            head.appendElement("th").addClass("c-" + h).attr("aria-sort", "none").attr("title", "click to sort").text(h);
        }
        Element body = table.appendElement("tbody");
        List<String> pageNames = pageNames(docs);
        for (int di = 0; di < docs.size(); di++) {
            org.summitoutcomes.model.Document d = docs.get(di);
            for (Relation r : d.relations()) {
                Element tr = body.appendElement("tr").attr("data-type", r.type().name())
                        .attr("data-modality", r.modality() == null ? "" : r.modality().label())
                        .attr("data-parties", String.join(" ", r.parties())).attr("data-doc", d.id())
                        .attr("data-date", r.date() == null ? "" : r.date());
                tr.appendElement("td").appendElement("a").attr("href", "docs/" + pageNames.get(di) + "#" + r.id()).text(d.id());
                tr.appendElement("td").appendElement("a").attr("href", "docs/" + pageNames.get(di) + "#ev-" + r.id())
                        .attr("title", "the sentence that states it").text(r.id());
                tr.appendElement("td").text(r.type().name());
                tr.appendElement("td").text(r.action() == null ? "" : r.action());
                tr.appendElement("td").text(r.modality() == null ? "" : r.modality().label());
                tr.appendElement("td").text(String.join(" ", r.parties()));
                tr.appendElement("td").text(r.object());
                tr.appendElement("td").text(r.date() == null ? "" : r.date());
                tr.appendElement("td").text(r.place() == null ? "" : r.place());
                tr.appendElement("td").text(d.cover(r.evidence()));
            }
        }
        Pages.script(page);
        return Pages.html(page);
    }

    static String scoresPage(ObjectNode ev) {
        Document page = Pages.shell("Scores against the gold", 0, true);
        Element main = Pages.main(page);
        main.appendElement("h2").text("Headline");
        Element ht = main.appendElement("table").attr("id", "headline");
        ev.get("headline").fields().forEachRemaining(e -> {
            Element tr = ht.appendElement("tr").attr("data-key", e.getKey());
            tr.appendElement("th").text(e.getKey());
            tr.appendElement("td").addClass("num").text(num(e.getValue()));
        });
        layer(main, "Entity mentions, strict (same type, same span)", "strict", ev.get("entities").get("strict"));
        layer(main, "Entity mentions, partial (same type, overlapping span)", "partial", ev.get("entities").get("partial"));
        layer(main, "Document-level values (type, normalized) per article", "documents", ev.get("documents"));
        layer(main, "Relations (objects' content words, Jaccard ≥ 0.5)", "relations", ev.get("relations"));
        JsonNode rel = ev.get("relations");
        main.appendElement("p").attr("id", "shares").text(String.format(java.util.Locale.ROOT,
                "Matched relations: %d; parties right %s, modality right %s, date right %s.", rel.get("matched").asInt(),
                num(rel.get("parties_right")), num(rel.get("modality_right")), num(rel.get("date_right"))));
        main.appendElement("h2").text("Per document");
        Element pd = main.appendElement("table").attr("id", "per-document");
        Element h = pd.appendElement("tr");
        for (String c : List.of("document", "entities P", "entities R", "entities F1", "relations P", "relations R", "relations F1")) {
            h.appendElement("th").text(c);
        }
        ev.get("per_document").fields().forEachRemaining(e -> {
            Element tr = pd.appendElement("tr");
            tr.appendElement("td").appendElement("a").attr("href", "docs/" + fileName(e.getKey())).text(e.getKey());
            for (String k : List.of("entities_strict", "relations")) {
                for (String f : List.of("precision", "recall", "f1")) tr.appendElement("td").addClass("num").text(num(e.getValue().get(k).get(f)));
            }
        });
        main.appendElement("h2").text("False positives and false negatives");
        Element list = main.appendElement("ul").addClass("errors").attr("id", "errors");
        List<JsonNode> errors = new ArrayList<>();
        ev.path("errors").forEach(errors::add);
        errors.sort(Comparator.comparing((JsonNode e) -> e.get("doc").asText()).thenComparing(e -> e.get("layer").asText())
                .thenComparingInt(e -> e.get("start").asInt()));
        for (JsonNode e : errors) {
            Element li = list.appendElement("li").addClass(e.get("kind").asText().toLowerCase(java.util.Locale.ROOT));
            String anchor = e.get("layer").asText().equals("entity") ? "#m-" + e.get("start").asInt() + "-" + e.get("end").asInt() : "";
            li.appendElement("a").attr("href", "docs/" + fileName(e.get("doc").asText()) + anchor).text(e.get("doc").asText());
            li.appendText(" " + e.get("kind").asText() + " " + e.get("layer").asText() + " " + e.get("type").asText() + ": ");
            li.appendElement("b").text(e.path("text").asText());
            if (e.hasNonNull("rule")) li.appendText(" [" + e.get("rule").asText() + "]");
            if (!e.path("context").asText().isEmpty()) li.appendElement("div").addClass("muted").text(e.get("context").asText());
        }
        return Pages.html(page);
    }

    private static void layer(Element main, String title, String id, JsonNode layer) {
        main.appendElement("h2").text(title);
        Element t = main.appendElement("table").attr("id", "layer-" + id);
        Element h = t.appendElement("tr");
        for (String c : List.of("type", "P", "R", "F1", "TP", "FP", "FN")) h.appendElement("th").text(c);
        layer.get("per_type").fields().forEachRemaining(e -> row(t, e.getKey(), e.getValue()));
        row(t, "micro", layer.get("micro"));
        if (layer.has("core_micro")) row(t, "micro (core types)", layer.get("core_micro"));
        Element tr = t.appendElement("tr").attr("data-row", "macro");
        tr.appendElement("td").text("macro");
        for (String f : List.of("precision", "recall", "f1")) tr.appendElement("td").addClass("num").text(num(layer.get("macro").get(f)));
    }

    private static void row(Element t, String name, JsonNode prf) {
        Element tr = t.appendElement("tr").attr("data-row", name);
        tr.appendElement("td").text(name);
        for (String f : List.of("precision", "recall", "f1")) tr.appendElement("td").addClass("num").text(num(prf.get(f)));
        for (String f : List.of("tp", "fp", "fn")) tr.appendElement("td").addClass("num").text(prf.get(f).asText());
    }

    /** A score with three decimals ({@code 0.667}); counts and non-numbers as they are. */
    static String num(JsonNode n) {
        return n.isFloatingPointNumber() || n.isBigDecimal() ? String.format(java.util.Locale.ROOT, "%.3f", n.asDouble()) : n.asText();
    }

    private static void card(Element cards, String label, int n) {
        Element c = cards.appendElement("div").addClass("card");
        c.appendElement("b").text(Integer.toString(n));
        c.appendText(label);
    }

    private static void select(Element parent, String id, String label, List<String> values) {
        Element s = parent.appendElement("label").text(label + " ").appendElement("select").attr("id", id);
        s.appendElement("option").attr("value", "").text("all");
        for (String v : values) s.appendElement("option").attr("value", v).text(v);
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map<String, Map<String, Integer>> topActions(Map<String, Map<String, Integer>> perAction, int n) {
        Map<String, Integer> total = new HashMap<>();
        perAction.values().forEach(m -> m.forEach((k, v) -> total.merge(k, v, Integer::sum)));
        var keep = top(total, n).keySet();
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        perAction.forEach((s, m) -> m.forEach((k, v) -> {
            if (keep.contains(k)) out.computeIfAbsent(s, x -> new TreeMap<>()).put(k, v);
        }));
        return out;
    }
}
