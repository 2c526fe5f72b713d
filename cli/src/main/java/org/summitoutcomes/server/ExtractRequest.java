package org.summitoutcomes.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.ingest.HtmlText;
import org.summitoutcomes.ingest.SourceArticle;
import org.summitoutcomes.model.Metadata;

/**
 * The body of {@code POST /extract}, read into an article.
 *
 * <ul>
 *   <li>{@code application/json}: an object with {@code text} or {@code html}, and optional {@code id},
 *       {@code published} (YYYY-MM-DD), {@code title}, {@code url}, {@code source};</li>
 *   <li>{@code text/html}: an HTML page (the article text is extracted as for {@code .html} files);</li>
 *   <li>anything else: plain UTF-8 text.</li>
 * </ul>
 * With HTML or plain text the metadata come from the query string ({@code ?published=2025-06-17&title=…}).
 */
public final class ExtractRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The id of the record when the request names none. */
    public static final String DEFAULT_ID = "request";

    private ExtractRequest() {}

    /**
     * @param contentType the request's Content-Type header, or null
     * @param query       decoded query parameters
     * @param body        the request body (already checked against the size limit)
     * @return the article to extract from
     * @throws HttpError 400 for an empty, non-UTF-8 or malformed body, or a bad {@code published}; 415 for a JSON body that is not an object
     */
    static SourceArticle parse(String contentType, Map<String, String> query, byte[] body) throws HttpError {
        if (body.length == 0) throw new HttpError(400, "empty body: send the article as plain text, HTML or JSON");
        String content = utf8(body);
        if (content.isBlank()) throw new HttpError(400, "empty body: send the article as plain text, HTML or JSON");
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) return fromJson(content);
        Metadata meta = metadata(query.get("title"), query.get("published"), query.get("source"), query.get("url"));
        String id = query.getOrDefault("id", DEFAULT_ID);
        if (type.startsWith("text/html") || type.startsWith("application/xhtml")) return fromHtml(id, content, meta);
        return new SourceArticle(id, "request", content, meta);
    }

    private static SourceArticle fromJson(String content) throws HttpError {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (IOException e) {
            throw new HttpError(400, "body is not valid JSON");
        }
        if (node == null || !node.isObject()) throw new HttpError(400, "JSON body must be an object with 'text' or 'html'");
        Metadata meta = metadata(field(node, "title"), field(node, "published"), field(node, "source"), field(node, "url"));
        String id = field(node, "id");
        id = id == null || id.isBlank() ? DEFAULT_ID : id;
        String text = field(node, "text");
        String html = field(node, "html");
        if (text != null && !text.isBlank()) return new SourceArticle(id, "request", text, meta);
        if (html != null && !html.isBlank()) return fromHtml(id, html, meta);
        throw new HttpError(400, "JSON body has neither a non-empty 'text' nor 'html'");
    }

    private static SourceArticle fromHtml(String id, String html, Metadata given) throws HttpError {
        HtmlText.Page page;
        try {
            page = HtmlText.extract(html);
        } catch (RuntimeException | StackOverflowError e) {
            throw new HttpError(400, "HTML could not be parsed");
        }
        if (page.text().isBlank()) throw new HttpError(400, "HTML page has no main text");
        Metadata meta = new Metadata(page.title(), page.published(), null, null, null).overriddenBy(given);
        return new SourceArticle(id, "request", page.text(), meta);
    }

    private static Metadata metadata(String title, String published, String source, String url) throws HttpError {
        if (published != null && !published.isBlank() && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new HttpError(400, "'published' must be a date YYYY-MM-DD");
        }
        return new Metadata(blankToNull(title), blankToNull(published), blankToNull(source), null, blankToNull(url));
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }

    /** Strict UTF-8; a byte-order mark is dropped. */
    private static String utf8(byte[] body) throws HttpError {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            if (s.indexOf('\0') >= 0) throw new HttpError(400, "body is binary (contains NUL bytes)");
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new HttpError(400, "body is not valid UTF-8");
        }
    }
}
