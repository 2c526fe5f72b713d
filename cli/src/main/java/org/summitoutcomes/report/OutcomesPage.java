package org.summitoutcomes.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.summitoutcomes.consolidate.Consolidator;
import org.summitoutcomes.consolidate.Outcome;
import org.summitoutcomes.consolidate.RecordRow;
import org.summitoutcomes.consolidate.RecordRows;

/**
 * {@code outcomes.html}: the outcomes of the batch (consolidated as {@code extract} does), one row per outcome with
 * its codes and mention, source and article counts; a timeline of outcomes by date on a time axis; and a view
 * per country listing each state's outcomes. Every outcome lists its evidence sentences, the object marked, each
 * linked to its article's page.
 */
final class OutcomesPage {
    private OutcomesPage() {}

    static String build(List<org.summitoutcomes.model.Document> docs, boolean hasScores) {
        List<RecordRow> rows = new ArrayList<>();
        RecordRows coder = RecordRows.standard();
        for (org.summitoutcomes.model.Document d : docs) rows.addAll(coder.of(d));
        List<Outcome> outcomes = Consolidator.standard().consolidate(rows);
        Map<String, RecordRow> byRef = new HashMap<>();
        rows.forEach(r -> byRef.put(r.ref(), r));

        Document page = Pages.shell("Outcomes across articles", 0, hasScores);
        Element main = Pages.main(page);
        Element cards = main.appendElement("div").addClass("cards");
        card(cards, "outcomes", outcomes.size());
        card(cards, "records", rows.size());
        card(cards, "reported by 2+ articles", (int) outcomes.stream().filter(o -> o.articles() > 1).count());
        card(cards, "unresolved", (int) outcomes.stream().filter(Outcome::unresolved).count());

        main.appendElement("h2").text("Timeline");
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (Outcome o : outcomes) {
            LocalDate d = day(o.date());
            if (d != null) perDay.merge(d, 1, Integer::sum);
        }
        Element timeline = main.appendElement("div").addClass("charts").attr("id", "timeline");
        Pages.svg(timeline, Timeline.perDay("Outcomes by date (first day of the outcome's date)", "outcomes", perDay));

        main.appendElement("h2").text("Outcomes");
        Element table = main.appendElement("table").attr("id", "outcomes");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("outcome", "type", "action", "PLOVER", "CAMEO", "object", "parties", "date", "mentions", "sources",
                "articles", "evidence")) {
            head.appendElement("th").text(h);
        }
        Element body = table.appendElement("tbody");
        for (Outcome o : outcomes) {
            Element tr = body.appendElement("tr").attr("id", o.outcomeId()).attr("data-parties", String.join(" ", o.parties()));
            if (o.unresolved()) tr.addClass("unresolved");
            tr.appendElement("td").text(o.outcomeId() + (o.unresolved() ? " (unresolved)" : ""));
            tr.appendElement("td").text(o.type());
            tr.appendElement("td").text(o.action() + (o.modality() == null ? "" : " (" + o.modality() + ")"));
            tr.appendElement("td").text(o.ploverType() + (o.ploverMode() == null ? "" : " / " + o.ploverMode()));
            tr.appendElement("td").text(o.cameo());
            tr.appendElement("td").text(o.object());
            tr.appendElement("td").text(String.join(" ", o.parties()));
            tr.appendElement("td").text(o.date() == null ? "" : o.date());
            tr.appendElement("td").addClass("num").text(Integer.toString(o.mentions()));
            tr.appendElement("td").addClass("num").text(Integer.toString(o.sources()));
            tr.appendElement("td").addClass("num").text(Integer.toString(o.articles()));
            Element ul = tr.appendElement("td").appendElement("ul").addClass("evidence");
            for (String ref : o.records()) {
                RecordRow r = byRef.get(ref);
                Element li = ul.appendElement("li");
                li.appendElement("a").addClass("evidence-link").attr("href", "docs/" + ReportSite.fileName(r.docId()) + "#" + r.relationId())
                        .text(r.docId() + " " + r.relationId());
                li.appendText(": ");
                marked(li, r.evidenceText(), r.object());
            }
        }

        main.appendElement("h2").text("Per country");
        Map<String, List<Outcome>> perState = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (int i = 0; i < o.parties().size(); i++) {
                String type = i < o.partyTypes().size() ? o.partyTypes().get(i) : "OTHER";
                if (type.equals("STATE") || type.equals("LEADER")) perState.computeIfAbsent(o.parties().get(i), k -> new ArrayList<>()).add(o);
            }
        }
        Element countries = main.appendElement("div").attr("id", "countries");
        for (Map.Entry<String, List<Outcome>> e : perState.entrySet()) {
            Element sec = countries.appendElement("section").addClass("country").attr("id", "country-" + e.getKey());
            sec.appendElement("h3").text(e.getKey() + " (" + e.getValue().size() + ")");
            Element ul = sec.appendElement("ul");
            for (Outcome o : e.getValue()) {
                Element li = ul.appendElement("li");
                li.appendText((o.date() == null ? "undated" : o.date()) + " ");
                li.appendElement("a").attr("href", "#" + o.outcomeId()).text(o.type().toLowerCase(java.util.Locale.ROOT) + " " + o.action() + ": " + o.object());
                li.appendText(" (" + o.articles() + (o.articles() == 1 ? " article)" : " articles)"));
            }
        }
        return Pages.html(page);
    }

    /** The evidence as text with the object's first occurrence in a {@code mark} element. */
    private static void marked(Element into, String evidence, String object) {
        int at = object == null || object.isEmpty() ? -1 : evidence.indexOf(object);
        if (at < 0) {
            into.appendElement("span").addClass("sentence").text(evidence);
            return;
        }
        Element s = into.appendElement("span").addClass("sentence");
        s.appendText(evidence.substring(0, at));
        s.appendElement("mark").text(object);
        s.appendText(evidence.substring(at + object.length()));
    }

    /** The first day of an ISO date, month, year or range; null for none. */
    static LocalDate day(String date) {
        if (date == null || date.isBlank()) return null;
        String d = date.split("/")[0];
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(d);
            if (d.matches("\\d{4}-\\d{2}")) return LocalDate.parse(d + "-01");
            if (d.matches("\\d{4}")) return LocalDate.parse(d + "-01-01");
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static void card(Element cards, String label, int n) {
        Element c = cards.appendElement("div").addClass("card");
        c.appendElement("b").text(Integer.toString(n));
        c.appendText(label);
    }
}
