package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Names of outcomes (issue 16): head nouns with complements that end at the name, re-mentions, and what is not a name. */
@Tag("stage")
class OutcomeNamesTest {
    private static Document tag(String text) {
        Document d = Fixtures.tagged(text, "2025-06-17");
        DocumentInvariants.check(d);
        return d;
    }

    private static List<String> of(Document d, EntityType type) {
        return d.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two presidents signed the Treaty on Allied Relations on June 17 in Baku.|DOCUMENT|Treaty on Allied Relations",
            "They signed the Treaty of Lasting Friendship and Cooperation in Baku.|DOCUMENT|Treaty of Lasting Friendship and Cooperation",
            "The parties adopted a Joint Statement on deepening green partnership.|DOCUMENT|Joint Statement on deepening green partnership",
            "The ministers endorsed the Regional Framework on Coastal Fisheries Management (RFCFM).|DOCUMENT|Regional Framework on Coastal Fisheries Management",
            "States welcomed the Fund for Responding to Loss and Damage at the talks.|CENTER|Fund for Responding to Loss and Damage",
            "A memorandum was signed with the Secretariat of the Indian Ocean Rim Association.|CENTER|Secretariat of the Indian Ocean Rim Association",
            "Leaders agreed to launch the Island Resilience Facility next year.|CENTER|Island Resilience Facility",
            "The Council of Foreign Ministers of the Arab League met in Cairo.|MECHANISM|Council of Foreign Ministers of the Arab League",
            "The Joint Working Group on Water Security met in Tashkent.|MECHANISM|Joint Working Group on Water Security",
            "These included a Round-Table on Energy and Trade; the leaders met.|MECHANISM|Round-Table on Energy and Trade",
            "The chancellor attended the Franco-Kazakh business roundtable in Almaty.|MECHANISM|Franco-Kazakh business roundtable",
            "It was the first meeting under the Central Asia plus Korea Dialogue framework.|MECHANISM|Central Asia plus Korea Dialogue",
            "The leaders launched the Arctic Partnership for Search and Rescue Training.|INITIATIVE|Arctic Partnership for Search and Rescue Training",
            "They backed the Maritime Initiative for Coastal Training in the region.|INITIATIVE|Maritime Initiative for Coastal Training",
    })
    void namesEndAtTheName(String sentence, String type, String name) {
        Document d = tag(sentence);
        assertTrue(of(d, EntityType.valueOf(type)).contains(name), () -> type + " '" + name + "' not in " + d.mentions().stream()
                .map(m -> m.type() + ":" + m.text()).toList());
    }

    @Test
    void aDateAfterATreatyIsNotPartOfItsName() {
        Document d = tag("They signed the Treaty on Allied Relations on June 17.");
        assertEquals(List.of("Treaty on Allied Relations"), of(d, EntityType.DOCUMENT));
        assertEquals(List.of("June 17"), of(d, EntityType.DATE));
    }

    @Test
    void twoNamesJoinedByAndTheStayTwo() {
        Document d = tag("They signed the Treaty of Lasting Friendship and the Baku Declaration.");
        assertEquals(List.of("Treaty of Lasting Friendship", "Baku Declaration"), of(d, EntityType.DOCUMENT));
    }

    @Test
    void lowerCaseReMentionsAreLinkedToTheName() {
        Document d = tag("The Treaty on Water Sharing and Basin Management was signed. Experts say the treaty on water sharing and basin management matters.");
        List<Mention> docs = d.mentions().stream().filter(m -> m.type() == EntityType.DOCUMENT).toList();
        assertEquals(2, docs.size(), docs::toString);
        assertEquals(docs.get(0).normalized(), docs.get(1).normalized());
    }

    @Test
    void aCouncilOfAnOrganizationPutsItsAcronymFirst() {
        assertEquals("GCC Council of Heads of State", NameNormalizer.of(org.summitoutcomes.lexicon.Lexicons.standard()).withOrganizationAcronym("Council of Heads of State of the Gulf Cooperation Council"));
    }

    @Test
    void abbreviationsAndReligionsAreNotOrganizations() {
        Document d = tag("The Buddhist monks watched as MoUs were signed by the ministers.");
        assertTrue(of(d, EntityType.ORGANIZATION).isEmpty(), () -> of(d, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aPlaceWhoseNameHasTheArticleKeepsIt() {
        Document d = tag("The court sits in The Hague.");
        assertEquals(List.of("The Hague"), of(d, EntityType.LOCATION));
    }

    @Test
    void aHeadOfStateNamedWithADemonymIsALeader() {
        Document d = tag("Burundian President Evariste Ndayishimiye arrived in Beijing.");
        Mention m = d.mentions().stream().filter(x -> x.type() == EntityType.LEADER).findFirst()
                .orElseThrow(() -> new AssertionError(d.mentions().toString()));
        assertEquals("Evariste Ndayishimiye", m.text());
        assertEquals("BDI", m.attributes().get("country"));
        assertTrue(of(d, EntityType.PERSON).isEmpty(), () -> of(d, EntityType.PERSON).toString());
    }
}
