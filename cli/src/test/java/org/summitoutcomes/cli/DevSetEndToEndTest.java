package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.SummitOutcomes;
import org.summitoutcomes.score.DocRecordReader;
import org.summitoutcomes.score.DocReport;
import org.summitoutcomes.score.DocScorer;
import org.summitoutcomes.score.DocScores;
import org.summitoutcomes.score.PythonDocScorer;
import org.summitoutcomes.score.Report;

/**
 * The whole pipeline over the 30 development articles of shared/devset/ (the folder 'shared' beside the project
 * root), scored against their document-level gold: no regression against gold/BASELINE-dev.json, and the same
 * figures as the independent shared/tools/score-doclevel.py.
 */
@Tag("e2e")
class DevSetEndToEndTest {
    private static final Path DEVSET = PythonDocScorer.SHARED.resolve("devset");
    private static final Path DEV_GOLD = DEVSET.resolve("gold");

    @TempDir static Path tmp;
    private static Path documents;
    private static DocScores scores;

    @BeforeAll
    static void run() throws IOException {
        assertTrue(Files.isDirectory(DEV_GOLD), "the development set is missing: " + DEV_GOLD + " (shared/ must sit beside the project root)");
        Path out = tmp.resolve("dev");
        BatchRunner.Summary summary = new BatchRunner(SummitOutcomes.defaultPipeline(), 2, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false)
                .run(List.of(DEVSET), out);
        assertEquals(0, summary.failed(), "development articles skipped");
        documents = out.resolve("documents.jsonl");
        scores = DocScorer.score(DocRecordReader.gold(DEV_GOLD), DocRecordReader.predictions(documents));
    }

    @Test
    void recordsMatchTheSnapshot() throws IOException {
        org.summitoutcomes.RecordSnapshot.checkDigests(documents.getParent(), org.summitoutcomes.RecordSnapshot.DIR.resolve("devset.sha256"));
    }

    @Test
    void everyDevelopmentArticleIsScored() {
        assertTrue(scores.goldDocs() >= 30, "fewer than 30 gold articles in " + DEV_GOLD);
        assertEquals(List.of(), scores.missing(), "gold articles without a predicted record");
    }

    @Test
    void noRegressionAgainstTheDevBaseline() throws IOException {
        JsonNode baseline = RecordCodec.JSON.readTree(Fixtures.GOLD.resolve("BASELINE-dev.json").toFile());
        double tolerance = baseline.path("tolerance").asDouble(0.01);
        assertEquals(DocReport.headline(scores).keySet(), fieldNames(baseline.get("headline")), "baseline figures");
        List<String> drops = Report.regressions(DocReport.headline(scores), baseline, tolerance);
        assertTrue(drops.isEmpty(), () -> "regression against gold/BASELINE-dev.json:\n" + String.join("\n", drops) + "\n" + DocReport.table(scores));
    }

    @Test
    void theSameFiguresAsTheIndependentPythonScorer() throws IOException, InterruptedException {
        PythonDocScorer.assumePython();
        PythonDocScorer.assertSameFigures(PythonDocScorer.run(DEV_GOLD, documents), DocReport.json(scores, true));
    }

    @Test
    void evaluateDocGoldGatesOnTheDevBaseline() throws IOException {
        Path report = tmp.resolve("evaluation-doc.json");
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--doc-gold", DEV_GOLD.toString(), "--pred", documents.toString(),
                "--json", report.toString(), "--baseline", Fixtures.GOLD.resolve("BASELINE-dev.json").toString()));
        JsonNode json = RecordCodec.JSON.readTree(report.toFile());
        DocReport.headline(scores).forEach((k, v) -> assertEquals(v, json.path("headline").path(k).asDouble(Double.NaN), 1e-12, k));
        assertTrue(json.path("errors").size() > 0, "the report lists the errors");
    }

    private static java.util.Set<String> fieldNames(JsonNode o) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void bratRoundTripIsLosslessOnTheDevRun() throws IOException {
        org.summitoutcomes.export.BratFiles.assertLosslessRoundTrip(org.summitoutcomes.export.RecordFiles.read(documents), tmp.resolve("brat"));
    }
}
