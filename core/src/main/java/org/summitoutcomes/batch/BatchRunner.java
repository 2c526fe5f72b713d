package org.summitoutcomes.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.Locale;
import org.summitoutcomes.export.CsvTables;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.InputReader;
import org.summitoutcomes.ingest.Manifest;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.pipeline.Pipeline;

/**
 * Runs the pipeline over a batch: reads inputs in name order, processes them on a pool of worker threads
 * sharing one pipeline, and writes {@code documents.jsonl}, {@code entities.csv}, {@code relations.csv}
 * and {@code errors.jsonl} in input order. Files are written under temporary names and renamed at the end,
 * so an interrupted run never leaves output that looks complete; a journal ({@link Journal}) lets
 * {@code --resume} continue it.
 */
public final class BatchRunner {
    /** What a batch did. */
    public record Summary(int documents, int entities, int relations, int warnings, int failed, double seconds) {
        public String line() {
            return String.format(Locale.ROOT, "%d documents, %d entities, %d relations, %d warnings, %d skipped, %.1f s",
                    documents, entities, relations, warnings, failed, seconds);
        }
    }

    /** The time budget of one document when none is given. */
    public static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofMinutes(3);

    private final Pipeline pipeline;
    private final int threads;
    private final PrintStream err;
    private final boolean progress;
    private final Duration docTimeout;
    private final ProgressDisplay.Factory display;

    public BatchRunner(Pipeline pipeline, int threads, PrintStream err, boolean progress) {
        this(pipeline, threads, err, progress, DEFAULT_DOC_TIMEOUT);
    }

    /** {@code docTimeout}: the time one document may take in the pipeline before it is skipped as "timed out". */
    public BatchRunner(Pipeline pipeline, int threads, PrintStream err, boolean progress, Duration docTimeout) {
        this(pipeline, threads, err, progress, docTimeout, null);
    }

    /**
     * {@code display}: the progress display opened on an interactive terminal when {@code progress} is on and
     * the batch has more than one input; null for none (plain progress lines are printed instead).
     */
    public BatchRunner(Pipeline pipeline, int threads, PrintStream err, boolean progress, Duration docTimeout,
            ProgressDisplay.Factory display) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
        this.docTimeout = docTimeout;
        this.display = display;
    }

    public Summary run(List<Path> inputs, Path outDir) throws IOException {
        return run(inputs, outDir, false);
    }

    /**
     * Processes the batch. With {@code resume}, a batch interrupted in the same output folder continues
     * where its journal ends: finished inputs are not processed again, and the output is the same as an
     * uninterrupted run's.
     *
     * @throws BatchException with its exit code when the folder is in use, is a file, or cannot be resumed
     * @throws IOException when output cannot be written or a worker fails outside any one document
     */
    public Summary run(List<Path> inputs, Path outDir, boolean resume) throws IOException {
        long t0 = System.nanoTime();
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new BatchException(BatchException.Kind.FAILURE, "output folder is a file: " + outDir);
        }
        Files.createDirectories(outDir);
        if (!Files.isWritable(outDir)) throw new BatchException(BatchException.Kind.FAILURE, "output folder is not writable: " + outDir);
        try (OutputLock lock = OutputLock.acquire(outDir)) {
            if (lock.staleOwner() != null && !lock.staleOwner().equals(Long.toString(ProcessHandle.current().pid()))) {
                err.println("warning: took over the lock of pid " + lock.staleOwner() + ", which is no longer running");
            }
            return run(inputs, outDir, resume, t0);
        }
    }

    private Summary run(List<Path> inputs, Path outDir, boolean resume, long t0) throws IOException {
        InputReader reader = new InputReader();
        List<Path> files = reader.list(inputs, outDir, Journal.OUTPUT_NAMES);
        List<String> keys = new ArrayList<>();
        for (Path f : files) keys.add(Journal.key(InputReader.canonical(f)));
        Journal journal = Journal.open(outDir, resume, Journal.digest(keys), keys.size());
        if (journal.publishing()) {
            journal.complete();
            Journal.Entry e = journal.last();
            return new Summary(e.documents(), e.entities(), e.relations(), e.warnings(), e.failed(), (System.nanoTime() - t0) / 1e9);
        }
        Journal.Entry done = journal.last();
        int docs = done.documents(), ents = done.entities(), rels = done.relations(), warns = done.warnings(), failed = done.failed();
        if (resume && !journal.finished().isEmpty()) err.println("resuming: " + journal.finished().size() + " inputs already done");
        UniqueIds ids = UniqueIds.readFrom(journal.tmp(Journal.DOCUMENTS));
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) if (!journal.finished().contains(keys.get(i))) todo.add(i);
        TimedPool pool = new TimedPool(threads, docTimeout);
        try (BufferedWriter docsOut = journal.writer(Journal.DOCUMENTS);
             BufferedWriter errOut = journal.writer(Journal.ERRORS);
             CsvTables tables = new CsvTables(journal.writer(Journal.ENTITIES), journal.writer(Journal.RELATIONS), done.isStart());
             ProgressDisplay bar = progress && files.size() > 1 && display != null && ProgressLines.interactive()
                     ? display.open(files.size(), files.size() - todo.size(), err) : null) {
            ProgressLines lines = progress && files.size() > 1 && bar == null ? new ProgressLines(err, files.size(), files.size() - todo.size()) : null;
            List<Future<List<CompletableFuture<InputResult>>>> window = new ArrayList<>();
            List<Integer> windowFiles = new ArrayList<>();
            int next = 0;
            while (next < todo.size() || !window.isEmpty()) {
                while (next < todo.size() && window.size() < threads * 4) {
                    int index = todo.get(next++);
                    Path file = files.get(index);
                    Manifest manifest = reader.manifestFor(file.toAbsolutePath().getParent());
                    window.add(pool.submit(() -> pool.each(reader.read(file, manifest), r -> InputProcessor.process(pipeline, List.of(r)).get(0),
                            r -> new InputResult.Failed(r.origin(), "pipeline", "timed out after " + docTimeout.toSeconds() + " s"))));
                    windowFiles.add(index);
                }
                int index = windowFiles.remove(0);
                Path file = files.get(index);
                List<InputResult> outcomes = new ArrayList<>();
                try {
                    for (CompletableFuture<InputResult> f : window.remove(0).get()) outcomes.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("worker failed on " + file + ": " + e.getCause(), e.getCause());
                }
                for (InputResult o : outcomes) {
                    if (o instanceof InputResult.Processed p) {
                        Document d = ids.unique(p.document());
                        docsOut.write(RecordCodec.toLine(d));
                        docsOut.write('\n');
                        tables.write(d);
                        docs++;
                        ents += d.mentions().size();
                        rels += d.relations().size();
                        warns += d.warnings().size();
                        if (d != p.document() && bar == null) err.println("warning: " + d.warnings().get(d.warnings().size() - 1));
                    } else {
                        ObjectNode e = RecordCodec.JSON.createObjectNode();
                        e.put("file", o.origin());
                        e.put("stage", o.stage());
                        e.put("message", o.message());
                        errOut.write(RecordCodec.JSON.writeValueAsString(e));
                        errOut.write('\n');
                        failed++;
                        if (bar == null) err.println("skipped " + o.origin() + ": " + o.message());
                    }
                }
                docsOut.flush();
                errOut.flush();
                tables.flush();
                journal.record(keys.get(index), new Journal.Entry(docs, ents, rels, warns, failed));
                if (bar != null) bar.step();
                if (lines != null) lines.step();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String w : reader.warnings()) err.println("warning: " + w);
        // outcomes.jsonl/csv, and outcome ids and event codes on every record, before the files are published together
        org.summitoutcomes.export.OutcomeFiles.consolidate(journal.tmp(Journal.DOCUMENTS), journal.tmp(Journal.RELATIONS),
                journal.tmp(Journal.OUTCOMES), journal.tmp(Journal.OUTCOMES_TABLE));
        journal.complete();
        return new Summary(docs, ents, rels, warns + reader.warnings().size(), failed, (System.nanoTime() - t0) / 1e9);
    }
}
