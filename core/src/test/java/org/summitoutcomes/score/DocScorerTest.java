package org.summitoutcomes.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document-level scorer on tiny hand-made gold and predicted records (no models): every expected count is
 * worked out by hand in the comments, and the same files are scored by shared/tools/score-doclevel.py.
 */
@Tag("unit")
class DocScorerTest {
    private static final double EPS = 1e-9;

    /** Article g1: scored in full. Article g2: no prediction. */
    static final String GOLD_G1 = """
            {"id": "g1", "published": "2025-06-17", "entities": {
              "COUNTRY": ["KAZ", "CHN"],
              "LEADER": [{"name": "Kassym-Jomart Tokayev", "country": "KAZ", "role": "President"}],
              "PERSON": [], "CENTER": [], "MECHANISM": [], "DOCUMENT": [], "INITIATIVE": [], "ORGANIZATION": [],
              "MONEY": ["USD 1000"], "DATE": ["2025-06-17"], "LOCATION": ["Tianjin", "Tianjin Port"], "QUANTITY": ["45 projects"]},
             "relations": [
              {"type": "AGREEMENT", "action": "sign", "modality": null, "parties": ["CHN", "KAZ"],
               "object": "Treaty on Permanent Good-Neighbourliness", "date": "2025-06-17", "place": null, "evidence": "They signed a treaty."},
              {"type": "COMMITMENT", "action": "provide", "modality": "pledged", "parties": ["CHN"],
               "object": "provide 1.5 billion yuan in grants", "date": "2025-06-17", "place": null, "evidence": "China will provide grants."},
              {"type": "COMMITMENT", "action": "open", "modality": "decided", "parties": ["KAZ"],
               "object": "open a trade centre in Almaty", "date": null, "place": null, "evidence": "Kazakhstan opens a centre."}],
             "notes": []}
            """;
    static final String GOLD_G2 = """
            {"id": "g2", "published": null, "entities": {"COUNTRY": ["IND"]},
             "relations": [{"type": "AGREEMENT", "action": "adopt", "modality": null, "parties": ["IND", "JPN"],
               "object": "Joint Statement", "date": null, "place": null, "evidence": "They adopted a joint statement."}]}
            """;
    static final String PRED_X9 = """
            {"id": "x9", "entities": [{"type": "COUNTRY", "normalized": "FRA", "text": "France"}], "relations": [{"type": "AGREEMENT", "object": "Paris Accord", "parties": []}]}
            """;
    static final String PRED_G1 = """
            {"id": "g1", "entities": [
              {"type": "COUNTRY", "normalized": "kaz", "text": "Kazakhstan"},
              {"type": "COUNTRY", "normalized": "CHN", "text": "China"},
              {"type": "COUNTRY", "normalized": "CHN", "text": "Chinese"},
              {"type": "COUNTRY", "normalized": "UZB", "text": "Uzbekistan"},
              {"type": "LEADER", "normalized": null, "text": "Kassym Tokayev"},
              {"type": "MONEY", "normalized": "USD 1004", "text": "$1,004"},
              {"type": "LOCATION", "normalized": "Tianjin", "text": "Tianjin"},
              {"type": "LOCATION", "normalized": {"value": "Tianjin Port"}, "text": "the port of Tianjin"},
              {"type": "QUANTITY", "normalized": "45 investment projects", "text": "45 investment projects"},
              {"type": "DATE", "normalized": "2025-06", "text": "June"},
              {"type": "WEIRD", "normalized": "x", "text": "x"}],
             "relations": [
              {"id": "R1", "type": "AGREEMENT", "action": "sign", "modality": null, "parties": ["KAZ", "CHN"],
               "object": "the Treaty on Permanent Good-Neighbourliness", "date": "2025-06-17",
               "evidence": {"start": 0, "end": 21, "text": "They signed a treaty."}, "rule": "agr-test"},
              {"id": "R2", "type": "COMMITMENT", "action": "provide", "modality": "pledged", "parties": ["CHN"],
               "object": "provide 1.5 billion yuan", "date": null, "evidence": {"start": 0, "end": 1, "text": "China will provide."}, "rule": "com-test"},
              {"id": "R3", "type": "COMMITMENT", "action": "open", "modality": "pledged", "parties": [],
               "object": "open a trade centre", "date": null, "evidence": {"start": 0, "end": 1, "text": "It will open a centre."}, "rule": "com-test"},
              {"id": "R4", "type": "COMMITMENT", "action": "build", "modality": "planned", "parties": ["CHN"],
               "object": "build a railway", "date": null, "evidence": {"start": 0, "end": 1, "text": "China plans a railway."}, "rule": "com-plan"}]}
            """;

    /** Article g3: ties and the MONEY tolerance, for the agreement with the Python scorer. */
    static final String GOLD_G3 = """
            {"id": "g3", "entities": {"MONEY": ["USD 1005.01", "USD 2000"], "DOCUMENT": ["Astana Declaration", "Declaration of Astana"]},
             "relations": [
              {"type": "COMMITMENT", "modality": "decided", "parties": ["CHN"], "object": "establish a fund", "date": null},
              {"type": "COMMITMENT", "modality": "decided", "parties": ["KAZ"], "object": "establish a fund", "date": null}]}
            """;
    static final String PRED_G3 = """
            {"id": "g3", "entities": [{"type": "MONEY", "normalized": "USD 1000"}, {"type": "MONEY", "normalized": "~USD 2010"},
              {"type": "DOCUMENT", "normalized": "the Astana Declaration"}],
             "relations": [{"type": "COMMITMENT", "modality": "decided", "parties": ["KAZ"], "object": "establish the fund", "date": null}]}
            """;

    @TempDir Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    /** Records as JSON Lines, one compact record a line. */
    private Path jsonl(String name, String... records) throws IOException {
        ObjectMapper m = new ObjectMapper();
        StringBuilder b = new StringBuilder();
        for (String r : records) b.append(m.writeValueAsString(m.readTree(r))).append("\n\n");
        return write(name, b.toString());
    }

    private DocScores scoreG1G2() throws IOException {
        write("gold/g1.json", GOLD_G1);
        write("gold/g2.json", GOLD_G2);
        write("gold/README.md", "not a record");
        return DocScorer.score(DocRecordReader.gold(tmp.resolve("gold")), DocRecordReader.predictions(jsonl("pred.jsonl", PRED_X9, PRED_G1)));
    }

    @Test
    void contentWordsDropStopWordsAndSplitOnEverythingButAsciiLettersAndDigits() {
        assertEquals(List.of("treaty", "good", "neighbourliness", "2025"), List.copyOf(DocValueMatch.words("The Treaty of Good-Neighbourliness (2025)")));
        // é is not an ASCII letter: "café" splits into "caf"
        assertEquals(List.of("caf", "d", "1"), List.copyOf(DocValueMatch.words("Café d'1")));
        assertEquals(0.0, DocValueMatch.jaccard("the of", "the of"), EPS); // no content words: 0, never NaN
        assertEquals(0.0, DocValueMatch.jaccard(null, "fund"), EPS);
        // {establish, fund} vs {establish, new, fund}: 2/3
        assertEquals(2.0 / 3, DocValueMatch.jaccard("establish a fund", "establish a new fund"), EPS);
    }

    @Test
    void namesMatchOnHalfTheirContentWordsOrEqualStrings() {
        assertTrue(DocValueMatch.sameValue("DOCUMENT", "Astana Declaration", "the Declaration of Astana")); // 2/2
        assertTrue(DocValueMatch.sameValue("LOCATION", "Tianjin", "Tianjin Port")); // 1/2
        assertFalse(DocValueMatch.sameValue("LEADER", "Kassym-Jomart Tokayev", "Tokayev")); // 1/3
        assertTrue(DocValueMatch.sameValue("ORGANIZATION", " the ", "THE")); // no content words, equal strings
    }

    @Test
    void moneyMatchesOnCurrencyAndHalfAPercentOfTheGoldAmount() {
        assertTrue(DocValueMatch.sameValue("MONEY", "USD 1000", "USD 1005")); // 5 <= 0.005 * 1000
        assertFalse(DocValueMatch.sameValue("MONEY", "USD 1000", "USD 1005.01"));
        assertTrue(DocValueMatch.sameValue("MONEY", "USD 1005.01", "USD 1000")); // 5.01 <= 0.005 * 1005.01: not symmetric
        assertFalse(DocValueMatch.sameValue("MONEY", "USD 1000", "EUR 1000"));
        assertTrue(DocValueMatch.sameValue("MONEY", "~usd 5e9", "USD 5000000000")); // qualifier sign, case, exponent
        assertTrue(DocValueMatch.sameValue("MONEY", "USD 0.5", "USD 0.504")); // tolerance at least 0.005 * 1
        assertFalse(DocValueMatch.sameValue("MONEY", "5 USD", "USD 5")); // not "CUR amount"
        assertEquals(new DocValueMatch.Amount("JPY", 3e12), DocValueMatch.money("JPY 3000000000000 (about USD 20 billion)"));
    }

    @Test
    void quantitiesMatchOnTheirFirstNumberAndCodesOnTheStringIgnoringCase() {
        assertTrue(DocValueMatch.sameValue("QUANTITY", "45 projects", "45 investment projects"));
        assertTrue(DocValueMatch.sameValue("QUANTITY", "1,000 participants", "1000 people"));
        assertFalse(DocValueMatch.sameValue("QUANTITY", "16 %", "1.6 %"));
        assertFalse(DocValueMatch.sameValue("QUANTITY", "projects", "projects"));
        assertTrue(DocValueMatch.sameValue("COUNTRY", "KAZ", " kaz"));
        assertFalse(DocValueMatch.sameValue("DATE", "2025-06-17", "2025-06"));
        assertTrue(DocValueMatch.sameValue("DATE", "2023-05-18/2023-05-19", "2023-05-18/2023-05-19"));
    }

    @Test
    void predictedValuesAreDeduplicatedWithTheSameTest() {
        assertEquals(List.of("Tianjin", "Xi'an"), DocValueMatch.distinct("LOCATION", List.of("Tianjin", "Tianjin Port", "Xi'an", "tianjin")));
        assertEquals(List.of("USD 1000"), DocValueMatch.distinct("MONEY", List.of("USD 1000", "USD 1004")));
    }

    @Test
    void matchingIsOneToOneBestFirstWithTiesToTheHigherIndexes() {
        // gold x pred similarities: (0,0)=0.6 (0,1)=0.9 (1,1)=0.7 (1,0)=0.5; best first: (0,1), then (1,0); (1,1) lost
        double[][] sim = {{0.6, 0.9}, {0.5, 0.7}};
        var pairs = BestFirstMatcher.match(List.of(0, 1), List.of(0, 1), (g, p) -> sim[g][p], 0.5);
        assertEquals(List.of(new BestFirstMatcher.Pair(0, 1, 0.9), new BestFirstMatcher.Pair(1, 0, 0.5)), pairs);
        // ties go to the higher gold index, then the higher predicted index: (1,2), then (0,1)
        assertEquals(List.of(new BestFirstMatcher.Pair(1, 2, 1.0), new BestFirstMatcher.Pair(0, 1, 1.0)),
                BestFirstMatcher.match(List.of("a", "a"), List.of("a", "a", "a"), (g, p) -> 1.0, 1.0));
        // below the threshold: no pair
        assertEquals(List.of(), BestFirstMatcher.match(List.of(0), List.of(0), (g, p) -> 0.49, 0.5));
    }

    @Test
    void entitiesAreScoredAsDistinctValuesPerArticle() throws IOException {
        DocScores s = scoreG1G2();
        // COUNTRY g1: gold {KAZ, CHN}, pred distinct {kaz, CHN, UZB} -> tp 2 fp 1; g2: gold {IND}, no prediction -> fn 1
        assertEquals(new Prf(2, 1, 1), s.entities().get("COUNTRY"));
        // LEADER: "Kassym Tokayev" (text, normalized null) vs "Kassym-Jomart Tokayev": 2/3 -> tp
        assertEquals(new Prf(1, 0, 0), s.entities().get("LEADER"));
        assertEquals(new Prf(1, 0, 0), s.entities().get("MONEY")); // 4 <= 5
        assertEquals(new Prf(0, 1, 1), s.entities().get("DATE")); // 2025-06 != 2025-06-17
        // LOCATION: pred {Tianjin, Tianjin Port} collapse to {Tianjin}, which matches one of the two gold values
        assertEquals(new Prf(1, 0, 1), s.entities().get("LOCATION"));
        assertEquals(new Prf(1, 0, 0), s.entities().get("QUANTITY"));
        assertEquals(new Prf(0, 0, 0), s.entities().get("CENTER"));
        assertEquals(DocScorer.entityTypes(), List.copyOf(s.entities().keySet())); // WEIRD is not scored
        // core: COUNTRY 2/1/1 + LEADER 1/0/0 + MONEY 1/0/0 + DATE 0/1/1 = 4/2/2
        assertEquals(new Prf(4, 2, 2), s.coreEntities());
        assertEquals(List.of("g2"), s.missing());
        assertEquals(2, s.goldDocs());
    }

    @Test
    void relationsMatchOnObjectWordsAndPairsAreComparedOnPartiesModalityAndDate() throws IOException {
        DocScores s = scoreG1G2();
        // AGREEMENT: g1's treaty (1.0, parties sorted equal) tp; g2's statement fn; x9 has no gold and is ignored
        assertEquals(new Prf(1, 0, 1), s.relations().get("AGREEMENT"));
        // COMMITMENT: grants 5/6 tp, trade centre 3/4 tp, railway fp
        assertEquals(new Prf(2, 1, 0), s.relations().get("COMMITMENT"));
        assertEquals(new Prf(3, 1, 1), s.allRelations());
        // parties: treaty right, grants right, centre wrong ([] vs [KAZ]); modality (COMMITMENT only): grants right, centre wrong;
        // date: treaty right, grants wrong (null vs 2025-06-17), centre right (null = null)
        assertEquals(new DocScores.Share(2, 3), s.attributes().get("parties"));
        assertEquals(new DocScores.Share(1, 2), s.attributes().get("modality"));
        assertEquals(new DocScores.Share(2, 3), s.attributes().get("date"));
    }

    @Test
    void headlineFiguresAreRoundedAsPythonRoundsAndGateAgainstABaseline() throws IOException {
        DocScores s = scoreG1G2();
        Map<String, Double> h = DocReport.headline(s);
        assertEquals(List.of("relation_f1", "agreement_f1", "commitment_f1", "commitment_recall", "parties_right", "date_right",
                "entity_core_f1"), List.copyOf(h.keySet()));
        assertEquals(0.75, h.get("relation_f1"), EPS); // P 3/4, R 3/4
        assertEquals(0.6667, h.get("agreement_f1"), EPS); // P 1, R 1/2
        assertEquals(0.8, h.get("commitment_f1"), EPS); // P 2/3, R 1
        assertEquals(1.0, h.get("commitment_recall"), EPS);
        assertEquals(0.6667, h.get("parties_right"), EPS);
        assertEquals(0.6667, h.get("date_right"), EPS);
        assertEquals(0.6667, h.get("entity_core_f1"), EPS);
        assertEquals(0.0312, DocReport.round(0.03125), EPS); // an exact tie goes to the even digit, as in Python
        assertEquals(0.5185, DocReport.round(7.0 / 13.5), EPS);
        var base = new ObjectMapper().readTree("{\"tolerance\": 0.02, \"headline\": {\"relation_f1\": 0.77, \"commitment_recall\": 1.0, "
                + "\"date_right\": 0.70}}");
        // 0.75 >= 0.77 - 0.02 passes; 0.6667 < 0.70 - 0.02 fails
        assertEquals(List.of("date_right 0.6667 < baseline 0.7000 - 0.020"), Report.regressions(h, base, 0.02));
    }

    @Test
    void anEmptyGoldSetScoresZeroNeverNaN() {
        DocScores s = DocScorer.score(List.of(), Map.of());
        DocReport.headline(s).forEach((k, v) -> assertEquals(0.0, v, EPS, k));
        assertEquals(12, s.entities().size());
    }

    @Test
    void errorsListMissesFalseRecordsAndWrongAttributesWithEvidenceAndRule() throws IOException {
        String text = DocReport.errors(scoreG1G2());
        assertTrue(text.contains("FN   relation AGREEMENT    g2     Joint Statement"), text);
        assertTrue(text.contains("     | They adopted a joint statement."), text);
        assertTrue(text.contains("FP   relation COMMITMENT   g1     build a railway  [com-plan]"), text);
        assertTrue(text.contains("     | China plans a railway."), text);
        assertTrue(text.contains("DIFF relation COMMITMENT   g1     open a trade centre  [com-test]"), text);
        assertTrue(text.contains("parties gold [KAZ] pred []; modality gold decided pred pledged"), text);
        assertTrue(text.contains("FN   entity   LOCATION     g1     Tianjin"), text);
        assertTrue(text.contains("FP   entity   COUNTRY      g1     UZB"), text);
        assertFalse(text.contains("x9"), text);
        String json = DocReport.json(scoreG1G2(), true).toString();
        assertTrue(json.contains("\"rule\":\"com-plan\""), json);
    }

    @Test
    void unreadableRecordsFailWithTheirFileAndLine() throws IOException {
        Path bad = write("bad.jsonl", "{\"id\": \"a\", \"relations\": []}\n\n{not json\n");
        IOException e = assertThrows(IOException.class, () -> DocRecordReader.predictions(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3: not JSON"), e.getMessage());
        Path noId = write("noid/a.json", "{\"entities\": {}}");
        e = assertThrows(IOException.class, () -> DocRecordReader.gold(noId.getParent()));
        assertTrue(e.getMessage().endsWith("a.json: no \"id\""), e.getMessage());
        assertThrows(IOException.class, () -> DocRecordReader.gold(tmp.resolve("nowhere")));
    }

    @Test
    void theSameFiguresAsTheIndependentPythonScorer() throws IOException, InterruptedException {
        PythonDocScorer.assumePython();
        write("gold/g1.json", GOLD_G1);
        write("gold/g2.json", GOLD_G2);
        write("gold/g3.json", GOLD_G3);
        Path pred = jsonl("pred.jsonl", PRED_X9, PRED_G1, PRED_G3);
        DocScores s = DocScorer.score(DocRecordReader.gold(tmp.resolve("gold")), DocRecordReader.predictions(pred));
        PythonDocScorer.assertSameFigures(PythonDocScorer.run(tmp.resolve("gold"), pred), DocReport.json(s, true));
        // g3: the tie went to the second gold record (parties KAZ), so parties are right on 3 of 4 pairs
        assertEquals(new DocScores.Share(3, 4), s.attributes().get("parties"));
        // g3: USD 1000 matches gold USD 1005.01 (tolerance of the gold amount), ~USD 2010 matches USD 2000
        assertEquals(new Prf(3, 0, 0), s.entities().get("MONEY"));
    }

    @Test
    void stopWordsAndTypeListsAreThoseOfThePythonScorer() throws IOException {
        String script = Files.readString(PythonDocScorer.SCRIPT);
        assertEquals(pythonList(script, "STOP = set\\(\"([^\"]*)\"", " "),
                java.util.Set.copyOf(org.summitoutcomes.lexicon.DataFile.lines("lexicons/doclevel-stopwords.txt")));
        assertEquals(pythonList(script, "CORE = \\[([^\\]]*)\\]", ","), java.util.Set.copyOf(DocScores.CORE));
        assertEquals(pythonList(script, "EXTRA = \\[([^\\]]*)\\]", ","), java.util.Set.copyOf(DocScores.EXTRA));
        assertEquals(pythonList(script, "NAME_TYPES = \\{([^}]*)\\}", ","), DocValueMatch.NAME_TYPES);
    }

    private static java.util.Set<String> pythonList(String script, String regex, String sep) {
        var m = java.util.regex.Pattern.compile(regex).matcher(script);
        assertTrue(m.find(), "not in score-doclevel.py: " + regex);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : m.group(1).split(sep)) if (!w.isBlank()) out.add(w.strip().replace("\"", ""));
        return out;
    }
}
