package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.score.DocRecordReader;
import org.summitoutcomes.score.DocReport;
import org.summitoutcomes.score.DocScorer;
import org.summitoutcomes.score.DocScores;
import org.summitoutcomes.score.Report;
import org.summitoutcomes.score.Scorer;
import org.summitoutcomes.score.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code evaluate --gold gold/ --pred out/documents.jsonl}: scores predictions against the mention-level gold;
 * {@code evaluate --doc-gold DIR --pred out/documents.jsonl}: against document-level gold.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score predicted records against the gold (contract section 4): entity mentions strict and partial, "
                + "document-level values, relations with the share of right parties, modality and date. With --doc-gold: "
                + "against document-level gold, with the figures of ../shared/tools/score-doclevel.py.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and no regression)", "1:a headline F1 fell below the baseline by more than the tolerance",
                "2:bad command line or unreadable records"},
        footerHeading = "%nSee also:%n", footer = {"  docs/SCORING.md   how each figure is computed (matching rules, with examples)",
                "  docs/FORMAT.md    the record format and the entity and relation definitions"})
public final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "Folder of gold records (*.json) or a documents.jsonl (mention level; "
            + "this or --doc-gold is required).")
    Path gold;

    @Option(names = "--doc-gold", paramLabel = "DIR", description = "Folder of document-level gold (dNN.json, as ../shared/devset/gold/): "
            + "score as ../shared/tools/score-doclevel.py does instead of at mention level.")
    Path docGold;

    @Option(names = "--pred", required = true, description = "documents.jsonl written by extract (or its folder).")
    Path pred;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here (default: next to --pred as evaluation.json, "
            + "with --doc-gold evaluation-doc.json).")
    Path json;

    @Option(names = "--errors", description = "List every false positive and false negative with its sentence.")
    boolean errors;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Fail (exit 1) when a headline F1 is below this baseline by more than --tolerance.")
    Path baseline;

    @Option(names = "--tolerance", description = "Allowed drop of a headline F1 below the baseline (default: the baseline file's "
            + "\"tolerance\", else 0.01).")
    Double tolerance;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write the current headline figures as a new baseline.")
    Path writeBaseline;

    @Option(names = "--outcome-gold", paramLabel = "FILE", description = "Outcome-level gold (TSV: doc id, object words, outcome "
            + "label): print the B-cubed precision, recall and F1 of the grouping of records into outcomes instead.")
    Path outcomeGold;

    @Override
    public Integer call() {
        if (outcomeGold != null) return OutcomeEvaluation.run(outcomeGold, pred);
        if ((gold == null) == (docGold == null)) {
            System.err.println("error: give exactly one of --gold and --doc-gold");
            return ExitCodes.USAGE;
        }
        if (docGold != null) return evaluateDocuments();
        List<Document> g, p;
        try {
            g = RecordFiles.read(gold);
            p = RecordFiles.read(pred);
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Scores s = Scorer.score(g, p);
        System.out.print(Report.table(s));
        if (errors) {
            for (Scores.ErrorItem e : s.errors()) {
                System.out.printf(Locale.ROOT, "%s %-8s %-12s %-10s %s%s%n    | %s%n", e.kind(), e.layer(), e.type(), e.doc(), e.text(),
                        e.rule() == null ? "" : "  [" + e.rule() + "]", e.context());
            }
        }
        try {
            Path out = json != null ? json : (Files.isDirectory(pred) ? pred : pred.toAbsolutePath().getParent()).resolve("evaluation.json");
            Files.writeString(out, RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Report.json(s, true)) + "\n", StandardCharsets.UTF_8);
            if (writeBaseline != null) {
                var node = RecordCodec.JSON.createObjectNode();
                node.put("tolerance", tolerance != null ? tolerance : 0.01);
                var h = node.putObject("headline");
                Report.headline(s).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> h.put(e.getKey(), e.getValue()));
                Files.writeString(writeBaseline, RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            System.err.println("error: cannot write report: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (baseline != null) {
            try {
                var base = RecordCodec.JSON.readTree(baseline.toFile());
                double tol = tolerance != null ? tolerance : base.path("tolerance").asDouble(0.01);
                List<String> drops = Report.regressions(Report.headline(s), base, tol);
                for (String d : drops) System.err.println("regression: " + d);
                if (!drops.isEmpty()) return ExitCodes.FAILURE;
                System.err.println("no regression against " + baseline + " (tolerance " + tol + ")");
            } catch (IOException e) {
                System.err.println("error: cannot read baseline: " + e.getMessage());
                return ExitCodes.USAGE;
            }
        }
        return ExitCodes.OK;
    }

    /** {@code --doc-gold}: document-level scores, printed, written as JSON and gated like the mention-level mode. */
    private int evaluateDocuments() {
        DocScores s;
        try {
            s = DocScorer.score(DocRecordReader.gold(docGold), DocRecordReader.predictions(pred));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        System.out.print(DocReport.table(s));
        if (errors) System.out.print(DocReport.errors(s));
        Map<String, Double> headline = DocReport.headline(s);
        try {
            Path out = json != null ? json : (Files.isDirectory(pred) ? pred : pred.toAbsolutePath().getParent()).resolve("evaluation-doc.json");
            Files.writeString(out, RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(DocReport.json(s, true)) + "\n", StandardCharsets.UTF_8);
            if (writeBaseline != null) {
                var node = RecordCodec.JSON.createObjectNode();
                node.put("tolerance", tolerance != null ? tolerance : 0.01);
                var h = node.putObject("headline");
                headline.forEach(h::put);
                Files.writeString(writeBaseline, RecordCodec.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            System.err.println("error: cannot write report: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (baseline == null) return ExitCodes.OK;
        try {
            var base = RecordCodec.JSON.readTree(baseline.toFile());
            double tol = tolerance != null ? tolerance : base.path("tolerance").asDouble(0.01);
            List<String> drops = Report.regressions(headline, base, tol);
            for (String d : drops) System.err.println("regression: " + d);
            if (!drops.isEmpty()) return ExitCodes.FAILURE;
            System.err.println("no regression against " + baseline + " (tolerance " + tol + ")");
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("error: cannot read baseline: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
