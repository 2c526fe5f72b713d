package org.summitoutcomes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;

/** Records → brat standoff → records gives the same records (gold set and a hand-made edge case). */
class BratRoundTripTest {
    @TempDir Path dir;

    @Test
    void goldSurvivesTheRoundTrip() throws IOException {
        List<Document> gold = RecordFiles.read(Fixtures.GOLD);
        assertRoundTrip(gold);
    }

    @Test
    void supplementaryCharactersSpacesAndPercentSurvive() throws IOException {
        String text = "🇰🇿 Kazakhstan\tpledged 50% of $1 billion.\nNext line";
        int k = text.codePointCount(0, text.indexOf("Kazakhstan"));
        var meta = new Metadata("A title", "2025-06-17", "Source", null, "https://example.org/a?b=1");
        Mention country = new Mention("E1", EntityType.COUNTRY, new Span(k, k + 10), "Kazakhstan", "KAZ", Map.of(), "gaz-country");
        int mo = text.codePointCount(0, text.indexOf("$1 billion"));
        Mention money = new Mention("E2", EntityType.MONEY, new Span(mo, mo + 10), "$1 billion", "USD 1000000000",
                Map.of("qualifier", "more than"), "money");
        Relation r = new Relation("R1", RelationType.COMMITMENT, "provide", Modality.PLEDGED, List.of("KAZ"), "provide 50% of $1 billion",
                "E2", "2025-06-17", "Astana", null, new Span(0, text.codePointCount(0, text.indexOf('\n'))), 0.8, "com-will");
        Document d = new Document("edge", meta, new org.summitoutcomes.model.Text(text), List.of(), List.of(), List.of(country, money),
                List.of(r), List.of("a warning"));
        assertRoundTrip(List.of(d));
    }

    private void assertRoundTrip(List<Document> docs) throws IOException {
        Brat.write(docs, dir);
        List<Document> back = Brat.read(dir);
        List<String> expected = new ArrayList<>(), actual = new ArrayList<>();
        docs.forEach(d -> expected.add(RecordCodec.toPrettyJson(d)));
        back.forEach(d -> actual.add(RecordCodec.toPrettyJson(d)));
        assertEquals(expected, actual);
    }
}
