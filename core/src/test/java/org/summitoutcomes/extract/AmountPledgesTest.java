package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.DataFile;
import org.summitoutcomes.lexicon.DataFileException;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.rules.Expectation;

/** The pledge word table's format (no CoreNLP model). */
@Tag("unit")
class AmountPledgesTest {
    private static final String TABLE = """
            # Source: test
            # Purpose: test
            # example: Chile pledged $5 million, Peru pledged $2 million and Bolivia pledged $1 million.
            # expect: COMMITMENT | pledge | pledged | PER | $2 million
            pledge\tverb\tpledge\t0.7
            # example: The fund drew gifts from Chile (USD 5 million) and Peru (USD 2 million).
            # expect: COMMITMENT | donate | pledged | CHL | USD 5 million
            gift\tnoun\tdonate\t0.65
            """;

    @Test
    void aRowCarriesItsConfidenceExampleAndExpectedRecord() {
        List<AmountPledges.Word> words = AmountPledges.parse("t.tsv", TABLE);
        assertEquals(2, words.size());
        AmountPledges.Word gift = words.get(1);
        assertEquals("gift", gift.lemma());
        assertTrue(!gift.verb());
        assertEquals("donate", gift.action());
        assertEquals(0.65, gift.confidence());
        assertEquals("The fund drew gifts from Chile (USD 5 million) and Peru (USD 2 million).", gift.example());
        assertEquals(new Expectation(RelationType.COMMITMENT, "donate", Modality.PLEDGED, List.of("CHL"), "USD 5 million"), gift.expect());
    }

    @Test
    void aBadRowIsAnErrorNamingTheFileAndLine() {
        for (String bad : List.of("high", "1.5", "0")) {
            DataFileException e = assertThrows(DataFileException.class, () -> AmountPledges.parse("t.tsv", TABLE.replace("0.65", bad)));
            assertTrue(e.getMessage().startsWith("t.tsv:8: confidence '" + bad + "' is not"), e.getMessage());
        }
        DataFileException pos = assertThrows(DataFileException.class, () -> AmountPledges.parse("t.tsv", TABLE.replace("\tnoun\t", "\tadjective\t")));
        assertTrue(pos.getMessage().startsWith("t.tsv:8: expected 'verb' or 'noun', got 'adjective'"), pos.getMessage());
        DataFileException columns = assertThrows(DataFileException.class, () -> AmountPledges.parse("t.tsv", TABLE.replace("\t0.65", "")));
        assertTrue(columns.getMessage().startsWith("t.tsv:8: expected 4 tab-separated columns"), columns.getMessage());
        DataFileException noExpect = assertThrows(DataFileException.class,
                () -> AmountPledges.parse("t.tsv", TABLE.replace("# expect: COMMITMENT | pledge | pledged | PER | $2 million\n", "")));
        assertTrue(noExpect.getMessage().startsWith("t.tsv:4: needs '# example:' and '# expect:'"), noExpect.getMessage());
    }

    @Test
    void theProjectsTableLoads() {
        List<AmountPledges.Word> words = AmountPledges.parse("pledge-words.tsv", DataFile.text("lexicons/pledge-words.tsv"));
        assertTrue(words.size() >= 10, "rows: " + words.size());
    }
}
