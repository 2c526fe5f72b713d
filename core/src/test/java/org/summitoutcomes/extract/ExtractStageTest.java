package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.nlp.CoreNlp;

/** AGREEMENT and COMMITMENT extraction on the forms issue 5 names. */
@Tag("stage")
class ExtractStageTest {
    private static final List<String> SIX = List.of("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB");
    private static final List<String> FIVE = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB");
    private static ExtractStage stage;

    @BeforeAll
    static void load() { stage = new ExtractStage(CoreNlp::parser); }

    private static List<Relation> extract(String text) {
        Document d = stage.apply(Fixtures.tagged(text, "2025-06-17"));
        DocumentInvariants.check(d);
        return d.relations();
    }

    private static Relation only(List<Relation> rs) {
        assertEquals(1, rs.size(), rs::toString);
        return rs.get(0);
    }

    @Test
    void purposeAndConditionClausesStayInAVerbObjectOtherAdverbialClausesDoNot() {
        assertEquals("work together to expand trade in copper", only(extract("Chile and Peru will work together to expand trade in copper.")).object());
        assertEquals("open a consulate in Lima if the talks succeed", only(extract("Chile will open a consulate in Lima if the talks succeed.")).object());
        assertEquals("build a new port", only(extract("Chile will build a new port, because its exports are growing.")).object());
    }

    @Test
    void aBareInfinitiveConjoinedToAFiniteTriggerContinuesItsObject() {
        List<Relation> rs = extract("Chile and Peru agree to build a new port, and expand the rail link to Arica.");
        assertEquals(List.of("build a new port", "expand the rail link to Arica"), rs.stream().map(Relation::object).toList());
        assertEquals(List.of("open a trade office in Lima"),
                extract("Chile and Peru decided to open a trade office in Lima and welcomed the new members.").stream().map(Relation::object).toList(),
                "a finite conjunct is a predicate of its own");
    }

    @Test
    void aMoneyPledgesActionIsItsVerb() {
        Relation r = only(extract("Germany contributed $100 million to the fund."));
        assertEquals("contribute", r.action());
        assertEquals("$100 million to the fund", r.object());
    }

    @Test
    void aPassiveAgreementsDateIsNotItsTopic() {
        assertEquals("Twelve agreements on trade", only(extract("Twelve agreements on trade were signed by Chile and Peru on Monday.")).object());
    }

    @Test
    void aCapitalOrSeatOfGovernmentActingStandsForItsState() {
        assertEquals(List.of("RUS"), only(extract("Moscow aims to strengthen its relations with Asian nations.")).parties());
        assertEquals(List.of("CHN", "RUS"), only(extract("Beijing and Moscow signed a treaty on energy.")).parties());
        assertEquals(List.of("RUS"), only(extract("Officials said that the Kremlin will send a delegation to the talks.")).parties(),
                "'that' opens a clause: the Kremlin is its subject, not a place");
        assertEquals(List.of("CHN"), only(extract("Officials in Beijing said China will build a new port in Peru.")).parties(),
                "a capital after a preposition is a place");
        assertEquals(List.of(), only(extract("The Astana summit adopted a joint declaration on trade.")).parties(),
                "a capital modifying a noun is not the actor (the summit stands for its participants, unknown here)");
    }

    @Test
    void aPeriodOrDeadlineIsNotTheDateOfTheAct() {
        assertEquals(null, only(extract("Chile and Peru approved cooperation programmes in fisheries for 2026-2028.")).date());
        assertEquals(null, only(extract("Chile will cut its emissions by half until 2035.")).date());
        assertEquals("2025-03-10", only(extract("On March 10, 2025, Chile and Peru approved a programme on fisheries for 2026-2028.")).date());
    }

    @Test
    void coordinatedAmountsAreOneRecordEachOtherCoordinatedObjectsOne() {
        List<Relation> rs = extract("China will provide a 2 billion yuan grant and a 10 billion yuan loan to Kenya.");
        assertEquals(List.of("2 billion yuan grant", "10 billion yuan loan"), rs.stream().map(Relation::object).toList());
        assertEquals(List.of("provide", "provide"), rs.stream().map(Relation::action).toList());
        assertTrue(rs.stream().allMatch(r -> r.objectEntity() != null), "each points at its MONEY");
        assertEquals("promote peace, security and prosperity in the region",
                only(extract("Chile and Peru will promote peace, security and prosperity in the region.")).object());
    }

    @Test
    void anObjectStopsBeforeATrailingAttribution() {
        assertEquals("build a new port in Arica", only(extract("Chile will build a new port in Arica, Foreign Minister Ana Ruiz told reporters in Lima.")).object());
        assertEquals("open a consulate in Tacna", only(extract("Peru plans to open a consulate in Tacna, officials said on Monday.")).object());
    }

    @Test
    void aForecastWithIsExpectedToGivesNoRecord() {
        assertEquals(List.of(), extract("Chile and Peru are expected to sign a fisheries pact next week."));
    }

    @Test
    void aPronounAtTheStartOfASentenceTakesTheEarlierSentencesSubject() {
        Relation he = only(extract("Chilean President Gabriel Boric arrived in Lima for talks with Peruvian President Dina Boluarte.\n"
                + "He pledged to reopen the border crossing at Tacna."));
        assertEquals(List.of("CHL"), he.parties(), "the earlier sentence's subject, not its last leader");
        List<Relation> it = extract("Peru announced a new fund for Andean farmers.\nIt also pledged to build two dams in the south.");
        assertEquals(List.of("PER"), it.get(it.size() - 1).parties());
    }

    @Test
    void anAttachedTopicKeepsItsWordsButNotItsPlaceAndDate() {
        assertEquals("joint statement on strategic partnership",
                only(extract("Chile and Peru signed a joint statement on strategic partnership in Lima on Tuesday.")).object());
        assertEquals("agreement to jointly build a bridge over the river",
                only(extract("Chile and Peru signed an agreement to jointly build a bridge over the river.")).object());
    }

    @Test
    void aDocumentNegatedByItsDeterminerGivesNoRecord() {
        assertEquals(List.of(), extract("No joint statement was issued after the talks between Chile and Peru."));
    }

    @Test
    void regionalLeadersExpandToTheRegionsStates() {
        assertEquals(List.of("EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"),
                only(extract("EU and Central Asian leaders agreed on a roadmap for water management.")).parties());
    }

    @Test
    void activeSigningOneRecordPerDocument() {
        List<Relation> rs = extract("Xi and leaders of the five Central Asian countries signed the Astana Declaration and the "
                + "Treaty of Permanent Good-Neighborliness and Friendly Cooperation in Astana.");
        assertEquals(2, rs.size(), rs::toString);
        for (Relation r : rs) {
            assertEquals(RelationType.AGREEMENT, r.type());
            assertEquals(SIX, r.parties());
            assertEquals("Astana", r.place());
            assertTrue(r.objectEntity() != null);
        }
    }

    @Test
    void togetherWithAddsACoParty() {
        Relation r = only(extract("Tokayev said that together with the Uzbek President, he will build a new railway to the port."));
        assertEquals(RelationType.COMMITMENT, r.type());
        assertEquals(List.of("KAZ", "UZB"), r.parties());
    }

    @Test
    void passiveVoiceWithPartiesAfterBetween() {
        Relation r = only(extract("A treaty on eternal friendship was signed in Astana between China and Kazakhstan."));
        assertEquals("sign", r.action());
        assertEquals(List.of("CHN", "KAZ"), r.parties());
        assertTrue(r.object().contains("treaty on eternal friendship"), r.object());
    }

    @Test
    void countsOfUnnamedDocumentsAreOneRecord() {
        Relation r = only(extract("In total, 47 documents were signed between China and Kazakhstan."));
        assertEquals("47 documents between China and Kazakhstan", r.object(), "a passive agreement keeps its topic and between phrase");
        assertEquals(List.of("CHN", "KAZ"), r.parties());
    }

    @Test
    void agreeingToDoSomething() {
        Relation r = only(extract("China and Kazakhstan agreed to hold the summit every two years."));
        assertEquals(RelationType.AGREEMENT, r.type());
        assertEquals("agree", r.action());
        assertEquals("hold the summit every two years", r.object());
    }

    @Test
    void negatedAndHypotheticalAgreementsGiveNoRecord() {
        assertEquals(List.of(), extract("China and Kazakhstan did not sign the Astana Declaration."));
        assertEquals(List.of(), extract("Analysts said China and Kazakhstan could sign the Astana Declaration."));
        assertEquals(List.of(), extract("Peace will stay out of reach unless a joint border commission is established by Chile and Peru."));
    }

    @Test
    void decidedCommitmentWithSpeaker() {
        Relation r = only(extract("Xi said that the Chinese side has decided to establish a railway research center."));
        assertEquals(RelationType.COMMITMENT, r.type());
        assertEquals(Modality.DECIDED, r.modality());
        assertEquals("establish", r.action());
        assertEquals(List.of("CHN"), r.parties());
        assertEquals("Xi Jinping", r.speaker());
    }

    @Test
    void pledgedPlannedProposed() {
        assertEquals(Modality.PLEDGED, only(extract("China stands ready to work with Kazakhstan to expand trade.")).modality());
        assertEquals(Modality.PLANNED, only(extract("Kazakhstan and China plan to strengthen cooperation in resource development.")).modality());
        Relation called = only(extract("Xi called on China and Tajikistan to expand the scale of bilateral trade."));
        assertEquals(Modality.PROPOSED, called.modality());
        assertEquals(List.of("CHN", "TJK"), called.parties());
        assertEquals("Xi Jinping", called.speaker());
    }

    @Test
    void conjoinedActionsAreSeparateRecords() {
        List<Relation> rs = extract("At the second China-Central Asia Summit, all six countries committed to promote trade diversification and streamline procedures.");
        assertEquals(2, rs.size(), rs::toString);
        assertEquals(List.of("promote", "streamline"), rs.stream().map(Relation::action).toList());
        for (Relation r : rs) assertEquals(SIX, r.parties());
    }

    @Test
    void groupsExpand() {
        Relation r = only(extract("The five Central Asian countries will expand cooperation in energy."));
        assertEquals(FIVE, r.parties());
    }

    @Test
    void listItemsTakeTheirHeading() {
        String text = """
                At the summit, a number of agreements on cooperation between the states of Central Asia and China were reached:
                I. Main agreements and cooperation initiatives
                1. Establishment of the Mechanism of meetings of ministers of agriculture.
                2. Holding the next summit in 2025 in China.
                II. Mechanisms and platforms for multilateral cooperation initiated by the Chinese side
                3. China-Central Asia Business Council.
                """;
        List<Relation> rs = extract(text);
        assertEquals(3, rs.size(), rs::toString);
        assertEquals(RelationType.AGREEMENT, rs.get(0).type());
        assertEquals(SIX, rs.get(0).parties());
        assertEquals("Establishment of the Mechanism of meetings of ministers of agriculture", rs.get(0).object());
        assertEquals(RelationType.COMMITMENT, rs.get(2).type());
        assertEquals(Modality.DECIDED, rs.get(2).modality());
        assertEquals(List.of("CHN"), rs.get(2).parties());
    }

    @Test
    void namedItemsInTheNextSentenceAreLinked() {
        String text = "Xi said that China has decided to establish three cooperation centers. They are the China-Central Asia "
                + "Poverty Reduction Cooperation Center, the China-Central Asia Education Exchange Cooperation Center and the "
                + "China-Central Asia Desertification Prevention Cooperation Center.";
        List<Relation> rs = extract(text);
        assertEquals(3, rs.size(), rs::toString);
        for (Relation r : rs) {
            assertEquals(Modality.DECIDED, r.modality());
            assertEquals(0, r.evidence().start());
            assertEquals(text.length(), r.evidence().end(), "evidence spans both sentences");
        }
    }

    @Test
    void listItemsUnderNoOutcomeHeadingAreReadAsSentences() {
        String text = "Highlights of the visit:\n• China will provide 1.5 billion yuan in grants to Kazakhstan.\n• Weather was fine.";
        Relation r = only(extract(text));
        assertEquals(RelationType.COMMITMENT, r.type());
        assertEquals(Modality.PLEDGED, r.modality());
        assertEquals(List.of("CHN"), r.parties());
    }

    @Test
    void aSentenceTooLongToParseGivesNoRecordAndAWarning() {
        String longSentence = "China will build " + "a road and ".repeat(70) + "a port.";
        Document d = stage.apply(Fixtures.tagged("Kazakhstan and China met in Astana. " + longSentence
                + " Kazakhstan will open a consulate in Urumqi.", "2025-06-17"));
        DocumentInvariants.check(d);
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("more than the parser takes")), d.warnings()::toString);
        assertEquals(List.of("open a consulate in Urumqi"), d.relations().stream().map(Relation::object).toList(),
                "the rest of the document is read");
    }

    @Test
    void garbageGivesNoRecord() {
        Document d = stage.apply(Fixtures.tagged("will will will ;; %% sign sign agree to to to ## pledge", "2025-06-17"));
        DocumentInvariants.check(d);
        assertEquals(List.of(), d.relations());
    }

    @Test
    void aSemicolonListInsideASentenceGivesOneRecordPerItem() {
        List<Relation> rs = extract("Chile and Peru met in Lima. The documents signed include an agreement on water use; "
                + "a memorandum on rail freight; and a plan for joint patrols.");
        assertEquals(List.of("an agreement on water use", "a memorandum on rail freight", "a plan for joint patrols"),
                rs.stream().map(Relation::object).toList());
        for (Relation r : rs) {
            assertEquals(RelationType.AGREEMENT, r.type());
            assertEquals(List.of("CHL", "PER"), r.parties());
        }
    }

    @Test
    void aConditionStaysWithTheCommitment() {
        Relation r = only(extract("Chile will open its northern ports to Bolivian cargo if Peru lowers its transit fees."));
        assertEquals("open its northern ports to Bolivian cargo if Peru lowers its transit fees", r.object());
    }

    @Test
    void conjoinedVerbsSharingOneObjectAreOneRecord() {
        Relation r = only(extract("Chile and Peru committed to further widen and deepen their cooperation in mining."));
        assertTrue(r.object().contains("widen and deepen their cooperation"), r::toString);
    }

    @Test
    void aVerbObjectKeepsItsClauseComplement() {
        Relation r = only(extract("Peru will help Bolivian traders gain access to the port of Ilo."));
        assertEquals("help Bolivian traders gain access to the port of Ilo", r.object());
    }

    @Test
    void aCommitmentThatNamesItsPartyIsTheOutcomeOfTheVerbAboveIt() {
        List<Relation> rs = extract("The forum closed with the adoption of the Lima Charter, a pact reaffirming Chile's firm commitment to expanding port links with Peru.");
        Relation c = rs.stream().filter(r -> r.type() == org.summitoutcomes.model.RelationType.COMMITMENT).findFirst().orElseThrow(() -> new AssertionError(rs));
        assertEquals(List.of("CHL"), c.parties());
        assertEquals("expanding port links with Peru", c.object());
        assertEquals(1, rs.stream().filter(r -> r.type() == org.summitoutcomes.model.RelationType.COMMITMENT).count(), rs::toString);
    }

    @Test
    void anObjectNeverCutsAnAmountInTwo() {
        Relation r = extract("Leaders welcomed Peru's pledge of AUD$1 million over five years towards the fund.").get(0);
        assertTrue(r.object().startsWith("AUD$1 million"), r::toString);
    }

    @Test
    void anAmountTheObjectIsWorthStaysWithIt() {
        Relation r = only(extract("Leaders welcomed Chile's provision of technical support valued at GBP1.3 million."));
        assertEquals("technical support valued at GBP1.3 million", r.object());
        assertEquals(List.of("CHL"), r.parties());
    }

    @Test
    void aConjoinedClauseWithItsOwnSubjectIsNotTheSameOutcome() {
        List<Relation> rs = extract("Chile and Peru met in Lima, where a strategic dialogue was launched, and the second trade forum was held in Cusco in June.");
        assertEquals(1, rs.size(), rs::toString);
        assertEquals("launch", rs.get(0).action());
    }

    @Test
    void twoRulesReadingOneOutcomeGiveOneRecord() {
        Relation r = only(extract("The leaders of Chile and Peru pledged a joint effort to boost energy efficiency in the Andes."));
        assertEquals("joint effort to boost energy efficiency in the Andes", r.object());
    }

    @Test
    void aListOfPledgesGivesOneRecordPerPartyAndAmount() {
        List<Relation> rs = extract("Chile committed $US100 million, the European Union pledged $US246 million, and Peru pledged \"up to\" $US60 million.");
        assertEquals(List.of("$US100 million", "$US246 million", "$US60 million"),
                rs.stream().map(Relation::object).sorted().toList(), rs::toString);
        List<Relation> list = extract("Leaders welcomed commitments from Chile (USD$10 million), Peru (USD$50 million), and the United States (USD$5 million).");
        assertEquals(List.of(List.of("CHL"), List.of("PER"), List.of("USA")),
                list.stream().map(Relation::parties).sorted(java.util.Comparator.comparing(Object::toString)).toList(), list::toString);
        for (Relation r : list) assertEquals(Modality.PLEDGED, r.modality());
        assertEquals(List.of(), extract("Bolivia did not pledge $5 million to the fund."));
    }

    @Test
    void aSeatOfGovernmentActsForItsStateButNotAsAPlace() {
        assertEquals(List.of("USA"), only(extract("The White House announced a new fund for coastal resilience.")).parties());
        assertEquals(List.of("CHL", "PER"), only(extract("Chile and Peru agreed at the White House to expand their rail links.")).parties());
    }

    @Test
    void negatedRecalledAndPronounOutcomesGiveNoRecord() {
        assertEquals(List.of(), extract("Chile's minister said the corridor is not aimed at Peru, nor does Chile intend to build a rival port."));
        assertEquals(List.of(), extract("The minister recalled that Chile had already allocated $5 million to the fund."));
        for (Relation r : extract("Peru announced it would open a consulate in Arica.")) assertTrue(!r.object().equals("it"), r::toString);
    }

    @Test
    void aStageTakesTheLexiconsItIsGiven() {
        String text = "Chile and Peru agreed to expand their rail links.";
        assertEquals(1, extract(text).size());
        org.summitoutcomes.lexicon.Lexicons small = org.summitoutcomes.lexicon.Lexicons.standard()
                .with("lexicons/frame-blockers.tsv", "# Source: test\n# Purpose: test\nexpand\taction\n");
        ExtractStage own = new ExtractStage(CoreNlp::parser, small);
        assertEquals(List.of(), own.apply(Fixtures.tagged(text, "2025-06-17")).relations());
        org.summitoutcomes.lexicon.DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.summitoutcomes.lexicon.DataFileException.class, () -> new ExtractStage(CoreNlp::parser,
                        small.with("rules/list-lead-ins.tsv", "# Source: test\n# Purpose: test\n# example: Chile and Peru signed: \\n - a deal\n"
                                + "# expect: AGREEMENT | sign | - | CHL PER | a deal\nsign\tAGREMENT\tsign\t-\t0.85\t0.7\n")));
        assertEquals("rules/list-lead-ins.tsv (given):5: ", e.getMessage().substring(0, "rules/list-lead-ins.tsv (given):5: ".length()));
    }
}
