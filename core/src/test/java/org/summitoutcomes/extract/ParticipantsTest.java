package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.EntityType;

/** Who an article's "the leaders" and "both sides" stand for ({@link Participants}), on hand-built articles (no CoreNLP model). */
@Tag("unit")
class ParticipantsTest {
    private static final Lexicons LEX = Lexicons.standard();
    private static final Parties PARTIES = new Parties(LEX);

    private static List<String> of(HandBuilt a) { return Participants.of(new Context(a.doc(), LEX), PARTIES); }

    @Test
    void theSummitTheArticleReportsGivesItsParticipants() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        a.sentence("Chile/NNP/Chile and/CC/and Peru/NNP/Peru attended/VBD/attend the/DT/the second/JJ/second China-Central/NNP/China-Central "
                + "Asia/NNP/Asia Summit/NNP/Summit ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Peru", EntityType.COUNTRY, "PER");
        assertEquals(List.of("CHN", "KAZ", "KGZ", "TJK", "TKM", "UZB"), of(a), "gazetteers/summits.tsv, not the states the lead names");
    }

    @Test
    void elseTheStatesTheHeadlineAndLeadName() {
        HandBuilt a = new HandBuilt();
        a.headline("Peru/NNP/Peru ,/,/, Chile/NNP/Chile sign/VBP/sign deal/NN/deal");
        a.mention("Peru", EntityType.COUNTRY, "PER").mention("Chile", EntityType.COUNTRY, "CHL");
        a.paragraph("The/DT/the Bolivian/JJ/bolivian president/NN/president attended/VBD/attend ././.");
        a.mention("Bolivian", EntityType.COUNTRY, "BOL");
        assertEquals(List.of("BOL", "CHL", "PER"), of(a), "sorted");
    }

    @Test
    void theLeadIsTheFirstTwoSentencesThatNameAParty() {
        HandBuilt a = new HandBuilt();
        a.sentence("Talks/NNS/talk opened/VBD/open ././.");
        a.sentence("Chile/NNP/Chile hosted/VBD/host ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        a.sentence("Peru/NNP/Peru came/VBD/come ././.");
        a.mention("Peru", EntityType.COUNTRY, "PER");
        a.sentence("Ecuador/NNP/Ecuador watched/VBD/watch ././.");
        a.mention("Ecuador", EntityType.COUNTRY, "ECU");
        assertEquals(List.of("CHL", "PER"), of(a), "a sentence that names nobody does not count; the third naming one is past the lead");
    }

    @Test
    void aBlocInTheLeadIsThePartyAndTheStatesItNamesAreItsMembersOrGuests() {
        HandBuilt a = new HandBuilt();
        a.sentence("The/DT/the GCC/NNP/GCC met/VBD/meet the/DT/the five/CD/five Central/NNP/Central Asian/JJ/asian states/NNS/state ././.");
        a.mention("GCC", EntityType.ORGANIZATION, "GCC");
        a.sentence("Qatar/NNP/Qatar and/CC/and Oman/NNP/Oman spoke/VBD/speak ././.");
        a.mention("Qatar", EntityType.COUNTRY, "QAT").mention("Oman", EntityType.COUNTRY, "OMN");
        assertEquals(List.of("GCC", "KAZ", "KGZ", "TJK", "TKM", "UZB"), of(a), "groups stay beside the bloc; states named one by one do not");
    }

    @Test
    void aLeadThatNamesOneStateGivesWayToTheTwoStatesNamedMostOften() {
        HandBuilt a = new HandBuilt();
        a.sentence("Chile/NNP/Chile hosted/VBD/host ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL");
        a.sentence("Boric/NNP/Boric spoke/VBD/speak ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL");
        for (String country : List.of("Peru", "Peru", "Ecuador")) {
            a.paragraph(country + "/NNP/" + country + " replied/VBD/reply ././.");
            a.mention(country, EntityType.COUNTRY, country.equals("Peru") ? "PER" : "ECU");
        }
        assertEquals(List.of("CHL", "PER"), of(a), "a leader counts for their state");
    }

    @Test
    void theLeadIsLookedForOnlyAmongTheFirstSixBodySegments() {
        HandBuilt a = new HandBuilt();
        for (int i = 0; i < 6; i++) a.sentence("Nothing/NN/nothing happened/VBD/happen ././.");
        a.sentence("Chile/NNP/Chile ,/,/, Peru/NNP/Peru and/CC/and Bolivia/NNP/Bolivia met/VBD/meet ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Peru", EntityType.COUNTRY, "PER").mention("Bolivia", EntityType.COUNTRY, "BOL");
        assertEquals(List.of("BOL", "CHL"), of(a), "past the scan: the two states named most often (a tie: by code), not all three");
    }

    @Test
    void headingsAreNoPartOfTheLead() {
        HandBuilt a = new HandBuilt();
        a.heading("Bolivia/NNP/Bolivia and/CC/and Ecuador/NNP/Ecuador");
        a.mention("Bolivia", EntityType.COUNTRY, "BOL").mention("Ecuador", EntityType.COUNTRY, "ECU");
        a.paragraph("Chile/NNP/Chile and/CC/and Peru/NNP/Peru met/VBD/meet ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Peru", EntityType.COUNTRY, "PER");
        assertEquals(List.of("CHL", "PER"), of(a));
    }
}
