package org.summitoutcomes.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.SummitOutcomes;

/**
 * Starts the warm server on a free loopback port and calls it with java.net.http: real extraction (plain
 * text, JSON, HTML), health and page, and every refusal (oversized, empty, non-UTF-8, bad JSON, busy pool,
 * time budget, wrong method and path), none of which shows a stack trace.
 */
@Tag("e2e")
class ExtractServerTest {
    static final String ARTICLE = "ASTANA, June 17, 2025 -- President Xi Jinping and President Kassym-Jomart Tokayev "
            + "signed a treaty of permanent good-neighborliness in Astana on Tuesday.\n\n"
            + "The two sides agreed to establish a joint center for water research.\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static ExtractServer real;

    @BeforeAll
    static void startReal() throws Exception {
        real = ExtractServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServerLimits(64 * 1024, Duration.ofSeconds(60), 2, 2), Extractor.of(SummitOutcomes.defaultPipeline()));
    }

    @AfterAll
    static void stopReal() { real.close(); }

    @Test
    void plainTextGivesTheRecordAsJson() throws Exception {
        HttpResponse<String> r = post(real, "/extract?published=2025-06-17&title=A%20test", "text/plain; charset=utf-8",
                ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode rec = JSON.readTree(r.body());
        assertEquals(ARTICLE, rec.get("text").asText());
        assertEquals("2025-06-17", rec.get("published").asText());
        assertEquals("A test", rec.get("title").asText());
        assertTrue(rec.get("entities").size() > 3, r.body());
        boolean treaty = false;
        for (JsonNode rel : rec.get("relations")) {
            if (rel.get("type").asText().equals("AGREEMENT") && rel.get("action").asText().equals("sign")) {
                treaty = true;
                assertEquals("[\"CHN\",\"KAZ\"]", rel.get("parties").toString());
            }
        }
        assertTrue(treaty, "the signed treaty is a record: " + r.body());
    }

    @Test
    void jsonAndHtmlBodiesGiveTheSameRecordAsText() throws Exception {
        String json = JSON.createObjectNode().put("id", "a1").put("text", ARTICLE).put("published", "2025-06-17").toString();
        HttpResponse<String> viaJson = post(real, "/extract", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, viaJson.statusCode(), viaJson.body());
        JsonNode a = JSON.readTree(viaJson.body());
        assertEquals("a1", a.get("id").asText());
        HttpResponse<String> viaText = post(real, "/extract?id=a1&published=2025-06-17", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(a, JSON.readTree(viaText.body()));
        String html = "<html><head><title>Treaty</title></head><body><nav>Home | World</nav><article><p>"
                + ARTICLE.replace("\n\n", "</p><p>").replace("\n", "") + "</p></article></body></html>";
        HttpResponse<String> viaHtml = post(real, "/extract?published=2025-06-17", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, viaHtml.statusCode(), viaHtml.body());
        JsonNode h = JSON.readTree(viaHtml.body());
        assertFalse(h.get("text").asText().contains("Home | World"), "navigation dropped");
        assertEquals(a.get("relations").size(), h.get("relations").size());
    }

    @Test
    void refusalsAreOneLineJsonWithTheirStatus() throws Exception {
        assertRefused(post(real, "/extract", "text/plain", new byte[0]), 400, "empty");
        assertRefused(post(real, "/extract", "text/plain", " \n ".getBytes(StandardCharsets.UTF_8)), 400, "empty");
        assertRefused(post(real, "/extract", "text/plain", new byte[] {'S', 'i', 'g', 'n', (byte) 0xE9, 'd', (byte) 0xFF}), 400, "UTF-8");
        assertRefused(post(real, "/extract", "text/plain; charset=iso-8859-1", "Sign\u00e9 \u00e0 Astana".getBytes(StandardCharsets.ISO_8859_1)), 400, "UTF-8");
        assertRefused(post(real, "/extract", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8)), 400, "JSON");
        assertRefused(post(real, "/extract", "application/json", "[1, 2]".getBytes(StandardCharsets.UTF_8)), 400, "object");
        assertRefused(post(real, "/extract", "application/json", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8)), 400, "'text'");
        assertRefused(post(real, "/extract?published=June", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)), 400, "YYYY-MM-DD");
        byte[] big = ("The leaders signed a treaty. ".repeat(10_000)).getBytes(StandardCharsets.UTF_8); // about 290 KB > 64 KB
        assertRefused(post(real, "/extract", "text/plain", big), 413, "limit");
        HttpResponse<String> wrongMethod = get(real, "/extract");
        assertRefused(wrongMethod, 405, "POST");
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        assertRefused(get(real, "/nothing-here"), 404, "no such page");
        String german = "Die Staatschefs unterzeichneten am Dienstag in Astana einen Vertrag über dauerhafte gute Nachbarschaft. "
                + "Beide Seiten vereinbarten außerdem, ein gemeinsames Zentrum für Wasserforschung zu gründen und die Zusammenarbeit zu vertiefen.";
        assertRefused(post(real, "/extract", "text/plain", german.getBytes(StandardCharsets.UTF_8)), 422, "not English");
    }

    @Test
    void healthAndPage() throws Exception {
        HttpResponse<String> h = get(real, "/health");
        assertEquals(200, h.statusCode());
        assertEquals("ok", JSON.readTree(h.body()).get("status").asText());
        HttpResponse<String> page = get(real, "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<textarea id=\"article\""), "the page has the paste box");
        assertTrue(page.body().contains(".t-LEADER"), "the page carries the report's stylesheet");
    }

    @Test
    void fullPoolAnswers429AndSlowExtractionAnswers503() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Extractor blocking = a -> {
            started.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Document.of(a.id(), a.text(), a.metadata());
        };
        try (ExtractServer s = ExtractServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServerLimits(1024, Duration.ofSeconds(20), 1, 0), blocking)) {
            CompletableFuture<HttpResponse<String>> first = CLIENT.sendAsync(request(s, "/extract")
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("one")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(started.await(10, TimeUnit.SECONDS));
            HttpResponse<String> second = post(s, "/extract", "text/plain", "two".getBytes(StandardCharsets.UTF_8));
            assertRefused(second, 429, "busy");
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
            release.countDown();
            assertEquals(200, first.get(20, TimeUnit.SECONDS).statusCode());
        }
        Extractor slow = a -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Document.of(a.id(), a.text(), a.metadata());
        };
        Extractor failing = a -> { throw new IllegalStateException("secret internals at line 42"); };
        try (ExtractServer s = ExtractServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServerLimits(1024, Duration.ofMillis(300), 1, 1), slow)) {
            assertRefused(post(s, "/extract", "text/plain", "slow".getBytes(StandardCharsets.UTF_8)), 503, "time budget");
        }
        try (ExtractServer s = ExtractServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                new ServerLimits(1024, Duration.ofSeconds(5), 1, 1), failing)) {
            HttpResponse<String> r = post(s, "/extract", "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
            assertRefused(r, 500, "extraction failed");
            assertFalse(r.body().contains("secret"), "no internals in the response: " + r.body());
        }
    }

    @Test
    void bindsToLoopbackWhenAsked() {
        assertTrue(real.address().getAddress().isLoopbackAddress());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String says) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode o = JSON.readTree(r.body());
        String error = o.get("error").asText();
        assertTrue(error.contains(says), "'" + error + "' should say " + says);
        assertFalse(r.body().contains("\\n") || r.body().contains("at org.") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    private static HttpRequest.Builder request(ExtractServer s, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).timeout(Duration.ofSeconds(120));
    }

    static HttpResponse<String> post(ExtractServer s, String path, String type, byte[] body) throws Exception {
        return CLIENT.send(request(s, path).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(ExtractServer s, String path) throws Exception {
        return CLIENT.send(request(s, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
