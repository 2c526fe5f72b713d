package org.summitoutcomes.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.summitoutcomes.consolidate.Consolidator;
import org.summitoutcomes.consolidate.Outcome;
import org.summitoutcomes.consolidate.RecordRow;
import org.summitoutcomes.consolidate.RecordRows;
import org.summitoutcomes.model.EventCoding;

/**
 * The consolidation of a finished batch in its output folder: reads {@code documents.jsonl}, writes
 * {@code outcomes.jsonl} and {@code outcomes.csv}, and gives every relation record its outcome id and event coding
 * in {@code documents.jsonl} (fields after the contract's) and {@code relations.csv} (columns
 * {@link #CODING_COLUMNS} after the others). Each file is written under a temporary name and renamed, and the
 * step can run again on its own output with the same result.
 */
public final class OutcomeFiles {
    public static final String OUTCOMES_JSONL = "outcomes.jsonl";
    public static final String OUTCOMES_CSV = "outcomes.csv";
    /** The columns consolidation appends to {@code relations.csv}. */
    public static final List<String> CODING_COLUMNS = List.of("outcome_id", "action_class", "plover_type", "plover_mode", "cameo",
            "party_types", "recipients");

    /** What the step did: outcomes written, records coded, seconds taken. */
    public record Summary(int outcomes, int records, double seconds) {}

    private OutcomeFiles() {}

    /**
     * Consolidates the batch in {@code outDir}.
     * @throws IOException when {@code documents.jsonl} is missing or unreadable, naming the file and line
     */
    public static Summary consolidate(Path outDir) throws IOException {
        return consolidate(outDir.resolve("documents.jsonl"), outDir.resolve("relations.csv"), outDir.resolve(OUTCOMES_JSONL),
                outDir.resolve(OUTCOMES_CSV));
    }

    /**
     * Consolidates the records of {@code docs} into {@code outcomesJsonl} and {@code outcomesCsv}, and writes each
     * record's coding into {@code docs} and {@code relations} (where it exists): the files may be a batch's
     * temporary files, consolidated before the batch publishes them.
     */
    public static Summary consolidate(Path docs, Path relations, Path outcomesJsonl, Path outcomesCsv) throws IOException {
        long t0 = System.nanoTime();
        RecordRows coder = RecordRows.standard();
        List<RecordRow> rows = new ArrayList<>();
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                n++;
                if (line.isBlank()) continue;
                try {
                    rows.addAll(coder.of(RecordCodec.fromJson(RecordCodec.JSON.readTree(line))));
                } catch (IllegalArgumentException e) {
                    throw new IOException(docs + ":" + n + ": " + e.getMessage(), e);
                }
            }
        }
        List<Outcome> outcomes = Consolidator.standard().consolidate(rows);
        Map<String, EventCoding> coding = codings(rows, outcomes);

        write(outcomesJsonl, w -> {
            for (Outcome o : outcomes) w.write(OutcomeJson.toLine(o) + "\n");
        });
        write(outcomesCsv, w -> OutcomeTable.write(w, outcomes));
        annotateDocuments(docs, coding);
        if (Files.isRegularFile(relations)) annotateRelations(relations, coding);
        return new Summary(outcomes.size(), rows.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Each record's coding with its outcome id, by {@code doc_id#relation_id}. */
    public static Map<String, EventCoding> codings(List<RecordRow> rows, List<Outcome> outcomes) {
        Map<String, String> ids = new HashMap<>();
        for (Outcome o : outcomes) for (String ref : o.records()) ids.put(ref, o.outcomeId());
        Map<String, EventCoding> out = new HashMap<>();
        for (RecordRow r : rows) {
            out.put(r.ref(), new EventCoding(ids.get(r.ref()), r.action(), r.ploverType(), r.ploverMode(), r.cameo(), r.partyTypes(),
                    r.recipients()));
        }
        return out;
    }

    /** A {@code documents.jsonl} line with the coding of each of its relations. */
    public static String annotateLine(String line, Map<String, EventCoding> coding) throws IOException {
        JsonNode doc = RecordCodec.JSON.readTree(line);
        String id = doc.path("id").asText();
        for (JsonNode r : doc.path("relations")) {
            EventCoding c = coding.get(id + "#" + r.path("id").asText());
            if (c != null) CodingJson.put((ObjectNode) r, c);
        }
        return RecordCodec.JSON.writeValueAsString(doc);
    }

    private static void annotateDocuments(Path docs, Map<String, EventCoding> coding) throws IOException {
        List<String> lines = Files.readAllLines(docs, StandardCharsets.UTF_8);
        write(docs, w -> {
            for (String line : lines) {
                if (line.isBlank()) continue;
                w.write(annotateLine(line, coding));
                w.write('\n');
            }
        });
    }

    private static void annotateRelations(Path relations, Map<String, EventCoding> coding) throws IOException {
        List<CSVRecord> records;
        List<String> header;
        try (Reader r = Files.newBufferedReader(relations, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            header = new ArrayList<>(p.getHeaderNames());
            records = p.getRecords();
        }
        int keep = header.indexOf(CODING_COLUMNS.get(0)) >= 0 ? header.indexOf(CODING_COLUMNS.get(0)) : header.size();
        List<String> columns = new ArrayList<>(header.subList(0, keep));
        columns.addAll(CODING_COLUMNS);
        write(relations, w -> {
            CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
                    .setHeader(columns.toArray(String[]::new)).build());
            for (CSVRecord rec : records) {
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < keep; i++) row.add(rec.get(i));
                EventCoding c = coding.get(rec.get("doc_id") + "#" + rec.get("relation_id"));
                if (c == null) {
                    for (int i = 0; i < CODING_COLUMNS.size(); i++) row.add("");
                } else {
                    row.addAll(List.of(nz(c.outcomeId()), nz(c.action()), nz(c.ploverType()), nz(c.ploverMode()), nz(c.cameo()),
                            String.join(" ", c.partyTypes()), String.join(" ", c.recipients())));
                }
                out.printRecord(row);
            }
            out.flush();
        });
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private interface Body { void write(BufferedWriter w) throws IOException; }

    private static void write(Path target, Body body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".consolidating");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
