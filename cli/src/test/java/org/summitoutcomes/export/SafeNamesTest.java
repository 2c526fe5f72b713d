package org.summitoutcomes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.report.ReportSiteAccess;

/** Issue 17, security: ids become file names only through {@link SafeNames}; no writer leaves its folder or overwrites. */
@Tag("unit")
class SafeNamesTest {
    @TempDir Path tmp;

    static final List<String> HOSTILE = List.of("../../x", "../up", "/abs/path", "/etc/x", "x".repeat(5000), "dup", "dup", "Case", "case",
            "CASE", "a/b", "a_b", "con", ".hidden", "..", ".", "tab\tnew\nline", "nul\u0000byte", "emoji\uD83D\uDE00", "a\\b");

    static List<Document> docs(List<String> ids) {
        List<Document> out = new ArrayList<>();
        for (String id : ids) out.add(Document.of(id, "Text of " + id.length() + " characters.", Metadata.EMPTY));
        return out;
    }

    @Test
    void stemsArePlainBoundedAndDistinctForDistinctIds() {
        Set<String> seen = new HashSet<>();
        for (String id : new HashSet<>(HOSTILE)) {
            String s = SafeNames.stem(id);
            assertTrue(s.matches("[A-Za-z0-9_][A-Za-z0-9._~-]*"), s);
            assertTrue(s.length() <= SafeNames.MAX_STEM + 9, s);
            assertTrue(seen.add(s), "two ids share the stem " + s);
        }
        assertEquals("astana_2025", SafeNames.stem("astana_2025"), "an id that is already safe is kept");
        assertNotEquals(SafeNames.stem("a/b"), SafeNames.stem("a_b"));
        assertFalse(SafeNames.stem("").isEmpty());
    }

    @Test
    void theAllocatorIsUniqueIgnoringCase() {
        SafeNames.Allocator a = new SafeNames.Allocator();
        Set<String> lower = new HashSet<>();
        for (String id : HOSTILE) assertTrue(lower.add(a.next(id).toLowerCase(Locale.ROOT)));
    }

    @Test
    void bratExportWritesEveryDocumentInsideItsFolderAndKeepsTheIds() throws IOException {
        Path victim = Files.writeString(tmp.resolve("x.txt"), "precious");
        Path to = tmp.resolve("a").resolve("b").resolve("brat");
        List<Document> docs = docs(HOSTILE.stream().filter(id -> !id.isBlank()).toList());
        Brat.write(docs, to);
        assertEquals("precious", Files.readString(victim));
        assertOnlyInside(tmp, to, Set.of(victim));
        try (Stream<Path> s = Files.list(to)) {
            assertEquals(3 + 3 * docs.size(), s.count(), "annotation.conf, visual.conf, tools.conf and three files per document: nothing overwritten");
        }
        List<String> back = Brat.read(to).stream().map(Document::id).sorted().toList();
        assertEquals(docs.stream().map(Document::id).sorted().toList(), back, "the real ids are kept inside the files");
    }

    @Test
    void reportPagesStayInsideAndNeverShareAFile() throws IOException {
        Path to = tmp.resolve("site");
        List<Document> docs = docs(HOSTILE);
        ReportSiteAccess.write(docs, to);
        assertOnlyInside(tmp, to, Set.of());
        try (Stream<Path> s = Files.list(to.resolve("docs"))) {
            assertEquals(docs.size(), s.count(), "one page per document");
        }
        assertTrue(Files.isRegularFile(to.resolve("index.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
    }

    @Test
    void writingRefusesNamesThatLeaveTheFolder() {
        for (String bad : List.of("../x", "a/b", "..", "", "/etc/passwd")) {
            assertThrows(IOException.class, () -> SafeNames.write(tmp, bad, "x"), bad);
        }
    }

    /** Every file under {@code root} is inside {@code folder}, or one of {@code allowed}. */
    static void assertOnlyInside(Path root, Path folder, Set<Path> allowed) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                assertTrue(p.startsWith(folder) || allowed.contains(p), "written outside " + folder + ": " + p);
            }
        }
    }
}
