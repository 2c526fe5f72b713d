package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.nlp.Annotations;
import org.summitoutcomes.nlp.CoreNlp;

@Tag("stage")
class NumericTriggersTest {
    private static final Set<String> NUMERIC = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "NUMBER", "ORDINAL");

    @Test
    void digitsCardinalsCurrencyAndListedWordsTrigger() {
        assertTrue(NumericTriggers.triggers("2025", "CD"));
        assertTrue(NumericTriggers.triggers("US$", "$"));
        assertTrue(NumericTriggers.triggers("€", "$"));
        assertTrue(NumericTriggers.triggers("dozens", "NNS"));
        assertTrue(NumericTriggers.triggers("II", "CD"));
        assertTrue(NumericTriggers.triggers("Tuesday", "NNP"));
        assertTrue(NumericTriggers.triggers("Sept.", "NNP"));
        assertTrue(NumericTriggers.triggers("mid-June", "JJ"));
        assertTrue(NumericTriggers.triggers("three-year", "JJ"));
        assertTrue(NumericTriggers.triggers("recently", "RB"));
    }

    @Test
    void ambiguousMonthAndSeasonWordsTriggerOnlyAsNouns() {
        assertTrue(NumericTriggers.triggers("May", "NNP"));
        assertFalse(NumericTriggers.triggers("may", "MD"));
        assertFalse(NumericTriggers.triggers("march", "VB"));
        assertFalse(NumericTriggers.triggers("fall", "VB"));
        assertFalse(NumericTriggers.triggers("signed", "VBD"));
        assertFalse(NumericTriggers.triggers("Astana", "NNP"));
    }

    /**
     * What the split NER relies on: wherever the full NER (numeric classifiers and SUTime on) finds a number, date,
     * money or percent expression in the corpus, the sentence passes the gate; and the split NER of the tag stage
     * gives every token the same tag and value as the full NER on every sentence.
     */
    @Test
    void splitNerTagsTheCorpusExactlyAsTheFullNer() throws Exception {
        List<Path> files;
        try (var s = Files.list(Fixtures.CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int numericSentences = 0;
        for (Path f : files) {
            Document d = Fixtures.segmented(Files.readString(f), "2025-06-18");
            List<List<CoreLabel>> labels = new ArrayList<>();
            for (Segment s : d.segments()) labels.add(Annotations.labels(s, labels.size()));
            CoreNlp.ner().annotate(Annotations.document(d.text().value(), labels, "2025-06-18"));
            Document tagged = Fixtures.tagged(d.text().value(), "2025-06-18");
            for (int si = 0; si < labels.size(); si++) {
                List<CoreLabel> full = labels.get(si);
                boolean numeric = full.stream().anyMatch(l -> NUMERIC.contains(l.ner()));
                if (numeric) {
                    numericSentences++;
                    assertTrue(NumericTriggers.mayHoldNumericExpression(full), f.getFileName() + " sentence " + si);
                }
                var split = tagged.segments().get(si).tokens();
                for (int i = 0; i < full.size(); i++) {
                    assertEquals(full.get(i).ner(), split.get(i).ner(), f.getFileName() + " token " + full.get(i).word());
                }
            }
        }
        assertTrue(numericSentences > 50, "the corpus has dates and amounts: " + numericSentences);
    }
}
