package org.summitoutcomes.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench DIR --mode ours|bare --threads N}: one measurement in a fresh JVM (scripts/bench runs several
 * and compares them). Prints one JSON line: model load seconds, documents and tokens per second, peak heap and
 * peak resident memory. "bare" is CoreNLP's tokenize,ssplit,pos,lemma,ner,depparse with default settings.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput on a folder of .txt articles (used by scripts/bench).")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder of .txt articles.")
    Path dir;

    @Option(names = "--mode", required = true, description = "ours or bare")
    String mode;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        long tokens = 0;
        for (String t : texts) tokens += CoreNlp.words(t).size();

        long t0 = System.nanoTime();
        double load;
        double seconds;
        if (mode.equals("ours")) {
            Pipeline p = Pipelines.standard();
            p.run(Document.of("warmup", "Xi said China signed the Astana Declaration on June 17, 2025 in Astana.",
                    new Metadata(null, "2025-06-17", null, null, null)));
            load = (System.nanoTime() - t0) / 1e9;
            Path out = Files.createTempDirectory("bench-out");
            long t1 = System.nanoTime();
            new BatchRunner(p, threads, new PrintStream(new ByteArrayOutputStream()), false).run(files, out);
            seconds = (System.nanoTime() - t1) / 1e9;
        } else if (mode.equals("bare")) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            StanfordCoreNLP bare = new StanfordCoreNLP(props);
            bare.annotate(new Annotation("Xi said China signed the Astana Declaration on June 17, 2025 in Astana."));
            load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> {
                    Annotation a = new Annotation(t);
                    bare.annotate(a);
                    return a.get(CoreAnnotations.TokensAnnotation.class).size();
                }));
            }
            for (Future<Integer> f : futures) f.get();
            pool.shutdown();
            seconds = (System.nanoTime() - t1) / 1e9;
        } else {
            System.err.println("error: --mode must be ours or bare");
            return ExitCodes.USAGE;
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"mode\":\"%s\",\"threads\":%d,\"documents\":%d,\"tokens\":%d,\"load_s\":%.2f,\"seconds\":%.2f,"
                        + "\"docs_per_s\":%.3f,\"tokens_per_s\":%.1f,\"peak_heap_mb\":%d,\"peak_rss_mb\":%d}",
                mode, threads, texts.size(), tokens, load, seconds, texts.size() / seconds, tokens / seconds,
                peakHeap >> 20, peakRssMb()));
        return ExitCodes.OK;
    }

    /** Peak resident set size of this process (Linux VmHWM), or -1 where /proc is not available. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
