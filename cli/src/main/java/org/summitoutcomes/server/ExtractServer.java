package org.summitoutcomes.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.SourceArticle;
import org.summitoutcomes.model.Document;

/**
 * The warm server (JDK {@code com.sun.net.httpserver}): {@code POST /extract} answers an article with its
 * record (contract section 3, {@code application/json}), {@code GET /health} says it is ready, {@code GET /}
 * is a page to paste an article into. Extractions run on a bounded pool ({@link ServerLimits}): a body past
 * the size limit gets 413, a request that finds the workers and the queue full 429, one past the time budget
 * 503. Errors are JSON {@code {"error": "one line"}}, never a stack trace.
 */
public final class ExtractServer implements AutoCloseable {
    /** How much of an oversized body is read and discarded so that the client sees the 413, in bytes. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final ExecutorService io;
    private final ServerLimits limits;
    private final Extractor extractor;
    private final byte[] page;

    private ExtractServer(HttpServer http, ServerLimits limits, Extractor extractor) {
        this.http = http;
        this.limits = limits;
        this.extractor = extractor;
        this.page = ServePage.html().getBytes(StandardCharsets.UTF_8);
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 0, TimeUnit.SECONDS,
                limits.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(limits.queue()),
                r -> daemon(r, "extract-" + n.incrementAndGet()), new ThreadPoolExecutor.AbortPolicy());
        AtomicInteger m = new AtomicInteger();
        // enough connection threads for every request that may hold a worker or a queue place, plus a few to refuse the rest
        this.io = Executors.newFixedThreadPool(limits.workers() + limits.queue() + 4, r -> daemon(r, "http-" + m.incrementAndGet()));
        http.setExecutor(io);
        http.createContext("/", this::handle);
    }

    /**
     * Binds and starts a server.
     *
     * @param address   where to listen (port 0: any free port, see {@link #port()})
     * @param limits    size, time and pool limits
     * @param extractor what turns an article into its record
     * @throws IOException when the address cannot be bound
     */
    public static ExtractServer start(InetSocketAddress address, ServerLimits limits, Extractor extractor) throws IOException {
        ExtractServer s = new ExtractServer(HttpServer.create(address, 64), limits, extractor);
        s.http.start();
        return s;
    }

    /** The port the server listens on. */
    public int port() { return http.getAddress().getPort(); }

    /** The address the server listens on. */
    public InetSocketAddress address() { return http.getAddress(); }

    /** Stops accepting requests, waits at most a second for running ones, and stops the pools. */
    @Override
    public void close() {
        http.stop(1);
        workers.shutdownNow();
        io.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            try {
                switch (path) {
                    case "/extract" -> {
                        allow(ex, "POST");
                        extract(ex);
                    }
                    case "/health" -> {
                        allow(ex, "GET");
                        ObjectNode o = RecordCodec.JSON.createObjectNode().put("status", "ok")
                                .put("workers", limits.workers()).put("busy", workers.getActiveCount())
                                .put("queued", workers.getQueue().size());
                        send(ex, 200, "application/json; charset=utf-8", json(o));
                    }
                    case "/", "/index.html" -> {
                        allow(ex, "GET");
                        send(ex, 200, "text/html; charset=utf-8", page);
                    }
                    default -> throw new HttpError(404, "no such page: " + path + " (try POST /extract, GET /health or GET /)");
                }
            } catch (HttpError e) {
                error(ex, e.status(), e.getMessage());
            } catch (RuntimeException | Error e) {
                System.err.println("error: request failed: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
                error(ex, 500, "internal error (the server's log has a line about it)");
            }
        }
    }

    /** 405 with an Allow header unless the request uses {@code allowed}. */
    private static void allow(HttpExchange ex, String allowed) throws HttpError {
        if (!ex.getRequestMethod().equals(allowed)) {
            ex.getResponseHeaders().set("Allow", allowed);
            throw new HttpError(405, "method " + ex.getRequestMethod() + " not allowed here; only " + allowed);
        }
    }

    private void extract(HttpExchange ex) throws IOException, HttpError {
        byte[] body = body(ex);
        SourceArticle article = ExtractRequest.parse(ex.getRequestHeaders().getFirst("Content-Type"), query(ex.getRequestURI().getRawQuery()), body);
        Future<Document> job;
        try {
            job = workers.submit(() -> extractor.extract(article));
        } catch (RejectedExecutionException e) {
            ex.getResponseHeaders().set("Retry-After", "1");
            throw new HttpError(429, "server busy: all " + limits.workers() + " workers and " + limits.queue() + " queue places are taken; retry shortly");
        }
        Document d;
        try {
            d = job.get(limits.timeBudget().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new HttpError(503, "extraction took longer than the time budget of " + limits.timeBudget().toMillis() / 1000.0 + " s; send a shorter text");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "server is shutting down");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IllegalArgumentException) throw new HttpError(422, oneLine(c.getMessage()));
            System.err.println("error: extraction failed: " + c.getClass().getSimpleName() + ": " + oneLine(c.getMessage()));
            throw new HttpError(500, "extraction failed (internal error; the server's log has a line about it)");
        }
        send(ex, 200, "application/json; charset=utf-8", json(RecordCodec.toJson(d)));
    }

    /** Reads the body up to the size limit; past it, drains a bounded amount and answers 413. */
    private byte[] body(HttpExchange ex) throws IOException, HttpError {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        long max = limits.maxBodyBytes();
        InputStream in = ex.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long total = 0;
        boolean tooLarge = declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > max;
        int r;
        while ((r = in.read(buf)) > 0) {
            total += r;
            if (total > max) tooLarge = true;
            if (!tooLarge) out.write(buf, 0, r);
            if (total > DRAIN_LIMIT) break;
        }
        if (tooLarge) throw new HttpError(413, "body is larger than the limit of " + max + " bytes");
        return out.toByteArray();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is ignored
            }
        }
        return out;
    }

    private static void error(HttpExchange ex, int status, String message) throws IOException {
        ObjectNode o = RecordCodec.JSON.createObjectNode().put("status", status).put("error", oneLine(message));
        send(ex, status, "application/json; charset=utf-8", json(o));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] json(ObjectNode o) {
        try {
            return RecordCodec.JSON.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s+", " ").strip(); }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
