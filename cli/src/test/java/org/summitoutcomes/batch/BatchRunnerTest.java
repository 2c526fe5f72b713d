package org.summitoutcomes.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.cli.ExitCodes;
import org.summitoutcomes.cli.Main;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.Stage;

/** A batch survives bad input, records every skip, and resumes after an interruption without repeating work. */
@Tag("e2e")
class BatchRunnerTest {
    @TempDir Path tmp;

    /** A cheap pipeline (no CoreNLP): these tests are about the batch, not about extraction. */
    private static Pipeline light(String interruptAt) {
        Stage boom = new Stage() {
            @Override public String name() { return "boom"; }
            @Override public Set<Feature> requires() { return EnumSet.noneOf(Feature.class); }
            @Override public Set<Feature> provides() { return EnumSet.noneOf(Feature.class); }
            @Override public Document apply(Document d) {
                if (d.id().equals(interruptAt)) throw new OutOfMemoryError("simulated crash in " + d.id());
                if (d.text().value().contains("EXPLODE")) throw new IllegalStateException("rule failed");
                return d;
            }
        };
        return Pipeline.of(new MetadataStage(), boom);
    }

    private static BatchRunner runner(Pipeline p) {
        return new BatchRunner(p, 2, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false);
    }

    private static List<JsonNode> lines(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(RecordCodec.JSON.readTree(l));
        return out;
    }

    @Test
    void badInputsAreSkippedWithOneLineReasons() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Kazakhstan and China signed the Astana Declaration.\n");
        Files.writeString(in.resolve("empty.txt"), "  \n\t\n");
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 5});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 in Astana, na\u00efve text".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"ok1\",\"text\":\"China and Kazakhstan met.\"}\n{not json\n"
                + "{\"id\":\"boom\",\"text\":\"EXPLODE\"}\n");
        Files.writeString(in.resolve("russian.txt"), ("Председатель КНР Си Цзиньпин и президенты пяти стран Центральной Азии "
                + "подписали в Астане договор о вечном добрососедстве, дружбе и сотрудничестве. ").repeat(4));
        Files.writeString(in.resolve("deep.html"), "<div>".repeat(5000) + "<p>China and Kazakhstan met in Astana.</p>");
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = runner(light(null)).run(List.of(in), out);
        List<JsonNode> errors = lines(out.resolve("errors.jsonl"));
        List<String> files = errors.stream().map(e -> e.get("file").asText().replaceAll(".*/", "")).toList();
        assertTrue(files.contains("empty.txt"), files::toString);
        assertTrue(files.contains("binary.txt"), files::toString);
        assertTrue(files.contains("latin1.txt"), files::toString);
        assertTrue(files.contains("russian.txt"), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.startsWith("lines.jsonl:2")), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.startsWith("lines.jsonl:3")), files::toString);
        for (JsonNode e : errors) {
            assertFalse(e.get("message").asText().contains("\n"), "one-line message: " + e);
            assertTrue(e.hasNonNull("stage"), e::toString);
        }
        assertTrue(errors.stream().anyMatch(e -> e.get("message").asText().startsWith("not English")), errors::toString);
        List<String> ids = lines(out.resolve("documents.jsonl")).stream().map(d -> d.get("id").asText()).toList();
        assertEquals(List.of("deep", "good", "ok1"), ids);
        assertEquals(3, s.documents());
        assertEquals(errors.size(), s.failed());
    }

    @Test
    void exitCodesTellAllDoneSkippedAndNothing() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in2"));
        Files.writeString(in.resolve("a.txt"), "China and Kazakhstan met.\n");
        assertEquals(ExitCodes.OK, Main.run("extract", in.toString(), "-o", tmp.resolve("o1").toString(), "--no-progress"));
        Files.writeString(in.resolve("b.txt"), "");
        assertEquals(ExitCodes.PARTIAL, Main.run("extract", in.toString(), "-o", tmp.resolve("o2").toString(), "--no-progress"));
        Files.delete(in.resolve("a.txt"));
        assertEquals(ExitCodes.NOTHING, Main.run("extract", in.toString(), "-o", tmp.resolve("o3").toString(), "--no-progress"));
        assertEquals(ExitCodes.USAGE, Main.run("extract", tmp.resolve("missing").toString(), "-o", tmp.resolve("o4").toString()));
        Path notADir = Files.writeString(tmp.resolve("file-not-dir"), "x");
        assertEquals(ExitCodes.FAILURE, Main.run("extract", in.toString(), "-o", notADir.toString(), "--no-progress"));
    }

    @Test
    void anInterruptedBatchResumesToTheSameOutput() throws IOException {
        Path clean = tmp.resolve("clean");
        runner(light(null)).run(List.of(Fixtures.CORPUS), clean);
        Path out = tmp.resolve("resumed");
        String third = "002_d25d2c1df11d170b";
        assertThrows(IOException.class, () -> runner(light(third)).run(List.of(Fixtures.CORPUS), out));
        assertFalse(Files.exists(out.resolve("documents.jsonl")), "no complete-looking output after a crash");
        assertTrue(Files.exists(out.resolve("documents.jsonl.tmp")));
        BatchRunner.Summary s = runner(light(null)).run(List.of(Fixtures.CORPUS), out, true);
        assertEquals(5, s.documents());
        for (String f : List.of("documents.jsonl", "entities.csv", "relations.csv", "errors.jsonl")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp") || p.getFileName().toString().equals(Journal.NAME)));
        }
    }
}
