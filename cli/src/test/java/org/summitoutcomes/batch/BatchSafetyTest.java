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
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.cli.ExitCodes;
import org.summitoutcomes.cli.Main;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.Stage;

/**
 * Issue 17, data loss and stalls: the output folder is locked, published in one step, resumed by content,
 * never read as input; duplicate and empty ids never lose or merge a record; a stalled document is skipped.
 */
@Tag("e2e")
class BatchSafetyTest {
    @TempDir Path tmp;

    @AfterEach
    void noSimulatedKill() { Journal.stopAfterRenames = -1; }

    /** No CoreNLP: a document whose text holds STALL never finishes on its own. */
    static Pipeline light() {
        Stage stall = new Stage() {
            @Override public String name() { return "stall"; }
            @Override public Set<Feature> requires() { return EnumSet.noneOf(Feature.class); }
            @Override public Set<Feature> provides() { return EnumSet.noneOf(Feature.class); }
            @Override public Document apply(Document d) {
                if (d.text().value().contains("STALL")) {
                    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    while (System.nanoTime() < until) java.util.concurrent.locks.LockSupport.parkNanos(10_000_000); // ignores interrupts, as a stuck annotator would
                }
                return d;
            }
        };
        return Pipeline.of(new MetadataStage(), stall);
    }

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private BatchRunner runner() {
        return new BatchRunner(light(), 2, new PrintStream(errBytes, true, StandardCharsets.UTF_8), false, Duration.ofSeconds(2));
    }

    private static List<JsonNode> lines(Path f) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) out.add(RecordCodec.JSON.readTree(l));
        return out;
    }

    private static List<String> ids(Path out) throws IOException {
        return lines(out.resolve("documents.jsonl")).stream().map(d -> d.get("id").asText()).toList();
    }

    private Path inputs(String name, int n) throws IOException {
        Path in = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < n; i++) Files.writeString(in.resolve("a" + i + ".txt"), "China and Kazakhstan met in Astana, article " + i + ".\n");
        return in;
    }

    @Test
    void aSecondRunIntoTheSameFolderExitsTwoNamingTheOwner() throws IOException {
        Path in = inputs("in", 2);
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (OutputLock held = OutputLock.acquire(out)) {
            BatchException e = assertThrows(BatchException.class, () -> runner().run(List.of(in), out));
            assertEquals(BatchException.Kind.USAGE, e.kind());
            assertEquals("output folder in use by pid " + ProcessHandle.current().pid() + ": " + out, e.getMessage());
        }
        assertEquals(2, runner().run(List.of(in), out).documents(), "the folder is free again once the first run ends");
        assertFalse(Files.exists(out.resolve(OutputLock.NAME)), "the lock file is removed at the end");
    }

    @Test
    void aStaleLockFromAKilledRunIsTakenOver() throws IOException {
        Path in = inputs("in", 2);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve(OutputLock.NAME), "999999999\n"); // left by a killed run: no OS lock held
        assertEquals(2, runner().run(List.of(in), out).documents());
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("took over the lock of pid 999999999"), () -> errBytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKillDuringPublishingLeavesNoCompleteLookingMixAndResumeFinishes() throws IOException {
        Path in = inputs("in", 3);
        Path clean = tmp.resolve("clean");
        runner().run(List.of(in), clean);
        for (int stop = 0; stop < 4; stop++) {
            Path out = tmp.resolve("out" + stop);
            runner().run(List.of(inputs("old" + stop, 1)), out); // an earlier, complete output in the folder
            Journal.stopAfterRenames = stop;
            assertThrows(IOException.class, () -> runner().run(List.of(in), out));
            Journal.stopAfterRenames = -1;
            assertFalse(Files.exists(out.resolve(Journal.MANIFEST)), "no BATCH.json while old and new files are mixed");
            assertThrows(IOException.class, () -> org.summitoutcomes.export.RecordFiles.read(out), "readers refuse the mix");
            assertEquals(3, runner().run(List.of(in), out, true).documents());
            for (String f : Journal.FILES) assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(clean.resolve(Journal.MANIFEST)), Files.readAllBytes(out.resolve(Journal.MANIFEST)));
            assertFalse(Files.exists(out.resolve(Journal.NAME)));
        }
    }

    @Test
    void resumeWithARelativeFolderDoesNotDuplicate() throws IOException {
        Path in = inputs("in", 4);
        Path out = tmp.resolve("out");
        assertThrows(IOException.class, () -> new BatchRunner(crashOn("a2"), 1, new PrintStream(errBytes, false, StandardCharsets.UTF_8), false).run(List.of(in), out));
        Path relativeIn = Path.of("").toAbsolutePath().relativize(in);
        Path relativeOut = Path.of("").toAbsolutePath().relativize(out);
        assertEquals(4, runner().run(List.of(relativeIn), relativeOut, true).documents());
        assertEquals(List.of("a0", "a1", "a2", "a3"), ids(out));
    }

    @Test
    void resumeRefusesADifferentInputSet() throws IOException {
        Path in = inputs("in", 4);
        Path out = tmp.resolve("out");
        assertThrows(IOException.class, () -> new BatchRunner(crashOn("a2"), 1, new PrintStream(errBytes, false, StandardCharsets.UTF_8), false).run(List.of(in), out));
        Path other = inputs("other", 2);
        BatchException e = assertThrows(BatchException.class, () -> runner().run(List.of(in, other), out, true));
        assertEquals(BatchException.Kind.USAGE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot resume: the inputs differ"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        Files.writeString(in.resolve("a3.txt"), "Changed content of a finished input.\n");
        assertEquals(BatchException.Kind.USAGE, assertThrows(BatchException.class, () -> runner().run(List.of(in), out, true)).kind(),
                "an input whose content changed is a different input");
    }

    @Test
    void namesWithControlCharactersRoundTripThroughTheJournal() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String n : List.of("tab\there.txt", "new\nline.txt", "per%cent.txt", "plain.txt")) {
            Files.writeString(in.resolve(n), "China and Kazakhstan met in Astana.\n");
        }
        Path out = tmp.resolve("out");
        assertThrows(IOException.class, () -> new BatchRunner(crashOn("plain"), 1, new PrintStream(errBytes, false, StandardCharsets.UTF_8), false).run(List.of(in), out));
        assertEquals(4, runner().run(List.of(in), out, true).documents());
        assertEquals(4, ids(out).size());
        assertEquals(4, Set.copyOf(ids(out)).size());
        String key = "/in/a\tb\nc%09.txt\u0000abc";
        assertFalse(Journal.encode(key).contains("\t") || Journal.encode(key).contains("\n"));
        assertEquals(key, Journal.decode(Journal.encode(key)));
    }

    @Test
    void theOutputFolderIsNeverReadAsInput() throws IOException {
        Path in = inputs("in", 2);
        Path out = in.resolve("out");
        runner().run(List.of(in), out);
        assertEquals(2, runner().run(List.of(in, out), out).documents(), "the output folder given as an input adds nothing");
        assertEquals(2, runner().run(List.of(in, out.resolve("documents.jsonl")), out).documents(), "nor its documents.jsonl");
        Path same = inputs("same", 2);
        runner().run(List.of(same), same);
        assertEquals(2, runner().run(List.of(same), same).documents(), "documents.jsonl of the output is not read back");
        assertEquals(List.of("a0", "a1"), ids(same));
    }

    @Test
    void duplicateIdsGetUniqueIdsWithAWarning() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.html"), "<p>China and Kazakhstan met in Astana.</p>");
        Files.writeString(in.resolve("a.txt"), "China and Kazakhstan met in Astana.\n");
        Files.writeString(in.resolve("b.jsonl"), "{\"id\":\"dup\",\"text\":\"One.\"}\n{\"id\":\"dup\",\"text\":\"Two.\"}\n{\"id\":\"dup~2\",\"text\":\"Three.\"}\n");
        Path out = tmp.resolve("out");
        BatchRunner.Summary s = runner().run(List.of(in), out);
        assertEquals(List.of("a", "a~2", "dup", "dup~2", "dup~2~2"), ids(out));
        assertEquals(5, s.documents());
        List<JsonNode> docs = lines(out.resolve("documents.jsonl"));
        assertTrue(docs.get(1).get("warnings").toString().contains("duplicate id 'a'"), docs.get(1)::toString);
    }

    @Test
    void anEmptyIdIsSkippedAndTheRestProcessed() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve(".txt"), "China and Kazakhstan met in Astana.\n");
        Files.writeString(in.resolve("good.txt"), "China and Kazakhstan met in Astana.\n");
        Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"\",\"text\":\"One.\"}\n{\"id\":\"  \",\"text\":\"Two.\"}\n{\"id\":\"ok\",\"text\":\"Three.\"}\n");
        assertEquals(ExitCodes.PARTIAL, Main.run("extract", in.toString(), "-o", tmp.resolve("out").toString(), "--no-progress"));
        assertEquals(List.of("good", "ok"), ids(tmp.resolve("out")));
        List<String> messages = lines(tmp.resolve("out").resolve("errors.jsonl")).stream().map(e -> e.get("message").asText()).toList();
        assertEquals(List.of("file name gives an empty id", "JSON line has an empty 'id'", "JSON line has an empty 'id'"), messages);
    }

    @Test
    void aStalledDocumentTimesOutAndTheBatchGoesOn() throws IOException {
        Path in = inputs("in", 4);
        Files.writeString(in.resolve("a1.txt"), "STALL forever.\n");
        Path out = tmp.resolve("out");
        long t0 = System.nanoTime();
        BatchRunner.Summary s = new BatchRunner(light(), 1, new PrintStream(errBytes, false, StandardCharsets.UTF_8), false, Duration.ofSeconds(1)).run(List.of(in), out);
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "the batch does not wait for the stalled document");
        assertEquals(3, s.documents());
        assertEquals(List.of("a0", "a2", "a3"), ids(out));
        JsonNode e = lines(out.resolve("errors.jsonl")).get(0);
        assertTrue(e.get("file").asText().endsWith("a1.txt"));
        assertEquals("timed out after 1 s", e.get("message").asText());
    }

    @Test
    void linksFoldersAndBadOutputsAreReportedOnOneLine() throws IOException {
        Path in = inputs("in", 1);
        Files.createDirectories(in.resolve("folder.txt"));
        Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("missing-target.txt"));
        Files.createSymbolicLink(in.resolve("loop1.txt"), in.resolve("loop2.txt"));
        Files.createSymbolicLink(in.resolve("loop2.txt"), in.resolve("loop1.txt"));
        Path out = tmp.resolve("out");
        runner().run(List.of(in), out);
        List<String> errors = lines(out.resolve("errors.jsonl")).stream()
                .map(e -> e.get("file").asText().replaceAll(".*/", "") + ": " + e.get("message").asText()).toList();
        assertEquals(4, errors.size(), errors::toString);
        assertTrue(errors.contains("dangling.txt: dangling symbolic link (its target does not exist)"), errors::toString);
        assertTrue(errors.contains("folder.txt: is a folder, not a file"), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("loop1.txt: symbolic link loop")), errors::toString);
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        BatchException e = assertThrows(BatchException.class, () -> runner().run(List.of(in), file));
        assertEquals("output folder is a file: " + file, e.getMessage());
        assertEquals(BatchException.Kind.FAILURE, e.kind());
    }

    private static Pipeline crashOn(String id) {
        Stage boom = new Stage() {
            @Override public String name() { return "boom"; }
            @Override public Set<Feature> requires() { return EnumSet.noneOf(Feature.class); }
            @Override public Set<Feature> provides() { return EnumSet.noneOf(Feature.class); }
            @Override public Document apply(Document d) {
                if (d.id().equals(id)) throw new OutOfMemoryError("simulated crash in " + d.id());
                return d;
            }
        };
        return Pipeline.of(new MetadataStage(), boom);
    }
}
