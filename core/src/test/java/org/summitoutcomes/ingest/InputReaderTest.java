package org.summitoutcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("unit")
class InputReaderTest {
    @TempDir Path dir;

    @Test
    void htmlMainTextWithoutSiteFurniture() throws Exception {
        String html = "<html><head><title>Summit ends</title></head><body><nav>Home | World</nav>"
                + "<div class='breadcrumb'>Home &gt; News</div><article><h1>Summit ends</h1><p>Xi and Tokayev signed the treaty.</p>"
                + "<ul><li>First center</li><li>Second center</li></ul><div class='share-buttons'>Share on Facebook</div></article>"
                + "<form class='comment-form'>Leave a Reply</form><a href='#top'>Back To Top</a></body></html>";
        Files.writeString(dir.resolve("a.html"), html);
        ReadResult r = new InputReader().read(dir.resolve("a.html"), Manifest.NONE).get(0);
        String text = ((ReadResult.Ok) r).article().text();
        assertTrue(text.contains("Xi and Tokayev signed the treaty."), text);
        assertTrue(text.contains("• First center\n• Second center"), text);
        assertFalse(text.contains("Home") || text.contains("Share on") || text.contains("Leave a Reply"), text);
        assertEquals("Summit ends", ((ReadResult.Ok) r).article().metadata().title());
    }

    @Test
    void jsonLinesAndManifest() throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x1\",\"text\":\"Some text.\",\"published\":\"2025-06-17\"}\nnot json\n{\"id\":\"x2\",\"html\":\"<p>Hello there.</p>\"}\n");
        List<ReadResult> rs = new InputReader().read(dir.resolve("b.jsonl"), Manifest.NONE);
        assertEquals(3, rs.size());
        assertEquals("2025-06-17", ((ReadResult.Ok) rs.get(0)).article().metadata().published());
        assertInstanceOf(ReadResult.Failed.class, rs.get(1));
        assertEquals("Hello there.", ((ReadResult.Ok) rs.get(2)).article().text());

        Files.writeString(dir.resolve("c.txt"), "Text of c.");
        Files.writeString(dir.resolve("manifest.csv"), "file,url,source,published,title,extra\nc.txt,http://x,Trend,2025-06-17,Title C,zzz\n");
        InputReader reader = new InputReader();
        Manifest m = reader.manifestFor(dir);
        ReadResult.Ok ok = (ReadResult.Ok) reader.read(dir.resolve("c.txt"), m).get(0);
        assertEquals("Trend", ok.article().metadata().source());
        assertEquals("Title C", ok.article().metadata().title());
    }

    @Test
    void badInputsBecomeOneLineFailures() throws Exception {
        Files.writeString(dir.resolve("empty.txt"), "  \n ");
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("bin.txt"), new byte[] {1, 0, 2, 0});
        InputReader reader = new InputReader();
        for (String f : List.of("empty.txt", "latin1.txt", "bin.txt")) {
            ReadResult r = reader.read(dir.resolve(f), Manifest.NONE).get(0);
            assertInstanceOf(ReadResult.Failed.class, r, f);
            assertFalse(((ReadResult.Failed) r).message().contains("\n"));
        }
    }
}
