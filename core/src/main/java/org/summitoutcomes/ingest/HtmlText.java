package org.summitoutcomes.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Main text of an HTML page with jsoup: drops navigation, share buttons, breadcrumbs, comment forms and
 * other site furniture, keeps one paragraph per block element and one line per list item.
 */
public final class HtmlText {
    /** Elements that never hold article text. */
    private static final String FURNITURE = String.join(",", List.of(
            "script", "style", "noscript", "template", "iframe", "svg", "nav", "header", "footer", "aside", "form",
            "button", "select", "input", "textarea", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[aria-hidden=true]",
            "[class~=(?i)(share|social|breadcrumb|comment|related|newsletter|subscribe|cookie|sidebar|menu|advert|promo|back-?to-?top)]",
            "[id~=(?i)(share|social|breadcrumb|comment|related|newsletter|subscribe|cookie|sidebar|menu|advert|promo|back-?to-?top)]"));

    private HtmlText() {}

    /** The page title (og:title, else &lt;title&gt;, else the first h1), or null. */
    public record Page(String title, String text, String published) {}

    public static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null) title = doc.title().isBlank() ? null : doc.title().trim();
        String published = meta(doc, "meta[property=article:published_time]");
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main, [role=main]");
        if (root == null) root = doc.body();
        root = root.clone();
        root.select(FURNITURE).remove();
        if (title == null) {
            Element h1 = root.selectFirst("h1");
            if (h1 != null) title = h1.text();
        }
        StringBuilder out = new StringBuilder();
        appendBlocks(root, out);
        return new Page(title, out.toString().strip(), published == null ? null : published.length() >= 10 ? published.substring(0, 10) : null);
    }

    private static String meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        if (e == null) return null;
        String c = e.attr("content").trim();
        return c.isEmpty() ? null : c;
    }

    private static void appendBlocks(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                appendInline(out, t.text());
            } else if (child instanceof Element e) {
                if (e.normalName().equals("br")) {
                    if (inlineBreak(out, e)) appendInline(out, " ");
                    else out.append('\n');
                } else if (e.normalName().equals("li")) {
                    newBlock(out, false);
                    out.append("• ");
                    appendBlocks(e, out);
                    newBlock(out, false);
                } else if (e.isBlock()) {
                    newBlock(out, true);
                    appendBlocks(e, out);
                    newBlock(out, true);
                } else {
                    appendBlocks(e, out);
                }
            }
        }
    }

    /**
     * A {@code <br>} inside a sentence (the text before it does not end a sentence or heading, and the text
     * goes on: a comma or a word of {@code lexicons/continuation-words.txt} before it, or a lower-case word
     * after it) is a space, not a line end.
     * Two breaks in a row, or a break before a block or a list marker, stay line ends.
     */
    static boolean inlineBreak(StringBuilder out, Element br) {
        Node next = br.nextSibling();
        while (next instanceof TextNode t && t.isBlank()) next = next.nextSibling();
        if (next == null) return false;
        String after;
        if (next instanceof TextNode t) after = t.text().strip();
        else if (next instanceof Element n && !n.isBlock() && !n.normalName().equals("br")) after = n.text().strip();
        else return false;
        if (after.isEmpty()) return false;
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) end--;
        if (end == 0) return false;
        char last = out.charAt(end - 1);
        if (".!?:;\n".indexOf(last) >= 0) return false;
        int ws = end - 1;
        while (ws >= 0 && !Character.isWhitespace(out.charAt(ws))) ws--;
        String lastWord = out.substring(ws + 1, end);
        int first = after.codePointAt(0);
        if (!Character.isLetterOrDigit(first)) return false;
        return last == ',' || CONTINUATION.contains(lastWord.toLowerCase(java.util.Locale.ROOT)) || Character.isLowerCase(first);
    }

    /** {@code lexicons/continuation-words.txt}: words after which a line break cannot end a sentence. */
    private static final java.util.Set<String> CONTINUATION = words("/org/summitoutcomes/lexicons/continuation-words.txt");

    private static java.util.Set<String> words(String resource) {
        try (var in = HtmlText.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void appendInline(StringBuilder out, String s) {
        String collapsed = s.replaceAll("\\s+", " ");
        if (collapsed.isBlank()) {
            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) out.append(' ');
            return;
        }
        if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') collapsed = collapsed.stripLeading();
        out.append(collapsed);
    }

    private static void newBlock(StringBuilder out, boolean paragraph) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
        if (out.length() == 0) return;
        String want = paragraph ? "\n\n" : "\n";
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) have++;
        for (int i = have; i < want.length(); i++) out.append('\n');
    }

    static Elements select(String html, String css) { return Jsoup.parse(html).select(css); }
}
