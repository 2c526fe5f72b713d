package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;

/** Entity tagging and normalization of the forms issue 4 names, each on its own sentence. */
@Tag("stage")
class TagStageTest {
    private static Document tag(String text) {
        Document d = Fixtures.tagged(text, "2025-06-17");
        DocumentInvariants.check(d);
        return d;
    }

    private static Optional<Mention> find(Document d, EntityType type, String text) {
        return d.mentions().stream().filter(m -> m.type() == type && m.text().equals(text)).findFirst();
    }

    private static Mention expect(Document d, EntityType type, String text) {
        return find(d, type, text).orElseThrow(() -> new AssertionError(
                "no " + type + " '" + text + "' in: " + d.mentions().stream().map(m -> m.type() + ":" + m.text()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Trade reached $94.8 billion last year.|$94.8 billion|USD 94800000000|",
            "China will provide US$ 30 billion in loans.|US$ 30 billion|USD 30000000000|",
            "The fund holds 1.5 billion yuan for projects.|1.5 billion yuan|CNY 1500000000|",
            "Investment grew to $ 31 billion.|$ 31 billion|USD 31000000000|",
            "Deals worth $1.8 bln were discussed.|$1.8 bln|USD 1800000000|",
            "The bank set aside RMB 2 billion for grants.|RMB 2 billion|CNY 2000000000|",
            "Trade exceeded more than $30 billion.|$30 billion|USD 30000000000|more than",
            "Kazakhstan will invest 500 billion tenge in roads.|500 billion tenge|KZT 500000000000|",
            "The budget is 10 million som.|10 million som|KGS 10000000|",
            "Uzbekistan spent 3 trillion sum on it.|3 trillion sum|UZS 3000000000000|",
            "Tajikistan allocated 20 million somoni.|20 million somoni|TJS 20000000|",
            "Turkmenistan allocated 5 million manat.|5 million manat|TMT 5000000|",
            "Russia lent 2 billion roubles.|2 billion roubles|RUB 2000000000|",
            "The EU pledged 12 billion euros.|12 billion euros|EUR 12000000000|",
            "Trade was nearly $40 billion.|$40 billion|USD 40000000000|nearly",
            "Their output reached nearly USD 2,3 trillion last year.|USD 2,3 trillion|USD 2300000000000|nearly",
    })
    void money(String sentence, String surface, String normalized, String qualifier) {
        Mention m = expect(tag(sentence), EntityType.MONEY, surface);
        assertEquals(normalized, m.normalized());
        assertEquals(qualifier, m.attributes().get("qualifier"));
    }

    @Test
    void yuanWithDollarEquivalentIsTwoAmounts() {
        Document d = tag("The grant of 1.5 billion yuan (US$208 million) was announced.");
        assertEquals("CNY 1500000000", expect(d, EntityType.MONEY, "1.5 billion yuan").normalized());
        assertEquals("USD 208000000", expect(d, EntityType.MONEY, "US$208 million").normalized());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Freight reached 16,400 trains last year.|16,400 trains|16400 trains",
            "Trade rose 14% in the first quarter.|14%|14 %",
    })
    void quantities(String sentence, String surface, String normalized) {
        assertEquals(normalized, expect(tag(sentence), EntityType.QUANTITY, surface).normalized());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The summit opened on Tuesday.|Tuesday|2025-06-17",
            "The first summit was held in Xi'an on May 18-19, 2023.|May 18-19, 2023|2023-05-18/2023-05-19",
            "The mechanism was upgraded in January 2022.|January 2022|2022-01",
            "Trade grew last year.|last year|2024",
            "The leaders met on June 17, 2025.|June 17, 2025|2025-06-17",
            "By Ma Jingjing (Global Times) 14:13, June 16, 2025 in Beijing.|June 16, 2025|2025-06-16",
    })
    void dates(String sentence, String surface, String normalized) {
        assertEquals(normalized, expect(tag(sentence), EntityType.DATE, surface).normalized());
    }

    @Test
    void durationsAreNotDates() {
        Document d = tag("The mechanism has worked for five years.");
        assertTrue(d.mentions().stream().noneMatch(m -> m.type() == EntityType.DATE), d.mentions()::toString);
    }

    @Test
    void demonymsStandForTheStateOnlyBeforeAStateWord() {
        Document d = tag("The Chinese side and the Kazakh President met Turkmen carpet makers.");
        assertEquals("CHN", expect(d, EntityType.COUNTRY, "Chinese").normalized());
        assertEquals("KAZ", expect(d, EntityType.COUNTRY, "Kazakh").normalized());
        assertTrue(find(d, EntityType.COUNTRY, "Turkmen").isEmpty(), "a demonym of people is not a COUNTRY");
    }

    @Test
    void coordinatedDemonymsShareTheStateWordAfterThem() {
        Document d = tag("The Chilean and Peruvian sides met, and Brazilian, Uruguayan and Paraguayan leaders spoke to Argentine farmers.");
        assertEquals("CHL", expect(d, EntityType.COUNTRY, "Chilean").normalized());
        assertEquals("PER", expect(d, EntityType.COUNTRY, "Peruvian").normalized());
        assertEquals("BRA", expect(d, EntityType.COUNTRY, "Brazilian").normalized());
        assertEquals("URY", expect(d, EntityType.COUNTRY, "Uruguayan").normalized());
        assertTrue(find(d, EntityType.COUNTRY, "Argentine").isEmpty(), "a demonym of people is not a COUNTRY");
    }

    @Test
    void leadersResolveSurnamesAndSpellingVariants() {
        Document d = tag("Kyrgyz President Sadyr Zhaparov met Xi Jinping. Later Japarov and Xi spoke.");
        Mention full = expect(d, EntityType.LEADER, "Sadyr Zhaparov");
        assertEquals("Sadyr Japarov", full.normalized());
        assertEquals("KGZ", full.attributes().get("country"));
        assertEquals("Sadyr Japarov", expect(d, EntityType.LEADER, "Japarov").normalized());
        assertEquals("Xi Jinping", expect(d, EntityType.LEADER, "Xi").normalized());
        for (Mention m : d.mentions()) {
            assertTrue(java.util.Set.of("country", "role", "qualifier", "precision").containsAll(m.attributes().keySet()),
                    () -> m.text() + ": attributes " + m.attributes() + " (the bare-surname mark stays on the candidate)");
        }
    }

    @Test
    void leadersNotInTheGazetteerAreFoundFromContext() {
        Document d = tag("President Hakainde Hichilema of Zambia arrived in Beijing.");
        Mention m = expect(d, EntityType.LEADER, "Hakainde Hichilema");
        assertEquals("ZMB", m.attributes().get("country"));
        assertEquals("president", m.attributes().get("role"));
    }

    @Test
    void namesOfOutcomesInTitleAndLowerCaseAgree() {
        Document a = tag("They signed the Treaty of Permanent Good-Neighborliness and Friendly Cooperation.");
        Document b = tag("They signed the treaty of permanent good-neighborliness and friendly cooperation.");
        String na = a.mentions().stream().filter(m -> m.type() == EntityType.DOCUMENT).findFirst().orElseThrow().normalized();
        String nb = b.mentions().stream().filter(m -> m.type() == EntityType.DOCUMENT).findFirst().orElseThrow().normalized();
        assertEquals(na, nb);
        assertEquals("Treaty of Permanent Good-Neighborliness and Friendly Cooperation", na);
    }

    @Test
    void centersAndMechanismsByHeadWords() {
        Document d = tag("China will set up the China-Central Asia Poverty Reduction Cooperation Center and the Mechanism of meetings of ministers of agriculture.");
        assertEquals("China-Central Asia Poverty Reduction Cooperation Center",
                expect(d, EntityType.CENTER, "China-Central Asia Poverty Reduction Cooperation Center").normalized());
        expect(d, EntityType.MECHANISM, "Mechanism of meetings of ministers of agriculture");
        assertTrue(find(d, EntityType.COUNTRY, "China").isPresent(), "the first China is a COUNTRY");
        assertEquals(1, d.mentions().stream().filter(m -> m.type() == EntityType.COUNTRY).count(), "nested China is not");
    }

    @Test
    void everyMentionHasANormalizedValueAndValidOffsets() {
        Document d = tag("🇨🇳 Xi Jinping and Kassym-Jomart Tokayev signed the Astana Declaration on June 17, 2025 in Astana.");
        List<Mention> ms = d.mentions();
        assertTrue(ms.size() >= 4, ms::toString);
        expect(d, EntityType.DOCUMENT, "Astana Declaration");
        expect(d, EntityType.LOCATION, "Astana");
    }
}
