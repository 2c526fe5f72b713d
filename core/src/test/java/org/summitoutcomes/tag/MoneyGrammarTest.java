package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;

/** The amount grammar (issue 16): every currency position, code, symbol, scale and number format. */
@Tag("stage")
class MoneyGrammarTest {
    private static List<String> values(String sentence) {
        return MoneyGrammar.of(org.summitoutcomes.lexicon.Lexicons.standard()).find(sentence, List.of()).stream().map(MoneyGrammar.Hit::normalized).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The ticket costs 29 RON.|RON 29",
            "A coffee is 80 Kč there.|CZK 80",
            "The region gets 300 million tenge.|KZT 300000000",
            "The menu lists CHF 19.90 for it.|CHF 19.9",
            "The fund holds AED 1 billion.|AED 1000000000",
            "The fund holds 1 billion AED.|AED 1000000000",
            "Brazil spent R$260 on each.|BRL 260",
            "Canberra added A$190 more.|AUD 190",
            "The port cost HK$2 billion.|HKD 2000000000",
            "The fee is CA$1.23 a unit.|CAD 1.23",
            "Trade reached 500 million US dollars.|USD 500000000",
            "Trade reached 94.8 billion U.S. dollars.|USD 94800000000",
            "India spent ₹400 crore on it.|INR 4000000000",
            "Israel set aside ₪30 million.|ILS 30000000",
            "Bangkok spent ฿5 billion.|THB 5000000000",
            "The state approved Rs 500 crore for ports.|INR 5000000000",
            "China offered RMB10 billion in loans.|CNY 10000000000",
            "Kazakhstan raised 2.3 trln tenge.|KZT 2300000000000",
            "The grant was £2.4m in total.|GBP 2400000",
            "The laptop costs $1 298,00 here.|USD 1298",
            "The laptop costs €1'049,95 here.|EUR 1049.95",
            "The laptop costs €1.049,95 here.|EUR 1049.95",
            "Australia pledged AUD$100 million.|AUD 100000000",
            "Germany committed $US100 million.|USD 100000000",
            "Saudi Arabia gave USD$50 million.|USD 50000000",
            "Britain offered GBP1.3 million.|GBP 1300000",
            "Deals worth $15bn were signed.|USD 15000000000",
            "It costs Rs. 5 lakh each.|INR 500000",
            "Investment grew to $ 31 billion.|USD 31000000000",
            "Trade was 2,3 trillion euros.|EUR 2300000000000",
            "The laptop costs €1\u00A0049,95 here.|EUR 1049.95",
            "The bill came to CHF 1\u202F250.|CHF 1250",
    })
    void amounts(String sentence, String normalized) {
        assertEquals(List.of(normalized), values(sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The top 10 states joined.",
            "ALL 5 members voted.",
            "He scored 12 points.",
            "The 5 000 members met.",
            "Revenue was 5 zorkmids.",
    })
    void notAmounts(String sentence) {
        assertEquals(List.of(), values(sentence));
    }

    @Test
    void numbersInEveryGrouping() {
        assertEquals(0, new BigDecimal("16400").compareTo(MoneyGrammar.number("16,400", false)));
        assertEquals(0, new BigDecimal("16400").compareTo(MoneyGrammar.number("16\u00A0400", false)));
        assertEquals(0, new BigDecimal("16400").compareTo(MoneyGrammar.number("16 400", false)));
        assertEquals(0, new BigDecimal("1.5").compareTo(MoneyGrammar.number("1.500", true)));
        assertEquals(0, new BigDecimal("1500").compareTo(MoneyGrammar.number("1.500", false)));
        assertEquals(0, new BigDecimal("1000000").compareTo(MoneyGrammar.number("1,000,000", false)));
        assertNull(MoneyGrammar.number("1..2", false));
    }

    @Test
    void yenFromThePayingState() {
        Document d = Fixtures.tagged("Japan will provide ¥50 billion for the corridor.", "2025-06-17");
        DocumentInvariants.check(d);
        Mention m = d.mentions().stream().filter(x -> x.type() == EntityType.MONEY).findFirst().orElseThrow();
        assertEquals("JPY 50000000000", m.normalized());
        Document c = Fixtures.tagged("China will provide ¥50 billion for the corridor.", "2025-06-17");
        assertEquals("CNY 50000000000", c.mentions().stream().filter(x -> x.type() == EntityType.MONEY).findFirst().orElseThrow().normalized());
    }

    @Test
    void aBareDollarIsUsdEvenBesideAnotherState() {
        assertEquals(List.of("USD 5000000"), MoneyGrammar.of(org.summitoutcomes.lexicon.Lexicons.standard()).find("Canada gave $5 million.", List.of(new MoneyGrammar.StateAt(0, "CAN")))
                .stream().map(MoneyGrammar.Hit::normalized).toList());
    }

    @Test
    void anOverflowingAmountIsKeptAsTextWithAWarning() {
        String big = "1" + "0".repeat(39);
        Document d = Fixtures.tagged("The ledger showed $" + big + " by mistake.", "2025-06-17");
        DocumentInvariants.check(d);
        Mention m = d.mentions().stream().filter(x -> x.type() == EntityType.MONEY).findFirst().orElseThrow();
        assertEquals("$" + big, m.normalized());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("too large")), d.warnings()::toString);
    }

    @Test
    void moneyMentionsFromTheGrammarInADocument() {
        Document d = Fixtures.tagged("Kazakhstan will invest 2.3 trln tenge, and the UK £2.4m.", "2025-06-17");
        DocumentInvariants.check(d);
        List<String> v = d.mentions().stream().filter(x -> x.type() == EntityType.MONEY).map(Mention::normalized).toList();
        assertEquals(List.of("KZT 2300000000000", "GBP 2400000"), v);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Rail freight reached 16\u00A0400 trips last year.|16400 trips",
            "Rail freight reached 16 400 trips last year.|16400 trips",
            "Over 500 Italian firms took part.|500 Italian firms",
            "The ministries signed 35 MOUs on trade.|35 MOUs",
    })
    void quantitiesGroupedBySpaces(String sentence, String normalized) {
        Document d = Fixtures.tagged(sentence.replace("\\u00A0", "\u00A0"), "2025-06-17");
        DocumentInvariants.check(d);
        List<String> q = d.mentions().stream().filter(x -> x.type() == EntityType.QUANTITY).map(Mention::normalized).toList();
        assertEquals(List.of(normalized), q);
    }

    @Test
    void spelledOutAmounts() {
        assertEquals(List.of("EUR 10000000000"), values("Pledges amount to over ten billion euros."));
    }
}
