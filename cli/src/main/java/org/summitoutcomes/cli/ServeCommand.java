package org.summitoutcomes.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.Locale;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.SummitOutcomes;
import org.summitoutcomes.server.ExtractServer;
import org.summitoutcomes.server.Extractor;
import org.summitoutcomes.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve [--port 8080] [--host 127.0.0.1]}: loads the models once and answers extraction requests over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load the models once and serve extraction over HTTP (POST /extract, GET /health, GET /).",
                "Runs until interrupted (Ctrl-C):",
                "  POST /extract   an article (text/plain, text/html, or JSON {\"text\"|\"html\", \"published\", \"title\", \"url\", \"id\"};",
                "                  with text or HTML the metadata go in the query string) -> its record (application/json)",
                "  GET  /health    {\"status\":\"ok\", ...} once the models are loaded",
                "  GET  /          a page to paste an article into and see its entities and outcome records",
                "Refusals: 400 bad body, 413 body too large, 422 not English, 429 all workers busy, 503 over the time budget.",
                "Listens on loopback only unless --host says otherwise: the server has no authentication."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:cannot listen (for example: port in use)", "2:bad command line"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).", defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--workers", paramLabel = "N", description = "Extractions running at once (default: number of cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker before 429 (default: twice the workers).")
    Integer queue;

    @Option(names = "--max-bytes", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}).", defaultValue = "2097152")
    long maxBytes;

    @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Longest time for one request before 503 (default: ${DEFAULT-VALUE}).", defaultValue = "30")
    double timeBudget;

    @Option(names = "--port-file", paramLabel = "FILE", description = "Write the port listened on to FILE once ready (for scripts using --port 0).")
    Path portFile;

    @Override
    public Integer call() {
        ServerLimits limits;
        InetAddress address;
        try {
            limits = new ServerLimits(maxBytes, Duration.ofMillis(Math.round(timeBudget * 1000)), workers, queue == null ? 2 * workers : queue);
            address = InetAddress.getByName(host);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (UnknownHostException e) {
            System.err.println("error: unknown host: " + host);
            return ExitCodes.USAGE;
        }
        if (port < 0 || port > 65535) {
            System.err.println("error: port must be 0-65535, got " + port);
            return ExitCodes.USAGE;
        }
        long t0 = System.nanoTime();
        System.err.println("loading models ...");
        Pipeline pipeline = SummitOutcomes.defaultPipeline();
        ExtractServer server;
        try {
            server = ExtractServer.start(new InetSocketAddress(address, port), limits, Extractor.of(pipeline));
        } catch (IOException e) {
            System.err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("warning: listening on " + host + ", reachable from other machines; the server has no authentication");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            if (portFile != null) Files.writeString(portFile, server.port() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("error: cannot write " + portFile + ": " + e.getMessage());
            server.close();
            return ExitCodes.FAILURE;
        }
        System.err.printf(Locale.ROOT, "serving on http://%s:%d/ (models loaded in %.1f s; Ctrl-C stops)%n",
                server.address().getHostString(), server.port(), (System.nanoTime() - t0) / 1e9);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
