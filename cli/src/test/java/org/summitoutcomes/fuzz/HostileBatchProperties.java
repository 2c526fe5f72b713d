package org.summitoutcomes.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.cli.ExitCodes;
import org.summitoutcomes.cli.Main;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.pipeline.Pipeline;

/**
 * Issue 17, the fuzz test: hostile ids, file names, manifest rows and article text go through extract (the
 * batch runner, with a pipeline that needs no models), brat-export and report. Nothing is written outside the
 * target folders, no exception escapes, and every input record is either a document or a line of errors.jsonl.
 */
@Tag("e2e")
class HostileBatchProperties {
    private static Path base;

    @BeforeContainer
    static void createBase() throws IOException { base = Files.createTempDirectory("hostile-batch"); }

    @AfterContainer
    static void removeBase() throws IOException {
        try (Stream<Path> s = Files.walk(base)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A batch: plain-text files (name, text), JSON Lines records (id, text) and manifest rows. */
    record Batch(List<List<String>> files, List<List<String>> records, List<String> manifestRows) {}

    @Provide
    Arbitrary<Batch> batches() {
        Arbitrary<String> hostileText = Arbitraries.oneOf(
                Arbitraries.of("China and Kazakhstan signed the Astana Declaration on June 17, 2025.\n",
                        "=HYPERLINK(\"http://evil\",\"click\") China and Kazakhstan met.\n", "-1+2 Kazakhstan pledged USD 2 billion.\n",
                        "Leaders Meet\rASTANA – China and Kazakhstan met.\r", "😀 𠀀 China and Kazakhstan met in Astana.\n", "", "   \n"),
                Arbitraries.strings().ofMaxLength(200));
        Arbitrary<String> id = Arbitraries.oneOf(
                Arbitraries.of("../../x", "../up", "/abs/path", "/etc/x", "", " ", ".", "..", "dup", "Dup", "a/b", "a_b", "=1+2", "con",
                        "x".repeat(5000), "tab\there", "new\nline", "nul\u0000"),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> fileName = Arbitraries.oneOf(
                Arbitraries.of("", "=1+2", "-x", "@x", ".hidden", "a", "A", "dup", "new\nline", "tab\there", "😀"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30).map(s -> s.replace("/", "_")))
                .flatMap(n -> Arbitraries.of(".txt", ".html", ".TXT").map(e -> n + e))
                .filter(n -> !n.equals(".") && !n.equals("..") && n.getBytes(StandardCharsets.UTF_8).length < 200);
        Arbitrary<List<List<String>>> files = Combinators.combine(fileName, hostileText).as(List::of).list().ofMaxSize(5);
        Arbitrary<List<List<String>>> records = Combinators.combine(id, hostileText).as(List::of).list().ofMaxSize(5);
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("a.txt", "=cmd", "\"unclosed", "2025-06-17", "x,y", ""),
                Arbitraries.strings().ofMaxLength(15));
        Arbitrary<List<String>> rows = cell.list().ofMinSize(1).ofMaxSize(5).map(c -> String.join(",", c)).list().ofMaxSize(4);
        return Combinators.combine(files, records, rows).as(Batch::new);
    }

    private static final Pipeline LIGHT = Pipeline.of(new MetadataStage());

    @Property(tries = 60)
    void nothingEscapesNothingIsLost(@ForAll("batches") Batch batch) throws IOException {
        Path root = Files.createTempDirectory(base, "try");
        Path in = Files.createDirectories(root.resolve("in"));
        int expected = 0;
        Set<String> written = new HashSet<>();
        for (List<String> f : batch.files()) {
            if (!written.add(f.get(0))) continue;
            Files.writeString(in.resolve(f.get(0)), f.get(1), StandardCharsets.UTF_8);
            expected++;
        }
        StringBuilder jsonl = new StringBuilder();
        for (List<String> r : batch.records()) {
            ObjectNode o = RecordCodec.JSON.createObjectNode();
            o.put("id", r.get(0));
            o.put("text", r.get(1));
            o.put("url", "=HYPERLINK(\"http://x\")");
            jsonl.append(RecordCodec.JSON.writeValueAsString(o)).append('\n');
            expected++;
        }
        if (!batch.records().isEmpty()) Files.writeString(in.resolve("records.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("manifest.csv"), "file,url,title,published\n" + String.join("\n", batch.manifestRows()) + "\n",
                StandardCharsets.UTF_8);

        Path out = root.resolve("out");
        BatchRunner.Summary s = new BatchRunner(LIGHT, 2, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false, Duration.ofSeconds(30))
                .run(List.of(in), out);
        List<String> docs = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"), StandardCharsets.UTF_8);
        assertEquals(expected, docs.size() + errors.size(), "every input record is a document or an error");
        assertEquals(s.documents(), docs.size());
        Set<String> ids = new HashSet<>();
        for (String d : docs) assertTrue(ids.add(RecordCodec.JSON.readTree(d).get("id").asText()), "ids are unique");
        for (String csv : List.of("entities.csv", "relations.csv")) {
            try (var parser = org.apache.commons.csv.CSVParser.parse(out.resolve(csv), StandardCharsets.UTF_8, org.apache.commons.csv.CSVFormat.RFC4180)) {
                for (var row : parser) {
                    for (String cell : row) {
                        assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("[-+]?(\\d+(\\.\\d+)?)?"),
                                "a raw formula cell in " + csv + ": " + cell);
                    }
                }
            }
        }

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        PrintStream realErr = System.err;
        int brat, report;
        try {
            System.setErr(new PrintStream(quiet, false, StandardCharsets.UTF_8));
            brat = Main.run("brat-export", out.resolve("documents.jsonl").toString(), "--to", root.resolve("brat").toString());
            report = Main.run("report", out.toString(), "--to", root.resolve("site").toString());
        } finally {
            System.setErr(realErr);
        }
        assertEquals(ExitCodes.OK, brat, () -> quiet.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.OK, report, () -> quiet.toString(StandardCharsets.UTF_8));
        try (Stream<Path> s2 = Files.list(root.resolve("brat"))) {
            assertEquals(1 + 3 * docs.size(), s2.count(), "three brat files per document, none overwritten");
        }
        try (Stream<Path> s2 = Files.list(root.resolve("site").resolve("docs"))) {
            assertEquals(docs.size(), s2.count(), "one report page per document");
        }
        try (Stream<Path> top = Files.list(root)) {
            assertEquals(Set.of("in", "out", "brat", "site"), Set.copyOf(top.map(p -> p.getFileName().toString()).toList()),
                    "nothing written beside the target folders");
        }
        try (Stream<Path> top = Files.list(base)) {
            assertTrue(top.allMatch(p -> p.getFileName().toString().startsWith("try")), "nothing written outside the batch's folder");
        }
    }
}
