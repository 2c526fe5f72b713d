package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;

/** Issue 17, the reproductions through the command line: brat-export and report with hostile ids, one-line errors. */
@Tag("e2e")
class WritersCliTest {
    @TempDir Path tmp;

    private Path records(List<String> ids) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String id : ids) b.append(RecordCodec.toLine(Document.of(id, "China and Kazakhstan met.", Metadata.EMPTY))).append('\n');
        Path out = Files.createDirectories(tmp.resolve("out"));
        return Files.writeString(out.resolve("documents.jsonl"), b.toString());
    }

    private static String run(int expectedExit, String... args) {
        PrintStream real = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(expectedExit, Main.run(args), () -> err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(real);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bratExportOfTraversalIdsWritesNothingOutsideTo() throws IOException {
        Path victim = Files.writeString(tmp.resolve("x.txt"), "precious");
        Path jsonl = records(List.of("../../x", "../up", "/abs/path", "/etc/x", "../x", "dup", "dup", "Up", "up"));
        Path to = tmp.resolve("deep").resolve("brat");
        run(ExitCodes.OK, "brat-export", jsonl.toString(), "--to", to.toString());
        assertEquals("precious", Files.readString(victim));
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                assertTrue(p.startsWith(to) || p.equals(victim) || p.equals(jsonl), "written outside --to: " + p);
            }
        }
        try (Stream<Path> s = Files.list(to)) {
            assertEquals(3 + 3 * 9, s.count(), "three configuration files and three files per document");
        }
    }

    @Test
    void reportOfALongIdAndOfIdsThatDifferInPunctuationWritesOnePageEach() throws IOException {
        records(List.of("x".repeat(5000), "a/b", "a_b", "A_B"));
        Path site = tmp.resolve("site");
        run(ExitCodes.OK, "report", tmp.resolve("out").toString(), "--to", site.toString());
        try (Stream<Path> s = Files.list(site.resolve("docs"))) {
            assertEquals(4, s.count());
        }
        Files.writeString(Files.createDirectories(tmp.resolve("mine")).resolve("notes.txt"), "keep");
        String err = run(ExitCodes.FAILURE, "report", tmp.resolve("out").toString(), "--to", tmp.resolve("mine").toString());
        assertTrue(err.contains("does not hold a report; not replaced"), err);
        assertEquals("keep", Files.readString(tmp.resolve("mine").resolve("notes.txt")));
    }

    @Test
    void errorsAreOneLineWithPathAndReason() throws IOException {
        assertEquals("/x/y: no such file or folder", ErrorLines.of(new NoSuchFileException("/x/y")));
        assertEquals("/x/y: permission denied", ErrorLines.of(new AccessDeniedException("/x/y")));
        assertEquals("/x/y: already exists (and is not a folder)", ErrorLines.of(new FileAlreadyExistsException("/x/y")));
        assertEquals("a b", ErrorLines.of(new IOException("a\nb")));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "China and Kazakhstan met.\n");
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        String err = run(ExitCodes.FAILURE, "extract", in.toString(), "-o", file.toString(), "--no-progress");
        assertEquals("error: output folder is a file: " + file, err.strip().lines().reduce((x, y) -> y).orElse(""));
        assertFalse(err.contains("Exception"), err);
    }
}
