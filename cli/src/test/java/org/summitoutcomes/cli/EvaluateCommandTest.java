package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.export.RecordFiles;

/** evaluate's regression check: the gold scored against itself passes its baseline; an empty prediction fails it. */
@Tag("e2e")
class EvaluateCommandTest {
    @TempDir Path tmp;

    @Test
    void baselineRegressionSetsTheExitCode() throws IOException {
        Path perfect = tmp.resolve("gold.jsonl");
        StringBuilder b = new StringBuilder();
        for (var d : RecordFiles.read(Fixtures.GOLD)) b.append(RecordCodec.toLine(d)).append('\n');
        Files.writeString(perfect, b.toString());
        Path baseline = tmp.resolve("BASELINE.json");
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--gold", Fixtures.GOLD.toString(), "--pred", perfect.toString(),
                "--json", tmp.resolve("e1.json").toString(), "--write-baseline", baseline.toString()));
        assertTrue(Files.readString(baseline).contains("\"relation_f1\" : 1.0"));
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--gold", Fixtures.GOLD.toString(), "--pred", perfect.toString(),
                "--json", tmp.resolve("e2.json").toString(), "--baseline", baseline.toString()));
        Path empty = Files.writeString(tmp.resolve("empty.jsonl"), "");
        assertEquals(ExitCodes.FAILURE, Main.run("evaluate", "--gold", Fixtures.GOLD.toString(), "--pred", empty.toString(),
                "--json", tmp.resolve("e3.json").toString(), "--baseline", baseline.toString()));
        assertTrue(Files.readString(tmp.resolve("e1.json")).contains("\"per_document\""));
    }

    @Test
    void docGoldModeScoresWritesAndGatesOnABaseline() throws IOException {
        Path gold = Files.createDirectories(tmp.resolve("docgold"));
        Files.writeString(gold.resolve("a1.json"), "{\"id\": \"a1\", \"entities\": {\"COUNTRY\": [\"PER\", \"CHL\"]}, \"relations\": ["
                + "{\"type\": \"AGREEMENT\", \"modality\": null, \"parties\": [\"CHL\", \"PER\"], \"object\": \"fisheries memorandum\", "
                + "\"date\": \"2024-03-05\", \"evidence\": \"Peru and Chile signed a fisheries memorandum.\"}]}");
        Path perfect = Files.writeString(tmp.resolve("perfect.jsonl"), "{\"id\": \"a1\", \"entities\": [{\"type\": \"COUNTRY\", "
                + "\"normalized\": \"PER\"}, {\"type\": \"COUNTRY\", \"normalized\": \"CHL\"}], \"relations\": [{\"type\": \"AGREEMENT\", "
                + "\"parties\": [\"PER\", \"CHL\"], \"object\": \"a memorandum on fisheries\", \"date\": \"2024-03-05\", \"rule\": \"r\"}]}\n");
        Path baseline = tmp.resolve("BASELINE-doc.json");
        Path report = tmp.resolve("doc.json");
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--doc-gold", gold.toString(), "--pred", perfect.toString(), "--json", report.toString(),
                "--write-baseline", baseline.toString(), "--tolerance", "0.02"));
        String written = Files.readString(baseline);
        assertTrue(written.contains("\"tolerance\" : 0.02") && written.contains("\"relation_f1\" : 1.0")
                && written.contains("\"entity_core_f1\" : 1.0"), written);
        assertTrue(Files.readString(report).contains("\"relations_micro\""));
        assertEquals(ExitCodes.OK, Main.run("evaluate", "--doc-gold", gold.toString(), "--pred", perfect.toString(), "--json",
                report.toString(), "--baseline", baseline.toString()));
        Path empty = Files.writeString(tmp.resolve("nothing.jsonl"), "");
        assertEquals(ExitCodes.FAILURE, Main.run("evaluate", "--doc-gold", gold.toString(), "--pred", empty.toString(), "--json",
                report.toString(), "--baseline", baseline.toString()));
        Path broken = Files.writeString(tmp.resolve("broken.jsonl"), "{\"id\": \n");
        assertEquals(ExitCodes.USAGE, Main.run("evaluate", "--doc-gold", gold.toString(), "--pred", broken.toString(), "--json", report.toString()));
        assertEquals(ExitCodes.USAGE, Main.run("evaluate", "--doc-gold", gold.toString(), "--gold", gold.toString(), "--pred", perfect.toString()));
        assertEquals(ExitCodes.USAGE, Main.run("evaluate", "--pred", perfect.toString()));
    }
}
