package org.summitoutcomes.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
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
import org.summitoutcomes.model.Text;

/**
 * Records → brat standoff → records gives the same records (the gold set and hand-made edge cases); the files
 * follow brat's format rules; relation arguments are brat event arguments, not a note. The dev-set run's
 * round trip is in DevSetEndToEndTest.
 */
@Tag("unit")
class BratRoundTripTest {
    @TempDir Path dir;

    @Test
    void goldSurvivesTheRoundTrip() throws IOException {
        List<Document> gold = RecordFiles.read(Fixtures.GOLD);
        assertTrue(gold.size() >= 5);
        BratFiles.assertLosslessRoundTrip(gold, dir);
        String conf = Files.readString(dir.resolve("annotation.conf"), StandardCharsets.UTF_8);
        gold.stream().flatMap(d -> d.relations().stream()).map(Relation::action).distinct()
                .forEach(a -> assertTrue(conf.matches("(?s).*\naction\tArg:<EVENT>, Value:([^\n]*\\|)?" + java.util.regex.Pattern.quote(Brat.encode(a)) + "(\\|[^\n]*)?\n.*"), "action " + a + " declared"));
    }

    @Test
    void supplementaryCharactersSpacesAndPercentSurvive() throws IOException {
        BratFiles.assertLosslessRoundTrip(List.of(edgeCase()), dir);
    }

    @Test
    void argumentsAreEventArgumentsAndValuesWithoutEntityAreAttributes() throws IOException {
        Brat.write(List.of(edgeCase()), dir);
        String ann = Files.readString(dir.resolve("edge.ann"), StandardCharsets.UTF_8);
        // R1: parties KAZ (a COUNTRY in the evidence) and UZB (no mention: an attribute), object E2, date by an entity, place without one
        assertTrue(ann.contains("\tCOMMITMENT:T5 Object:T4 Party:T1 Date:T3 Speaker:T2\n"), ann);
        assertTrue(ann.contains("\tother_parties E1 UZB\n"), ann);
        assertTrue(ann.contains("\tplace E1 Astana\n"), ann);
        assertTrue(ann.contains("\tAnnotatorNotes E1\tR1: provide 50% of $1 billion\\nnext (confidence 0.8, rule com-will)\n"), ann);
        assertFalse(ann.contains("{"), "no JSON in notes");
        assertTrue(ann.contains("\tCOMMITMENT 0 74;75 85\t"), "the evidence crosses a line break: one fragment per line\n" + ann);
    }

    @Test
    void anEditInBratIsReadBack() throws IOException {
        Brat.write(List.of(edgeCase()), dir);
        Path ann = dir.resolve("edge.ann");
        String edited = Files.readString(ann, StandardCharsets.UTF_8).replace(" Speaker:T2", "").replace("other_parties E1 UZB", "other_parties E1 TJK%20UZB");
        Files.writeString(ann, edited, StandardCharsets.UTF_8);
        Relation r = Brat.read(dir).get(0).relations().get(0);
        assertEquals(List.of("KAZ", "TJK", "UZB"), r.parties());
        assertEquals(null, r.speaker());
    }

    @Test
    void theFormatCheckCatchesBrokenFiles() throws IOException {
        Brat.write(List.of(edgeCase()), dir);
        Path ann = dir.resolve("edge.ann");
        String good = Files.readString(ann, StandardCharsets.UTF_8);
        Files.writeString(ann, good.replace("Party:T1", "Party:T99").replace("action E1 provide", "action E1 teleport") + "X1\tjunk\n");
        List<String> problems = BratFiles.problems(dir);
        assertTrue(problems.stream().anyMatch(p -> p.contains("undefined T99")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("teleport")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("not a well-formed")), problems.toString());
    }

    static Document edgeCase() {
        String text = "🇰🇿 Kazakhstan\tpledged, said Tokayev on May 5, to provide 50% of $1 billion\nnext year.\nNext line";
        int k = cp(text, "Kazakhstan");
        var meta = new Metadata("A title", "2025-06-17", "Source", null, "https://example.org/a?b=1");
        Mention country = new Mention("E1", EntityType.COUNTRY, new Span(k, k + 10), "Kazakhstan", "KAZ", Map.of(), "gaz-country");
        int mo = cp(text, "$1 billion");
        Mention money = new Mention("E2", EntityType.MONEY, new Span(mo, mo + 10), "$1 billion", "USD 1000000000",
                Map.of("qualifier", "more than"), "money");
        int t = cp(text, "Tokayev");
        Mention leader = new Mention("E3", EntityType.LEADER, new Span(t, t + 7), "Tokayev", "Kassym-Jomart Tokayev",
                Map.of("country", "KAZ", "role", "president"), "gaz-leader");
        int da = cp(text, "May 5");
        Mention date = new Mention("E4", EntityType.DATE, new Span(da, da + 5), "May 5", "2025-05-05", Map.of(), "date");
        int end = cp(text, "\nNext line");
        Relation r = new Relation("R1", RelationType.COMMITMENT, "provide", Modality.PLEDGED, List.of("KAZ", "UZB"),
                "provide 50% of $1 billion\nnext", "E2", "2025-05-05", "Astana", "Kassym-Jomart Tokayev", new Span(0, end), 0.8, "com-will");
        return new Document("edge", meta, new Text(text), List.of(), List.of(), List.of(country, leader, date, money),
                List.of(r), List.of("a warning"));
    }

    private static int cp(String text, String part) { return text.codePointCount(0, text.indexOf(part)); }
}
