package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The amount normalizer of the tag stage, given a small lexicon of its own (no data file, no CoreNLP model). */
@Tag("unit")
class AmountNormalizerTest {
    private static final AmountNormalizer SMALL = new AmountNormalizer(
            Map.of("euros", "EUR", "€", "EUR"), Map.of("million", new BigDecimal("1000000"), "m", new BigDecimal("1000000")),
            Map.of("up to", "at most"));

    @Test
    void moneyUsesOnlyTheGivenCurrenciesAndScales() {
        assertEquals("EUR 2500000", SMALL.money(List.of("2.5", "million", "euros")));
        assertEquals("EUR 3000000", SMALL.money(List.of("€", "3m")));
        assertNull(SMALL.money(List.of("5", "million", "dollars")), "dollars are not in this lexicon");
    }

    @Test
    void quantityAndQualifierUseTheGivenLexicon() {
        assertEquals("4000000 trains", SMALL.quantity(List.of("4", "million", "trains")));
        assertEquals("at most", SMALL.qualifier(List.of("rose", "up", "to")));
        assertNull(SMALL.qualifier(List.of("more", "than")));
    }

    @Test
    void theBundledLexiconKnowsDollars() {
        assertEquals("USD 5000000", AmountNormalizer.standard().money(List.of("5", "million", "dollars")));
    }
}
