package org.summitoutcomes.report;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.summitoutcomes.export.Palette;
import org.summitoutcomes.lexicon.DataFile;

/**
 * The shell every report page shares: inlined stylesheet and script, navigation. Pages are built as jsoup
 * DOM trees, so every text and attribute value is escaped by jsoup, never concatenated into markup.
 */
final class Pages {
    static final String CSS = DataFile.text("report/report.css") + Palette.css();
    static final String JS = DataFile.text("report/report.js");

    private Pages() {}

    /** A page whose links to the site root go up {@code depth} folders. */
    static Document shell(String title, int depth, boolean hasScores) {
        Document d = Document.createShell("");
        d.outputSettings().prettyPrint(false);
        d.head().appendElement("meta").attr("charset", "utf-8");
        d.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        d.title(title);
        d.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        String up = "../".repeat(depth);
        Element header = d.body().appendElement("header");
        header.appendElement("h1").text(title);
        header.appendElement("a").attr("href", up + "index.html").text("Overview");
        header.appendElement("a").attr("href", up + "outcomes.html").text("Outcomes");
        if (hasScores) header.appendElement("a").attr("href", up + "scores.html").text("Scores");
        d.body().appendElement("main");
        return d;
    }

    static Element main(Document d) { return d.selectFirst("main"); }

    static void script(Document d) {
        d.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(JS));
    }

    /** Inline SVG produced by JFreeSVG (our own markup, not article text). */
    static void svg(Element parent, String svg) {
        parent.appendElement("div").addClass("chart").append(svg);
    }

    static String html(Document d) { return "<!DOCTYPE html>\n" + d.outerHtml() + "\n"; }
}
