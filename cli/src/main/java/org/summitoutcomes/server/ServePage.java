package org.summitoutcomes.server;

import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.lexicon.DataFile;

/**
 * The page {@code GET /} serves: a form to paste an article (plain text or HTML) with its optional metadata,
 * and, once {@code POST /extract} answers, the article highlighted by entity type with its outcome records
 * beside it, in the report's stylesheet. The script ({@code server/serve.js}) builds the result with DOM
 * text nodes only, so article text is never parsed as markup.
 */
final class ServePage {
    private static final String CSS = DataFile.text("report/report.css") + org.summitoutcomes.export.Palette.css();
    private static final String JS = DataFile.text("server/serve.js");

    private ServePage() {}

    /** The whole page as HTML (UTF-8 text). */
    static String html() {
        Document d = Document.createShell("");
        d.outputSettings().prettyPrint(false);
        d.head().appendElement("meta").attr("charset", "utf-8");
        d.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        d.title("summit-outcomes — try an article");
        d.head().appendElement("style").appendChild(new DataNode(CSS + "\n"
                + "#try textarea { width: 100%; min-height: 180px; font: inherit; box-sizing: border-box; }\n"
                + "#try .row { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0; align-items: center; }\n"
                + "#status.error { color: #b00020; }\n"
                + "#result .doc { grid-template-columns: minmax(0, 1fr); }\n"));
        Element header = d.body().appendElement("header");
        header.appendElement("h1").text("summit-outcomes — try an article");
        header.appendElement("span").text("Paste an article (plain text or HTML): its entities are highlighted and its outcome records listed.");
        Element main = d.body().appendElement("main");
        Element form = main.appendElement("form").attr("id", "try");
        form.appendElement("textarea").attr("id", "article").attr("name", "text").attr("required", "")
                .attr("placeholder", "BEIJING, June 17, 2025 -- The leaders signed a treaty ...");
        Element row = form.appendElement("div").addClass("row");
        row.appendElement("label").text("published ").appendElement("input").attr("type", "date").attr("id", "published");
        row.appendElement("label").text("title ").appendElement("input").attr("type", "text").attr("id", "title").attr("size", "40");
        row.appendElement("label").text("HTML ").appendElement("input").attr("type", "checkbox").attr("id", "is-html");
        row.appendElement("button").attr("type", "submit").attr("id", "go").text("Extract");
        row.appendElement("span").attr("id", "status").addClass("muted").attr("role", "status");
        Element result = main.appendElement("section").attr("id", "result").attr("hidden", "");
        result.appendElement("p").attr("id", "summary").addClass("muted");
        Element legend = result.appendElement("div").addClass("legend");
        for (EntityType t : EntityType.values()) legend.appendElement("span").addClass("ent").addClass("t-" + t.name()).text(t.name());
        legend.appendElement("span").addClass("ev").text("outcome evidence");
        Element grid = result.appendElement("div").addClass("doc");
        grid.appendElement("div").addClass("text").attr("id", "text");
        Element side = grid.appendElement("div");
        side.appendElement("h2").attr("id", "relations-heading").text("Outcome records");
        Element table = side.appendElement("table").attr("id", "doc-relations");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("id", "type", "action", "modality", "parties", "object", "date", "place", "speaker", "confidence", "rule")) {
            head.appendElement("th").text(h);
        }
        table.appendElement("tbody");
        Element raw = result.appendElement("details");
        raw.appendElement("summary").text("the record as JSON");
        raw.appendElement("pre").attr("id", "json");
        d.body().appendElement("script").appendChild(new DataNode(JS));
        return "<!DOCTYPE html>\n" + d.outerHtml() + "\n";
    }
}
