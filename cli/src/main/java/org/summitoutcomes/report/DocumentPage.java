package org.summitoutcomes.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Span;

/**
 * One article: its text with every mention highlighted by type (exactly {@code text[start:end]}, the
 * normalized value on hover), relation evidence marked, and the relations listed beside it. With a gold
 * record, predicted mentions are marked true or false positives and missed gold mentions are shown too.
 */
final class DocumentPage {
    /** How a highlighted mention compares with the gold: null without gold. */
    enum Verdict { TP, FP, FN }

    /** A mention to highlight. */
    record Mark(Mention mention, Verdict verdict) {}

    /** The evidence span of a record, with the record's id. */
    record Evidence(String id, Span span) {}

    private DocumentPage() {}

    static String build(org.summitoutcomes.model.Document doc, org.summitoutcomes.model.Document gold, boolean hasScores) {
        Document page = Pages.shell(doc.id() + (doc.metadata().title() != null ? " — " + doc.metadata().title() : ""), 1, hasScores);
        Element main = Pages.main(page);
        Element meta = main.appendElement("p").addClass("muted");
        meta.text(String.join(" · ", nonNull("published " + doc.metadata().published(), "source " + doc.metadata().source(),
                doc.metadata().url())));
        Element legend = main.appendElement("div").addClass("legend");
        for (EntityType t : EntityType.values()) legend.appendElement("span").addClass("ent").addClass("t-" + t.name()).text(t.name());
        legend.appendElement("span").addClass("ev").text("relation evidence");
        if (gold != null) {
            legend.appendElement("span").addClass("ent").addClass("fp").text("false positive");
            legend.appendElement("span").addClass("ent").addClass("fn").text("missed (false negative)");
        }
        Element grid = main.appendElement("div").addClass("doc");
        Element text = grid.appendElement("div").addClass("text").attr("id", "text");
        List<Mark> marks = marks(doc, gold);
        List<Evidence> evidence = doc.relations().stream().map(r -> new Evidence(r.id(), r.evidence())).toList();
        render(text, doc.text(), marks, evidence);
        Element side = grid.appendElement("div");
        side.appendElement("h2").text("Relations (" + doc.relations().size() + ")");
        Element table = side.appendElement("table").attr("id", "doc-relations");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("id", "type", "action", "modality", "parties", "object", "date", "place", "speaker", "rule")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Relation r : doc.relations()) {
            Element tr = body.appendElement("tr").attr("id", r.id());
            tr.appendElement("td").appendElement("a").attr("href", "#ev-" + r.id()).attr("title", "the sentence that states it").text(r.id());
            tr.appendElement("td").text(r.type().name());
            tr.appendElement("td").text(nz(r.action()));
            tr.appendElement("td").text(r.modality() == null ? "" : r.modality().label());
            tr.appendElement("td").text(String.join(" ", r.parties()));
            tr.appendElement("td").text(r.object());
            tr.appendElement("td").text(nz(r.date()));
            tr.appendElement("td").text(nz(r.place()));
            tr.appendElement("td").text(nz(r.speaker()));
            tr.appendElement("td").text(nz(r.rule()));
        }
        return Pages.html(page);
    }

    /** Predicted mentions (with verdicts when gold is given) plus gold mentions missed that overlap no prediction. */
    static List<Mark> marks(org.summitoutcomes.model.Document doc, org.summitoutcomes.model.Document gold) {
        List<Mark> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            Verdict v = null;
            if (gold != null) {
                v = gold.mentions().stream().anyMatch(g -> g.type() == m.type() && g.span().equals(m.span())) ? Verdict.TP : Verdict.FP;
            }
            out.add(new Mark(m, v));
        }
        if (gold != null) {
            for (Mention g : gold.mentions()) {
                boolean found = doc.mentions().stream().anyMatch(m -> m.type() == g.type() && m.span().equals(g.span()));
                boolean overlaps = doc.mentions().stream().anyMatch(m -> m.span().overlaps(g.span()));
                if (!found && !overlaps) out.add(new Mark(g, Verdict.FN));
            }
        }
        out.sort((a, b) -> a.mention().span().compareTo(b.mention().span()));
        return out;
    }

    /**
     * Writes the text as alternating plain pieces and mention elements; evidence ranges become
     * {@code span.ev} pieces inside and between mentions, so every mention is one element.
     */
    static void render(Element into, org.summitoutcomes.model.Text text, List<Mark> marks, List<Evidence> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Evidence e : evidence) {
            cuts.add(e.span().start());
            cuts.add(e.span().end());
        }
        java.util.Set<String> anchored = new java.util.HashSet<>();
        int pos = 0;
        for (Mark mk : marks) {
            Mention m = mk.mention();
            if (m.span().start() < pos) continue; // overlapping marks cannot nest: the first is kept
            pieces(into, text, pos, m.span().start(), cuts, evidence, anchored);
            Element span = into.appendElement("span").addClass("ent").addClass("t-" + m.type().name())
                    .attr("id", "m-" + m.span().start() + "-" + m.span().end())
                    .attr("data-type", m.type().name()).attr("data-start", Integer.toString(m.span().start()))
                    .attr("data-end", Integer.toString(m.span().end()))
                    .attr("title", m.type().name() + ": " + nz(m.normalized()) + attributes(m.attributes())
                            + (mk.verdict() == null ? "" : " [" + mk.verdict() + "]"));
            if (mk.verdict() != null) span.addClass(mk.verdict().name().toLowerCase(java.util.Locale.ROOT));
            pieces(span, text, m.span().start(), m.span().end(), cuts, evidence, anchored);
            pos = m.span().end();
        }
        pieces(into, text, pos, text.length(), cuts, evidence, anchored);
    }

    /**
     * Plain text between {@code from} and {@code to}; pieces inside evidence become {@code span.ev} with the ids
     * of their records ({@code data-relations}, hover title); the first piece of a record's evidence is its
     * anchor {@code #ev-ID}, the target of the links from the record tables.
     */
    private static void pieces(Element into, org.summitoutcomes.model.Text text, int from, int to, TreeSet<Integer> cuts,
                               List<Evidence> evidence, java.util.Set<String> anchored) {
        int a = from;
        while (a < to) {
            Integer next = cuts.higher(a);
            int b = next == null ? to : Math.min(next, to);
            String piece = text.substring(a, b);
            int at = a;
            List<String> ids = evidence.stream().filter(e -> e.span().start() <= at && at < e.span().end()).map(Evidence::id).toList();
            if (!ids.isEmpty()) {
                Element ev = into.appendElement("span").addClass("ev").attr("data-relations", String.join(" ", ids))
                        .attr("title", "evidence of " + String.join(", ", ids));
                List<String> label = new ArrayList<>();
                for (String id : ids) {
                    if (anchored.add(id)) {
                        label.add(id);
                        if (ev.id().isEmpty()) ev.attr("id", "ev-" + id);
                        else ev.prependElement("a").attr("id", "ev-" + id);
                    }
                }
                if (!label.isEmpty()) ev.attr("data-label", String.join(" ", label));
                ev.appendText(piece);
            } else {
                into.appendText(piece);
            }
            a = b;
        }
    }

    private static String attributes(Map<String, String> attrs) {
        if (attrs.isEmpty()) return "";
        StringBuilder b = new StringBuilder(" (");
        attrs.forEach((k, v) -> b.append(b.length() > 2 ? ", " : "").append(k).append(' ').append(v));
        return b.append(')').toString();
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null && !p.endsWith(" null")) out.add(p);
        return out;
    }
}
