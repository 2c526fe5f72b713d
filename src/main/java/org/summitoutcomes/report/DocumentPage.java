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
        List<Span> evidence = doc.relations().stream().map(Relation::evidence).toList();
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
            tr.appendElement("td").text(r.id());
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
    static void render(Element into, org.summitoutcomes.model.Text text, List<Mark> marks, List<Span> evidence) {
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Span e : evidence) {
            cuts.add(e.start());
            cuts.add(e.end());
        }
        int pos = 0;
        for (Mark mk : marks) {
            Mention m = mk.mention();
            if (m.span().start() < pos) continue; // overlapping marks cannot nest: the first is kept
            pieces(into, text, pos, m.span().start(), cuts, evidence);
            Element span = into.appendElement("span").addClass("ent").addClass("t-" + m.type().name())
                    .attr("id", "m-" + m.span().start() + "-" + m.span().end())
                    .attr("data-type", m.type().name()).attr("data-start", Integer.toString(m.span().start()))
                    .attr("data-end", Integer.toString(m.span().end()))
                    .attr("title", m.type().name() + ": " + nz(m.normalized()) + attributes(m.attributes())
                            + (mk.verdict() == null ? "" : " [" + mk.verdict() + "]"));
            if (mk.verdict() != null) span.addClass(mk.verdict().name().toLowerCase(java.util.Locale.ROOT));
            pieces(span, text, m.span().start(), m.span().end(), cuts, evidence);
            pos = m.span().end();
        }
        pieces(into, text, pos, text.length(), cuts, evidence);
    }

    private static void pieces(Element into, org.summitoutcomes.model.Text text, int from, int to, TreeSet<Integer> cuts, List<Span> evidence) {
        int a = from;
        while (a < to) {
            Integer next = cuts.higher(a);
            int b = next == null ? to : Math.min(next, to);
            String piece = text.substring(a, b);
            int at = a;
            boolean inEvidence = evidence.stream().anyMatch(e -> e.start() <= at && at < e.end());
            if (inEvidence) into.appendElement("span").addClass("ev").appendText(piece);
            else into.appendText(piece);
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
