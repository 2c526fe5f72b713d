package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.summitoutcomes.batch.InputProcessor;
import org.summitoutcomes.ingest.ReadResult;
import org.summitoutcomes.ingest.SourceArticle;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.SummitOutcomes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code bench-length DIR}: time per document against document length (used by scripts/bench-length). Each
 * {@code .txt} of DIR is processed once, in order of size, after a warm-up on the smallest; prints one JSON line
 * per document ({@code bytes}, wall {@code seconds}, {@code cpu_seconds} of the processing thread, which a
 * machine shared with other jobs does not distort) and a last line with the least-squares line
 * {@code cpu_seconds = a + b * MB} and its R².
 */
@Command(name = "bench-length", mixinStandardHelpOptions = true, description = "Time per document against its length (scripts/bench-length).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured (one JSON line per document on stdout)", "1:internal error",
                "2:bad command line or missing input"})
public final class LengthBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of .txt documents of growing length.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".txt")).toList());
        }
        files.sort((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()));
        if (files.isEmpty()) {
            System.err.println("error: no .txt documents in " + dir);
            return ExitCodes.USAGE;
        }
        Pipeline p = SummitOutcomes.defaultPipeline();
        String smallest = Files.readString(files.get(0), StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) run(p, smallest); // warm-up
        List<double[]> points = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
            String failed = run(p, text);
            double s = (System.nanoTime() - t0) / 1e9, c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            points.add(new double[] {mb, c});
            System.out.printf(Locale.ROOT, "{\"file\":\"%s\",\"bytes\":%d,\"seconds\":%.3f,\"cpu_seconds\":%.3f,\"cpu_seconds_per_mb\":%.1f%s}%n",
                    f.getFileName(), Math.round(mb * 1e6), s, c, c / mb, failed == null ? "" : ",\"failed\":\"" + failed.replace("\"", "'") + "\"");
        }
        double n = points.size(), sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (double[] q : points) {
            sx += q[0];
            sy += q[1];
            sxx += q[0] * q[0];
            sxy += q[0] * q[1];
            syy += q[1] * q[1];
        }
        double b = (n * sxy - sx * sy) / (n * sxx - sx * sx), a = (sy - b * sx) / n;
        double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
        System.out.printf(Locale.ROOT, "{\"fit\":\"cpu_seconds = a + b * MB\",\"a\":%.3f,\"b\":%.1f,\"r2\":%.4f}%n", a, b, r * r);
        return ExitCodes.OK;
    }

    /** Null when the document was processed, else the failure message. */
    private static String run(Pipeline p, String text) {
        var out = InputProcessor.process(p, List.of(new ReadResult.Ok(new SourceArticle("bench", "bench", text, Metadata.EMPTY))));
        return out.get(0).message();
    }
}
