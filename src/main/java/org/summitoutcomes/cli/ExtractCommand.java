package org.summitoutcomes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.summitoutcomes.pipeline.Pipelines;
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

    @Override
    public Integer call() {
        try {
            BatchRunner.Summary s = new BatchRunner(Pipelines.standard(), threads, System.err, !noProgress).run(inputs, out, resume);
            System.err.println(s.line());
            if (s.documents() == 0) return ExitCodes.NOTHING;
            return s.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("error: no such input: " + e.getFile());
            return ExitCodes.USAGE;
        } catch (java.io.IOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
