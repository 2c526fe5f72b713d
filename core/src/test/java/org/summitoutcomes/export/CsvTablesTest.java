package org.summitoutcomes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;

/** Issue 17: spreadsheet formulas in CSV cells are neutralized (OWASP CSV injection); JSON Lines keeps the values. */
@Tag("unit")
class CsvTablesTest {
    @Test
    void cellsThatWouldRunAsFormulasGetALeadingApostrophe() {
        for (String s : List.of("=HYPERLINK(\"http://x\")", "+A1", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + s, CsvTables.neutralized(s));
        }
        for (Object o : new Object[] {"Astana", "", 12, 0.5, null, "a=b", "-", "-12.5", "+3"}) assertEquals(o, CsvTables.neutralized(o));
    }

    @Test
    void evidenceIdAndUrlAreNeutralizedInTheTablesOnly() throws IOException {
        String text = "=HYPERLINK(\"http://evil\",\"x\") China and Kazakhstan signed the Astana Declaration.";
        Mention m = new Mention("E1", EntityType.COUNTRY, new Span(32, 37), "China", "CHN", Map.of(), "gaz-country");
        Relation r = new Relation("R1", RelationType.AGREEMENT, "sign", null, List.of("CHN"), "the Astana Declaration", null, null, null,
                null, new Span(0, text.length()), 1.0, "agr-sign");
        Document d = new Document("=1+2", new Metadata(null, null, null, null, "=cmd|' /C calc'!A0"), new Text(text), List.of(), List.of(),
                List.of(m), List.of(r), List.of());
        StringWriter ents = new StringWriter(), rels = new StringWriter();
        try (CsvTables t = new CsvTables(ents, rels)) {
            t.write(d);
        }
        CSVRecord rel = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(rels.toString()))
                .getRecords().get(0);
        assertEquals("'=1+2", rel.get("doc_id"));
        assertEquals("'" + text, rel.get("evidence_text"));
        assertEquals("'=cmd|' /C calc'!A0", rel.get("url"));
        CSVRecord ent = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(ents.toString()))
                .getRecords().get(0);
        assertEquals("'=1+2", ent.get("doc_id"));
        assertEquals("32", ent.get("start"));
        String json = RecordCodec.toLine(d);
        assertTrue(json.contains("\"id\":\"=1+2\""), json);
    }
}
