package org.summitoutcomes.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.score.Report;
import org.summitoutcomes.score.Scorer;

/** The generated HTML, read back with jsoup: highlights match the offsets, hostile text stays text, scores match evaluate. */
@Tag("unit")
class ReportSiteTest {
    @TempDir Path dir;

    static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> 🇰🇿 Kazakhstan and China signed "
            + "the Astana Declaration.\nChina will establish a center.";

    static Mention m(String id, EntityType t, String surface, String norm) {
        int at = HOSTILE.codePointCount(0, HOSTILE.indexOf(surface));
        int len = surface.codePointCount(0, surface.length());
        return new Mention(id, t, new Span(at, at + len), surface, norm, Map.of(), "test");
    }

    static Document predicted() {
        int nl = HOSTILE.codePointCount(0, HOSTILE.indexOf('\n'));
        return new Document("d<1>", new Metadata("T<b>", "2025-06-17", "S", null, null), new Text(HOSTILE), List.of(), List.of(),
                List.of(m("E1", EntityType.COUNTRY, "Kazakhstan", "KAZ"), m("E2", EntityType.COUNTRY, "China", "CHN"),
                        m("E3", EntityType.DOCUMENT, "Astana Declaration", "Astana Declaration")),
                List.of(new Relation("R1", RelationType.AGREEMENT, "sign", null, List.of("CHN", "KAZ"), "Astana Declaration", "E3",
                        "2025-06-17", null, null, new Span(0, nl), 0.9, "agr-sign"),
                        new Relation("R2", RelationType.COMMITMENT, "establish", Modality.PLEDGED, List.of("CHN"), "establish a center",
                                null, null, null, null, new Span(nl + 1, HOSTILE.codePointCount(0, HOSTILE.length())), 0.6, "com-will")),
                List.of());
    }

    static Document gold() {
        Document p = predicted();
        return p.withMentions(List.of(m("E1", EntityType.COUNTRY, "Kazakhstan", "KAZ"), m("E2", EntityType.LOCATION, "China", "China"),
                m("E3", EntityType.DOCUMENT, "Astana Declaration", "Astana Declaration"))).withRelations(p.relations().subList(0, 1));
    }

    @Test
    void everyEntityIsHighlightedOnceWithItsTypeAndOffsets() throws IOException {
        Document d = predicted();
        ReportSite.write(List.of(d), List.of(), null, dir);
        var page = Jsoup.parse(dir.resolve("docs").resolve(ReportSite.fileName(d.id())).toFile());
        for (Mention m : d.mentions()) {
            var found = page.select("#text span.ent[data-start=" + m.span().start() + "][data-end=" + m.span().end() + "]");
            assertEquals(1, found.size(), m.toString());
            Element e = found.first();
            assertEquals(m.type().name(), e.attr("data-type"));
            assertTrue(e.hasClass("t-" + m.type().name()));
            assertEquals(d.cover(m.span()), e.text());
            assertTrue(e.attr("title").contains(m.normalized()));
        }
        assertEquals(d.mentions().size(), page.select("#text span.ent").size());
        assertEquals(HOSTILE, page.getElementById("text").wholeText(), "the page shows the text, whole and unchanged");
        assertTrue(page.select("#text span.ev").size() >= 2, "evidence is marked");
    }

    @Test
    void hostileTextRendersAsText() throws IOException {
        Document d = predicted();
        ReportSite.write(List.of(d), List.of(), null, dir);
        for (Path p : List.of(dir.resolve("index.html"), dir.resolve("docs").resolve(ReportSite.fileName(d.id())))) {
            var page = Jsoup.parse(p.toFile());
            assertTrue(page.select("img").isEmpty(), "no injected element in " + p);
            assertEquals(1, page.select("script").size() <= 1 ? 1 : 0, "only the report's own script in " + p);
            for (Element s : page.select("script")) assertTrue(!s.data().contains("alert("), "article text never becomes script");
            assertTrue(Files.readString(p).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
            assertTrue(page.select("link[href], script[src], img[src]").isEmpty(), "nothing fetched from elsewhere");
        }
    }

    @Test
    void scoresPageShowsEvaluateFiguresExactly() throws IOException {
        Document p = predicted(), g = gold();
        ObjectNode ev = Report.json(Scorer.score(List.of(g), List.of(p)), true);
        ReportSite.write(List.of(p), List.of(g), ev, dir);
        var page = Jsoup.parse(dir.resolve("scores.html").toFile());
        ev.get("headline").fields().forEachRemaining(e -> {
            Element row = page.selectFirst("#headline tr[data-key=" + e.getKey() + "]");
            assertNotNull(row, e.getKey());
            assertEquals(ReportSite.num(e.getValue()), row.select("td").first().text());
        });
        check(page.getElementById("layer-strict"), ev.get("entities").get("strict"));
        check(page.getElementById("layer-partial"), ev.get("entities").get("partial"));
        check(page.getElementById("layer-documents"), ev.get("documents"));
        check(page.getElementById("layer-relations"), ev.get("relations"));
        assertEquals(ev.get("errors").size(), page.select("#errors li").size());
        var doc = Jsoup.parse(dir.resolve("docs").resolve(ReportSite.fileName(p.id())).toFile());
        assertEquals(1, doc.select("#text span.ent.fp").size(), "China predicted as COUNTRY, gold LOCATION");
        assertEquals(2, doc.select("#text span.ent.tp").size());
    }

    private static void check(Element table, JsonNode layer) {
        layer.get("per_type").fields().forEachRemaining(e -> row(table, e.getKey(), e.getValue()));
        row(table, "micro", layer.get("micro"));
    }

    private static void row(Element table, String name, JsonNode prf) {
        Element tr = table.selectFirst("tr[data-row=" + name + "]");
        assertNotNull(tr, name);
        var td = tr.select("td");
        assertEquals(ReportSite.num(prf.get("precision")), td.get(1).text(), name);
        assertEquals(ReportSite.num(prf.get("recall")), td.get(2).text(), name);
        assertEquals(ReportSite.num(prf.get("f1")), td.get(3).text(), name);
        assertEquals(prf.get("tp").asText(), td.get(4).text(), name);
    }

    @Test
    void scoresHaveThreeDecimalsAndRecordsLinkToTheirEvidence() throws IOException {
        Document p = predicted(), g = gold();
        ReportSite.write(List.of(p), List.of(g), Report.json(Scorer.score(List.of(g), List.of(p)), true), dir);
        var scores = Jsoup.parse(dir.resolve("scores.html").toFile());
        var cells = scores.select("td.num");
        assertTrue(cells.size() > 20);
        for (Element td : cells) assertTrue(td.text().matches("\\d+|\\d\\.\\d{3}"), "one number format: " + td.text());
        assertTrue(scores.getElementById("shares").text().matches(".*parties right \\d\\.\\d{3}, modality right \\d\\.\\d{3}, date right \\d\\.\\d{3}\\."),
                scores.getElementById("shares").text());
        var index = Jsoup.parse(dir.resolve("index.html").toFile());
        assertEquals("docs/" + ReportSite.fileName(p.id()) + "#ev-R1", index.select("#relations tbody tr").get(0).select("td").get(1).selectFirst("a").attr("href"));
        var doc = Jsoup.parse(dir.resolve("docs").resolve(ReportSite.fileName(p.id())).toFile());
        for (String id : List.of("R1", "R2")) {
            Element ev = doc.getElementById("ev-" + id);
            assertNotNull(ev, id);
            assertEquals(id, ev.attr("data-label"));
            assertEquals("#ev-" + id, doc.selectFirst("#doc-relations tr#" + id + " a").attr("href"));
        }
        assertEquals(doc.select("#text span.ev").size(), doc.select("#text span.ev[data-relations]").size(), "every evidence piece names its records");
    }
}
