package org.summitoutcomes.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summitoutcomes.model.Metadata;

/**
 * The optional {@code manifest.csv} of an input folder: columns {@code file, url, source, published, title}
 * (unknown columns ignored) supplying or overriding each file's metadata.
 */
public record Manifest(Map<String, Metadata> byFile, List<String> problems) implements java.io.Serializable {
    public static final String FILE_NAME = "manifest.csv";
    public static final Manifest NONE = new Manifest(Map.of(), List.of());

    public Metadata lookup(String fileName) { return byFile.getOrDefault(fileName, Metadata.EMPTY); }

    public static Manifest read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return parse(reader, csv.toString());
        }
    }

    /**
     * Parses a manifest; {@code where} names it in problem messages, which read {@code where:LINE: reason}.
     * A malformed or unusable row is skipped alone; the other rows are kept.
     *
     * @throws IOException if the reader fails
     */
    public static Manifest parse(Reader reader, String where) throws IOException {
        List<String> lines = new java.io.BufferedReader(reader).lines().toList();
        Map<String, Metadata> rows = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) first++;
        if (first == lines.size()) {
            problems.add(where + ": empty manifest; ignored");
            return new Manifest(Map.of(), problems);
        }
        List<String> header;
        try {
            header = parseRecord(lines.get(first));
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            header = null;
        }
        if (header == null || !header.stream().map(String::trim).toList().contains("file")) {
            problems.add(where + ":" + (first + 1) + ": no 'file' column in the header; manifest ignored");
            return new Manifest(Map.of(), problems);
        }
        header = header.stream().map(String::trim).toList();
        int i = first + 1;
        while (i < lines.size()) {
            int lineNo = i + 1;
            StringBuilder record = new StringBuilder(lines.get(i++));
            while (quotes(record) % 2 == 1 && i < lines.size() && i - lineNo < MAX_RECORD_LINES) record.append('\n').append(lines.get(i++));
            if (record.toString().isBlank()) continue;
            List<String> values;
            try {
                values = parseRecord(record.toString());
            } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
                // only the row where the trouble starts is dropped; reading goes on at the next physical line
                String why = quotes(lines.get(lineNo - 1)) % 2 == 1 ? "a quote is never closed" : "a quote in the middle of a value";
                problems.add(where + ":" + lineNo + ": malformed CSV row skipped (" + why + ")");
                i = lineNo;
                continue;
            }
            if (values == null) continue;
            if (values.size() > header.size()) {
                problems.add(where + ":" + lineNo + ": row has " + values.size() + " values for " + header.size() + " columns; skipped");
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c).trim();
                if (!v.isEmpty()) row.putIfAbsent(header.get(c), v);
            }
            String file = row.get("file");
            if (file == null) {
                problems.add(where + ":" + lineNo + ": row without a file name skipped");
                continue;
            }
            String published = row.get("published");
            if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                problems.add(where + ":" + lineNo + ": published '" + oneLine(published) + "' is not YYYY-MM-DD; ignored");
                published = null;
            }
            if (rows.containsKey(file)) problems.add(where + ":" + lineNo + ": second row for '" + oneLine(file) + "'; it replaces the first");
            rows.put(file, new Metadata(row.get("title"), published, row.get("source"), null, row.get("url")));
        }
        return new Manifest(Map.copyOf(rows), problems);
    }

    /** How many physical lines one quoted record may span before it is taken as malformed. */
    private static final int MAX_RECORD_LINES = 50;

    private static int quotes(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '"') n++;
        return n;
    }

    /** The values of one CSV record (RFC 4180), or null for a blank one. */
    private static List<String> parseRecord(String record) throws IOException {
        try (CSVParser parser = CSVParser.parse(record, CSVFormat.RFC4180)) {
            List<CSVRecord> all = parser.getRecords();
            if (all.isEmpty()) return null;
            if (all.size() > 1) throw new IllegalStateException("more than one record on the line");
            return all.get(0).toList();
        }
    }

    private static String oneLine(String s) { return s == null ? "" : s.replaceAll("\\s+", " "); }

}
