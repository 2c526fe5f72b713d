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
    private static final NumericTriggers TRIGGERS = NumericTriggers.of(org.summitoutcomes.lexicon.Lexicons.standard());
    private static final Set<String> NUMERIC = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY", "PERCENT", "NUMBER", "ORDINAL");

    @Test
    void digitsCardinalsCurrencyAndListedWordsTrigger() {
        assertTrue(TRIGGERS.triggers("2025", "CD"));
        assertTrue(TRIGGERS.triggers("US$", "$"));
        assertTrue(TRIGGERS.triggers("€", "$"));
        assertTrue(TRIGGERS.triggers("dozens", "NNS"));
        assertTrue(TRIGGERS.triggers("II", "CD"));
        assertTrue(TRIGGERS.triggers("Tuesday", "NNP"));
        assertTrue(TRIGGERS.triggers("Sept.", "NNP"));
        assertTrue(TRIGGERS.triggers("mid-June", "JJ"));
        assertTrue(TRIGGERS.triggers("three-year", "JJ"));
        assertTrue(TRIGGERS.triggers("recently", "RB"));
    }

    @Test
    void ambiguousMonthAndSeasonWordsTriggerOnlyAsNouns() {
        assertTrue(TRIGGERS.triggers("May", "NNP"));
        assertFalse(TRIGGERS.triggers("may", "MD"));
        assertFalse(TRIGGERS.triggers("march", "VB"));
        assertFalse(TRIGGERS.triggers("fall", "VB"));
        assertFalse(TRIGGERS.triggers("signed", "VBD"));
        assertFalse(TRIGGERS.triggers("Astana", "NNP"));
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
                    assertTrue(TRIGGERS.mayHoldNumericExpression(full), f.getFileName() + " sentence " + si);
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
