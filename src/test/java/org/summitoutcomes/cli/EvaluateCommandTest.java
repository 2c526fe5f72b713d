package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.export.RecordFiles;

/** evaluate's regression check: the gold scored against itself passes its baseline; an empty prediction fails it. */
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
}
