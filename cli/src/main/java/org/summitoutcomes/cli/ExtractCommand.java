package org.summitoutcomes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitoutcomes.batch.BatchException;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.SummitOutcomes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract IN... -o OUT}: runs the pipeline over articles and writes the datasets. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities, agreements and commitments from articles (.txt, .html, .htm, .jsonl; "
                + "folders with an optional manifest.csv) into documents.jsonl, entities.csv, relations.csv and errors.jsonl.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all documents processed", "1:internal error", "2:bad command line",
                "3:done, some documents skipped (see errors.jsonl)", "4:nothing usable: no document processed"})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IN", description = "Input files or folders.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder (created if missing).")
    Path out;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "No progress on stderr (by default: a bar on a terminal, otherwise a plain line per 10 %%).")
    boolean noProgress;

    @Option(names = "--resume", description = "Continue a batch that was interrupted in the same output folder, without "
            + "processing again the inputs it finished.")
    boolean resume;

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", description = "Time one document may take; a document that takes "
            + "longer is skipped into errors.jsonl as 'timed out' and the batch goes on (default: ${DEFAULT-VALUE}).")
    long docTimeout = BatchRunner.DEFAULT_DOC_TIMEOUT.toSeconds();

    /**
     * A fresh temporary file for CoreNLP's own warnings (with their stack traces), so that they stay off stderr
     * and no other run's log is touched; null if it cannot be made.
     */
    private static Path libraryLog() {
        try {
            Path log = java.nio.file.Files.createTempFile("summit-outcomes-extract-", ".log");
            System.setProperty("org.slf4j.simpleLogger.logFile", log.toString());
            return log;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Moves a non-empty library log to {@code OUT/extract.log} (or leaves it where it is) and says where it is. */
    private void reportLibraryLog(Path log) {
        try {
            if (log == null || !java.nio.file.Files.exists(log)) return;
            if (java.nio.file.Files.size(log) == 0) {
                java.nio.file.Files.delete(log);
                return;
            }
            Path kept = log;
            if (java.nio.file.Files.isDirectory(out)) {
                kept = java.nio.file.Files.move(log, out.resolve(LOG_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            System.err.println("CoreNLP warnings were written to " + kept);
        } catch (java.io.IOException e) {
            System.err.println("CoreNLP warnings were written to " + log);
        }
    }

    /** Where the libraries' log lines go, inside the output folder. */
    static final String LOG_FILE = "extract.log";

    @Override
    public Integer call() {
        if (docTimeout <= 0) {
            System.err.println("error: --doc-timeout must be a positive number of seconds: " + docTimeout);
            return ExitCodes.USAGE;
        }
        if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) { // before the models load
            System.err.println("error: output folder is a file: " + out);
            return ExitCodes.FAILURE;
        }
        Path log = libraryLog();
        try {
            BatchRunner.Summary s = new BatchRunner(SummitOutcomes.defaultPipeline(), threads, System.err, !noProgress,
                    java.time.Duration.ofSeconds(docTimeout), TerminalProgressBar::open).run(inputs, out, resume);
            System.err.println(s.line());
            if (s.documents() == 0) return ExitCodes.NOTHING;
            return s.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (BatchException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.of(e.kind());
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("error: no such input: " + e.getFile());
            return ExitCodes.USAGE;
        } catch (java.io.IOException e) {
            System.err.println("error: " + ErrorLines.of(e));
            return ExitCodes.FAILURE;
        } finally {
            reportLibraryLog(log);
        }
    }
}
