package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.export.CsvTables;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.SummitOutcomes;
import org.summitoutcomes.score.Report;
import org.summitoutcomes.score.RecordValidator;
import org.summitoutcomes.score.Scorer;
import org.summitoutcomes.score.Scores;

/**
 * The whole pipeline over the bundled corpus: contract-valid records, CSV tables that agree with them,
 * byte-identical output for 1 and 2 threads, and no regression against gold/BASELINE.json.
 */
@Tag("e2e")
class EndToEndTest {
    @TempDir static Path tmp;
    private static Path out;
    private static BatchRunner.Summary summary;
    private static List<Document> docs;

    @BeforeAll
    static void run() throws IOException {
        out = tmp.resolve("out");
        summary = new BatchRunner(SummitOutcomes.defaultPipeline(), 2, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false)
                .run(List.of(Fixtures.CORPUS), out);
        docs = RecordFiles.read(out.resolve("documents.jsonl"));
    }

    @Test
    void everyArticleBecomesAValidRecord() throws IOException {
        assertEquals(5, summary.documents());
        assertEquals(0, summary.failed());
        assertEquals("", Files.readString(out.resolve("errors.jsonl")));
        List<String> problems = new ArrayList<>();
        for (Document d : docs) {
            problems.addAll(RecordValidator.problems(d));
            DocumentInvariants.check(d);
            assertFalse(d.mentions().isEmpty(), d.id() + ": no entities");
            assertFalse(d.relations().isEmpty(), d.id() + ": no relations");
            String text = Files.readString(Fixtures.CORPUS.resolve(d.id() + ".txt"), StandardCharsets.UTF_8);
            assertEquals(text, d.text().value(), d.id() + ": text must be the file unchanged");
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.toString().endsWith(".tmp")), "temporary files left behind");
        }
    }

    @Test
    void recordsCarryTheContractFields() throws IOException {
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode o = RecordCodec.JSON.readTree(line);
            for (String f : List.of("id", "title", "published", "source", "dateline", "url", "text", "entities", "relations", "warnings")) {
                assertTrue(o.has(f), o.get("id") + " lacks " + f);
            }
            for (JsonNode r : o.get("relations")) {
                for (String f : List.of("id", "type", "action", "modality", "parties", "object", "object_entity", "date", "place",
                        "speaker", "evidence", "confidence", "rule")) {
                    assertTrue(r.has(f), o.get("id") + " relation lacks " + f);
                }
                assertEquals(o.get("text").asText().codePoints().skip(r.get("evidence").get("start").asInt())
                                .limit(r.get("evidence").get("end").asInt() - r.get("evidence").get("start").asInt())
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(),
                        r.get("evidence").get("text").asText());
            }
        }
    }

    @Test
    void csvTablesAgreeWithTheRecords() throws IOException {
        int entities = docs.stream().mapToInt(d -> d.mentions().size()).sum();
        int relations = docs.stream().mapToInt(d -> d.relations().size()).sum();
        assertEquals(entities, rows(out.resolve("entities.csv"), CsvTables.ENTITY_COLUMNS).size());
        List<String> relationColumns = new java.util.ArrayList<>(CsvTables.RELATION_COLUMNS);
        relationColumns.addAll(org.summitoutcomes.export.OutcomeFiles.CODING_COLUMNS); // consolidation appends the records' coding
        assertEquals(relations, rows(out.resolve("relations.csv"), relationColumns).size());
        assertEquals(entities, summary.entities());
        assertEquals(relations, summary.relations());
    }

    private static List<CSVRecord> rows(Path csv, List<String> header) throws IOException {
        try (CSVParser p = CSVParser.parse(csv, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            assertEquals(header, p.getHeaderNames());
            return p.getRecords();
        }
    }

    @Test
    void outputIsDeterministicAcrossThreadCounts() throws IOException {
        Path again = tmp.resolve("again");
        new BatchRunner(SummitOutcomes.defaultPipeline(), 1, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false).run(List.of(Fixtures.CORPUS), again);
        for (String f : List.of("documents.jsonl", "entities.csv", "relations.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f + " differs between runs");
        }
    }

    @Test
    void recordsMatchTheSnapshot() throws IOException {
        org.summitoutcomes.RecordSnapshot.checkFiles(out, org.summitoutcomes.RecordSnapshot.DIR.resolve("corpus"));
    }

    @Test
    void noRegressionAgainstTheCommittedBaseline() throws IOException {
        Scores s = Scorer.score(RecordFiles.read(Fixtures.GOLD), docs);
        JsonNode baseline = RecordCodec.JSON.readTree(Fixtures.GOLD.resolve("BASELINE.json").toFile());
        double tolerance = baseline.path("tolerance").asDouble(0.01);
        List<String> drops = Report.regressions(Report.headline(s), baseline, tolerance);
        assertTrue(drops.isEmpty(), () -> "regression against gold/BASELINE.json:\n" + String.join("\n", drops) + "\n" + Report.table(s));
    }
}
