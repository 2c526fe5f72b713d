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

    /** Parses a manifest; {@code where} names it in problem messages. */
    public static Manifest parse(Reader reader, String where) throws IOException {
        String csv = where;
        Map<String, Metadata> rows = new HashMap<>();
        List<String> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("file")) {
                problems.add(csv + ": no 'file' column; manifest ignored");
                return new Manifest(Map.of(), problems);
            }
            for (CSVRecord row : parser) {
                String file = get(row, "file");
                if (file == null) {
                    problems.add(csv + " line " + parser.getCurrentLineNumber() + ": row without a file name skipped");
                    continue;
                }
                String published = get(row, "published");
                if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    problems.add(csv + " line " + parser.getCurrentLineNumber() + ": published '" + published + "' is not YYYY-MM-DD; ignored");
                    published = null;
                }
                rows.put(file, new Metadata(get(row, "title"), published, get(row, "source"), null, get(row, "url")));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(csv + ": malformed CSV (" + e.getMessage() + "); manifest ignored");
            return new Manifest(Map.of(), problems);
        }
        return new Manifest(Map.copyOf(rows), problems);
    }

    private static String get(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) return null;
        String v = row.get(column).trim();
        return v.isEmpty() ? null : v;
    }
}
