package org.summitoutcomes.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.report.ReportSite;
import org.summitoutcomes.score.Report;
import org.summitoutcomes.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report OUT_DIR [--gold gold/] [--to REPORT_DIR]}: a static HTML report over an extract output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a self-contained static HTML report (overview charts, relation table, one page per document, "
                + "and with --gold a scores page) for an output folder written by extract.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:report written", "1:cannot write the report",
                "2:bad command line or unreadable records"})
public final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT_DIR", description = "Output folder of extract (with documents.jsonl).")
    Path out;

    @Option(names = "--gold", paramLabel = "DIR", description = "Gold records: adds the scores page and marks errors in documents.")
    Path gold;

    @Option(names = "--to", paramLabel = "REPORT_DIR", description = "Where to write the site (default: OUT_DIR/report).")
    Path to;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        List<Document> docs;
        List<Document> goldDocs = List.of();
        ObjectNode evaluation = null;
        try {
            Path records = Files.isDirectory(out) ? out.resolve("documents.jsonl") : out;
            docs = RecordFiles.read(records);
            if (gold != null) {
                goldDocs = RecordFiles.read(gold);
                evaluation = Report.json(Scorer.score(goldDocs, docs), true);
            }
        } catch (IOException e) {
            System.err.println("error: " + ErrorLines.of(e));
            return ExitCodes.USAGE;
        }
        Path dir = to != null ? to : (Files.isDirectory(out) ? out : out.toAbsolutePath().getParent()).resolve("report");
        try {
            ReportSite.write(docs, goldDocs, evaluation, dir);
        } catch (IOException e) {
            System.err.println("error: cannot write the report: " + ErrorLines.of(e));
            return ExitCodes.FAILURE;
        }
        System.err.printf(Locale.ROOT, "report: %s (%d documents, %.1f s)%n", dir.resolve("index.html"), docs.size(), (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
