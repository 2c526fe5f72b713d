package org.summitoutcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;

/** Issue 17, odd text and clear errors at ingestion: NUL anywhere, lone CR, inline breaks, manifest rows one by one. */
@Tag("unit")
class OddInputTest {
    @TempDir Path dir;

    @Test
    void aNulByteAfterTheFirst8KbMakesTheFileBinary() throws IOException {
        byte[] text = ("China and Kazakhstan met in Astana. ".repeat(400)).getBytes(StandardCharsets.UTF_8);
        byte[] withNul = Arrays.copyOf(text, text.length + 1);
        withNul[text.length - 10] = 0;
        Files.write(dir.resolve("late-nul.txt"), withNul);
        ReadResult r = new InputReader().read(dir.resolve("late-nul.txt"), Manifest.NONE).get(0);
        assertEquals("binary file (contains NUL bytes)", ((ReadResult.Failed) r).message());
        Files.writeString(dir.resolve("n.jsonl"), "{\"id\":\"n\",\"text\":\"China\\u0000 and Kazakhstan.\"}\n");
        assertInstanceOf(ReadResult.Failed.class, new InputReader().read(dir.resolve("n.jsonl"), Manifest.NONE).get(0));
    }

    @Test
    void loneCarriageReturnsEndLinesForMetadata() {
        String lf = "Leaders Meet in Astana for Summit\nASTANA – China and Kazakhstan signed a treaty on Tuesday.\nThey met again.\n";
        Document withLf = new MetadataStage().apply(Document.of("lf", lf, Metadata.EMPTY));
        Document withCr = new MetadataStage().apply(Document.of("cr", lf.replace('\n', '\r'), Metadata.EMPTY));
        assertEquals("Leaders Meet in Astana for Summit", withCr.metadata().title());
        assertEquals(withLf.metadata(), withCr.metadata());
        assertEquals(withLf.excluded(), withCr.excluded());
    }

    @Test
    void aBreakInsideASentenceIsASpaceAndBetweenLinesALineEnd() {
        String html = "<article><p>The presidents of China and<br>Kazakhstan signed the treaty,<br>which enters into force in 2026.</p>"
                + "<p>Main outcomes<br>A new center<br><br>Second paragraph.</p></article>";
        String text = HtmlText.extract(html).text();
        assertTrue(text.contains("The presidents of China and Kazakhstan signed the treaty, which enters into force in 2026."), text);
        assertTrue(text.contains("Main outcomes\nA new center\n"), text);
    }

    @Test
    void badManifestRowsAreSkippedOneByOneWithTheirLine() throws IOException {
        String csv = "file,url,title,published\n"
                + "a.txt,http://a,Title A,2025-06-17\n"
                + "b.txt,http://b,\"unclosed,2025-06-17\n"
                + "c.txt,http://c,Title C,17 June\n"
                + ",http://d,No file,\n"
                + "e.txt,http://e,Title E,2025-06-18,extra\n"
                + "f.txt,http://f,\"Quoted, with comma\",2025-06-19\n";
        Manifest m = Manifest.parse(new StringReader(csv), "manifest.csv");
        assertEquals("Title A", m.lookup("a.txt").title());
        assertEquals("Quoted, with comma", m.lookup("f.txt").title());
        assertEquals("Title C", m.lookup("c.txt").title());
        assertEquals(null, m.lookup("c.txt").published());
        assertEquals(List.of(
                "manifest.csv:3: malformed CSV row skipped (a quote is never closed)",
                "manifest.csv:4: published '17 June' is not YYYY-MM-DD; ignored",
                "manifest.csv:5: row without a file name skipped",
                "manifest.csv:6: row has 5 values for 4 columns; skipped"), m.problems());
    }

    @Test
    void eachManifestProblemIsReportedOnceAndMissingFilesAreNamed() throws IOException {
        Files.writeString(dir.resolve("manifest.csv"), "");
        for (int i = 0; i < 5; i++) Files.writeString(dir.resolve("a" + i + ".txt"), "Text " + i + ".");
        InputReader reader = new InputReader();
        for (Path f : reader.list(List.of(dir))) reader.read(f, reader.manifestFor(f.getParent()));
        assertEquals(List.of(dir.resolve("manifest.csv") + ": empty manifest; ignored"), reader.warnings());

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("manifest.csv"), "file,title\nthere.txt,T\nmissing.txt,M\n");
        Files.writeString(other.resolve("there.txt"), "Text.");
        InputReader r2 = new InputReader();
        r2.manifestFor(other);
        r2.manifestFor(other);
        assertEquals(List.of(other.resolve("manifest.csv") + ": row for 'missing.txt' names no file in the folder"), r2.warnings());
    }
}
