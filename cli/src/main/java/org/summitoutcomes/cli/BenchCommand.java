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
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.SummitOutcomes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bench DIR --mode ours|bare --threads N}: one measurement in a fresh JVM (scripts/bench runs several
 * and compares them). Prints one JSON line: model load seconds, documents and tokens per second, peak heap and
 * peak resident memory. Throughput is timed after an untimed warm-up that lasts until the JIT compiler is nearly idle
 * (the steady state of a long batch: CoreNLP is so much code that C2 keeps one of two cores busy for the first few
 * hundred articles); the cold figure times the warm-up and the timed pass together. "bare" is CoreNLP's tokenize,ssplit,pos,lemma,ner,depparse with default settings.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure throughput on a folder of .txt articles (used by scripts/bench).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:measured (one JSON line on stdout)", "1:internal error",
                "2:bad command line or no articles in DIR"})
public final class BenchCommand implements Callable<Integer> {
    private static final int WARMUP_CHUNK = 30;
    /** JIT compiler CPU per second of wall time below which the warm-up ends. */
    private static final double JIT_QUIET = 0.1;

    @Parameters(paramLabel = "DIR", description = "Folder of .txt articles.")
    Path dir;

    @Option(names = "--mode", required = true, description = "ours or bare")
    String mode;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--warmup-max-seconds", description = "Longest warm-up: documents are processed untimed, in chunks "
            + "cycling through the batch, until the JIT compiler threads use under a tenth of a core in two chunks in a row or this time has "
            + "passed (default: ${DEFAULT-VALUE}); 0 times a cold run.")
    int warmupMaxSeconds = 240;

    /** Processes some documents of the batch (by index) on the configured threads. */
    private interface Batch {
        void process(List<Integer> docs) throws Exception;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("error: no .txt articles in " + dir);
            return ExitCodes.USAGE;
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) texts.add(Files.readString(f, StandardCharsets.UTF_8));
        long[] tokensOf = new long[texts.size()];
        long tokens = 0;
        for (int i = 0; i < texts.size(); i++) tokens += tokensOf[i] = CoreNlp.words(texts.get(i)).size();

        long t0 = System.nanoTime();
        Batch batch;
        Path[] lastOut = new Path[1]; // ours: the output folder of the last batch, consolidated again below to time it
        if (mode.equals("ours")) {
            Pipeline p = SummitOutcomes.defaultPipeline();
            p.run(Document.of("warmup", "Xi said China signed the Astana Declaration on June 17, 2025 in Astana.",
                    new Metadata(null, "2025-06-17", null, null, null)));
            BatchRunner runner = new BatchRunner(p, threads, new PrintStream(new ByteArrayOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8), false);
            batch = docs -> runner.run(docs.stream().map(files::get).toList(), lastOut[0] = Files.createTempDirectory("bench-out"));
        } else if (mode.equals("bare")) {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            StanfordCoreNLP bare = new StanfordCoreNLP(props);
            bare.annotate(new Annotation("Xi said China signed the Astana Declaration on June 17, 2025 in Astana."));
            batch = docs -> annotateAll(bare, docs.stream().map(texts::get).toList());
        } else {
            System.err.println("error: --mode must be ours or bare");
            return ExitCodes.USAGE;
        }
        double load = (System.nanoTime() - t0) / 1e9;

        // warm-up: chunks of documents, cycling through the batch, until the JIT compiler is (nearly) idle
        long t1 = System.nanoTime();
        int warmDocs = 0;
        long warmTokens = 0;
        int quietChunks = 0;
        while ((System.nanoTime() - t1) / 1e9 < warmupMaxSeconds) {
            List<Integer> chunk = new ArrayList<>();
            for (int i = 0; i < WARMUP_CHUNK; i++) chunk.add((warmDocs + i) % files.size());
            double jit0 = jitCpuSeconds();
            long c0 = System.nanoTime();
            batch.process(chunk);
            double chunkSeconds = (System.nanoTime() - c0) / 1e9;
            warmDocs += chunk.size();
            for (int i : chunk) warmTokens += tokensOf[i];
            quietChunks = (jitCpuSeconds() - jit0) / chunkSeconds < JIT_QUIET ? quietChunks + 1 : 0;
            if (quietChunks == 2) break; // two in a row: one quiet chunk can be a pause between compilations
        }
        double warmSeconds = (System.nanoTime() - t1) / 1e9;

        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) all.add(i);
        double jitBefore = jitCpuSeconds();
        long t2 = System.nanoTime();
        batch.process(all);
        double seconds = (System.nanoTime() - t2) / 1e9;
        double jitTimed = jitCpuSeconds() - jitBefore;
        double consolidate = 0; // the consolidation step alone (it is part of the timed pass)
        if (lastOut[0] != null) {
            long c0 = System.nanoTime();
            org.summitoutcomes.export.OutcomeFiles.consolidate(lastOut[0]);
            consolidate = (System.nanoTime() - c0) / 1e9;
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"mode\":\"%s\",\"threads\":%d,\"documents\":%d,\"tokens\":%d,\"load_s\":%.2f,\"warmup_docs\":%d,\"warmup_s\":%.1f,"
                        + "\"seconds\":%.2f,\"docs_per_s\":%.3f,\"tokens_per_s\":%.1f,\"cold_tokens_per_s\":%.1f,"
                        + "\"jit_cpu_s_in_timed_pass\":%.1f,\"peak_heap_mb\":%d,\"peak_rss_mb\":%d,\"consolidate_s\":%.3f}",
                mode, threads, texts.size(), tokens, load, warmDocs, warmSeconds, seconds, texts.size() / seconds, tokens / seconds,
                (tokens + warmTokens) / (seconds + warmSeconds), jitTimed, peakHeap >> 20, peakRssMb(), consolidate));
        return ExitCodes.OK;
    }

    private void annotateAll(StanfordCoreNLP pipeline, List<String> texts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> {
                    Annotation a = new Annotation(t);
                    pipeline.annotate(a);
                    return a.get(CoreAnnotations.TokensAnnotation.class).size();
                }));
            }
            for (Future<Integer> f : futures) f.get();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * CPU seconds spent so far by the JIT compiler threads (Linux /proc; 0 elsewhere): on two cores a busy C2
     * compiler takes time from the workers, which is why the throughput is timed after a warm-up.
     */
    private static double jitCpuSeconds() {
        double total = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) continue;
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, in clock ticks
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return total;
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
