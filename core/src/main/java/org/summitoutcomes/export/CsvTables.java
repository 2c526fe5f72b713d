package org.summitoutcomes.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;

/** The flat tables {@code entities.csv} and {@code relations.csv} (RFC 4180, UTF-8, header row; see README). */
public final class CsvTables implements AutoCloseable {
    public static final List<String> ENTITY_COLUMNS = List.of("doc_id", "entity_id", "type", "text", "start", "end",
            "normalized", "country", "role", "qualifier", "rule");
    public static final List<String> RELATION_COLUMNS = List.of("doc_id", "relation_id", "type", "action", "modality",
            "parties", "object", "object_entity", "object_normalized", "date", "place", "speaker", "evidence_start",
            "evidence_end", "evidence_text", "confidence", "rule", "published", "source", "url");

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d+)?)?");

    private final CSVPrinter entities;
    private final CSVPrinter relations;

    public CsvTables(Writer entitiesOut, Writer relationsOut) throws IOException {
        this(entitiesOut, relationsOut, true);
    }

    /** With {@code header} false the tables continue files that already have their header row (a resumed batch). */
    public CsvTables(Writer entitiesOut, Writer relationsOut, boolean header) throws IOException {
        CSVFormat base = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build();
        this.entities = new CSVPrinter(entitiesOut, header ? base.builder().setHeader(ENTITY_COLUMNS.toArray(String[]::new)).build() : base);
        this.relations = new CSVPrinter(relationsOut, header ? base.builder().setHeader(RELATION_COLUMNS.toArray(String[]::new)).build() : base);
    }

    public void flush() throws IOException {
        entities.flush();
        relations.flush();
    }

    /** Writes a document's rows, each text cell passed through {@link #neutralized}. */
    public void write(Document d) throws IOException {
        for (List<Object> row : entityRows(d)) entities.printRecord(row.stream().map(CsvTables::neutralized).toList());
        for (List<Object> row : relationRows(d)) relations.printRecord(row.stream().map(CsvTables::neutralized).toList());
    }

    /**
     * A cell safe to open in a spreadsheet (OWASP, "CSV Injection"): a text value that begins with {@code =},
     * {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading apostrophe, so that it is shown as
     * text and never evaluated as a formula. Numbers, a plain signed number written as text ({@code -12.5}) or
     * a lone sign ({@code -}, "no country") and null are returned unchanged: no spreadsheet evaluates them.
     * JSON Lines output never goes through here.
     */
    public static Object neutralized(Object cell) {
        if (!(cell instanceof String s) || s.isEmpty() || PLAIN_NUMBER.matcher(s).matches()) return cell;
        return switch (s.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + s;
            default -> s;
        };
    }

    /** The values of a document's rows in the entity table, in {@link #ENTITY_COLUMNS} order (ints for offsets). */
    public static List<List<Object>> entityRows(Document d) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (Mention m : d.mentions()) {
            rows.add(java.util.Arrays.asList(d.id(), m.id(), m.type().name(), m.text(), m.span().start(), m.span().end(), m.normalized(),
                    m.attributes().get("country"), m.attributes().get("role"), m.attributes().get("qualifier"), m.rule()));
        }
        return rows;
    }

    /** The values of a document's rows in the relation table, in {@link #RELATION_COLUMNS} order. */
    public static List<List<Object>> relationRows(Document d) {
        Map<String, Mention> byId = d.mentions().stream().collect(Collectors.toMap(Mention::id, m -> m, (x, y) -> x));
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (Relation r : d.relations()) {
            Mention obj = r.objectEntity() == null ? null : byId.get(r.objectEntity());
            rows.add(java.util.Arrays.asList(d.id(), r.id(), r.type().name(), r.action(), r.modality() == null ? null : r.modality().label(),
                    String.join(" ", r.parties()), r.object(), r.objectEntity(), obj == null ? null : obj.normalized(), r.date(),
                    r.place(), r.speaker(), r.evidence().start(), r.evidence().end(), d.cover(r.evidence()),
                    r.confidence(), r.rule(), d.metadata().published(), d.metadata().source(), d.metadata().url()));
        }
        return rows;
    }

    @Override
    public void close() throws IOException {
        entities.close();
        relations.close();
    }
}
