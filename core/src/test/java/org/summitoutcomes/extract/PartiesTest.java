package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Segment;

/**
 * Party resolution from tokens ({@link Parties}) on hand-built articles (no CoreNLP model), with the bundled
 * group, bloc, seat-of-government and word lexicons.
 */
@Tag("unit")
class PartiesTest {
    private static final Lexicons LEX = Lexicons.standard();
    private static final Parties PARTIES = new Parties(LEX);
    private static final List<String> FIVE = List.of("KAZ", "KGZ", "TJK", "TKM", "UZB");

    private static Context context(HandBuilt a, List<String> participants) {
        return new Context(a.doc(), LEX).withParticipants(participants);
    }

    private static List<String> resolve(HandBuilt a, int segment, List<String> participants) {
        Context ctx = context(a, participants);
        Segment s = ctx.doc.segments().get(segment);
        return PARTIES.resolve(ctx, s, 0, s.tokens().size());
    }

    @Test
    void eachPartyIsNamedWithHowItWasNamed() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Boric/NNP/Boric ,/,/, the/DT/the EU/NNP/EU ,/,/, the/DT/the five/CD/five Central/NNP/Central Asian/JJ/asian "
                + "countries/NNS/country and/CC/and both/DT/both sides/NNS/side");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL").mention("EU", EntityType.ORGANIZATION, "EU");
        Context ctx = context(a, List.of("ARG", "BRA"));
        Segment seg = ctx.doc.segments().get(s);
        List<Parties.Named> named = PARTIES.named(ctx, seg, 0, seg.tokens().size());
        assertEquals(List.of(new Parties.Named("CHL", Parties.Kind.STATE), new Parties.Named("EU", Parties.Kind.BLOC),
                new Parties.Named("KAZ", Parties.Kind.GROUP), new Parties.Named("KGZ", Parties.Kind.GROUP), new Parties.Named("TJK", Parties.Kind.GROUP),
                new Parties.Named("TKM", Parties.Kind.GROUP), new Parties.Named("UZB", Parties.Kind.GROUP),
                new Parties.Named("ARG", Parties.Kind.CONTEXT), new Parties.Named("BRA", Parties.Kind.CONTEXT)), named);
        assertEquals(List.of("CHL", "EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"), PARTIES.resolve(ctx, seg, 0, seg.tokens().size()),
                "a phrase that names parties stands for them alone, not also for the participants");
        assertEquals(List.of("ARG", "BRA"), PARTIES.resolve(ctx, seg, 11, 13), "'both sides' alone: the participants");
    }

    @Test
    void onlyStatesWithAnIsoCodeLeadersWithACountryAndBlocsArePartiesAndEachOnce() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Chile/NNP/Chile ,/,/, the/DT/the Pope/NNP/Pope ,/,/, Gazprom/NNP/Gazprom ,/,/, Atlantis/NNP/Atlantis and/CC/and "
                + "Chile/NNP/Chile again/RB/again");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Pope", EntityType.LEADER, "Pope Leo").mention("Gazprom", EntityType.ORGANIZATION, "Gazprom")
                .mention("Atlantis", EntityType.COUNTRY, "Atlantis").mention("Chile", EntityType.COUNTRY, "CHL");
        assertEquals(List.of("CHL"), resolve(a, s, List.of()));
    }

    @Test
    void theTwoCountriesAreTheParticipantsWhenTheyAreTwo() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("The/DT/the two/CD/two countries/NNS/country");
        assertEquals(List.of("CHL", "PER"), resolve(a, s, List.of("CHL", "PER")));
    }

    @Test
    void elseTheTwoCountriesAreTheTwoNamedInTheSentenceOrTheOneBefore() {
        List<String> three = List.of("BOL", "CHL", "PER");
        HandBuilt a = new HandBuilt();
        a.sentence("Chile/NNP/Chile hosted/VBD/host the/DT/the Bolivian/JJ/bolivian president/NN/president ././.");
        a.mention("Chile", EntityType.COUNTRY, "CHL").mention("Bolivian", EntityType.COUNTRY, "BOL");
        int after = a.sentence("The/DT/the two/CD/two countries/NNS/country agreed/VBD/agree ././.");
        int here = a.sentence("Peru/NNP/Peru and/CC/and Ecuador/NNP/Ecuador ,/,/, the/DT/the two/CD/two nations/NNS/nation");
        a.mention("Peru", EntityType.COUNTRY, "PER").mention("Ecuador", EntityType.COUNTRY, "ECU");
        assertEquals(List.of("CHL", "BOL"), resolve(a, after, three));
        assertEquals(List.of("PER", "ECU"), resolve(a, here, three));
    }

    @Test
    void theTwoCountriesResolveToNobodyRatherThanAGuess() {
        HandBuilt a = new HandBuilt();
        a.sentence("Boric/NNP/Boric met/VBD/meet the/DT/the Bolivian/JJ/bolivian president/NN/president ././.");
        a.mention("Boric", EntityType.LEADER, "Gabriel Boric", "country=CHL").mention("Bolivian", EntityType.COUNTRY, "BOL");
        int after = a.sentence("The/DT/the two/CD/two countries/NNS/country agreed/VBD/agree ././.");
        assertEquals(List.of(), resolve(a, after, List.of("BOL", "CHL", "PER")), "one country before (a leader is no country), three participants");
    }

    @Test
    void aSeatOfGovernmentIsItsStateOnlyWhenItActs() {
        HandBuilt a = new HandBuilt();
        int acts = a.sentence("The/DT/the Kremlin/NNP/Kremlin said/VBD/say");
        int place = a.sentence("talks/NNS/talk at/IN/at the/DT/the Kremlin/NNP/Kremlin");
        int owner = a.sentence("the/DT/the Kremlin/NNP/Kremlin 's/POS/'s press/NN/press service/NN/service");
        assertEquals(List.of("RUS"), resolve(a, acts, List.of()));
        assertEquals(List.of(), resolve(a, place, List.of()), "a place after a preposition");
        assertEquals(List.of(), resolve(a, owner, List.of()), "a possessor");
    }

    @Test
    void aCoPartyPhraseIsFoundJustBeforeItsParty() {
        HandBuilt a = new HandBuilt();
        int s = a.sentence("Together/RB/together with/IN/with Peru/NNP/Peru ,/,/, Chile/NNP/Chile will/MD/will build/VB/build ports/NNS/port");
        a.mention("Peru", EntityType.COUNTRY, "PER").mention("Chile", EntityType.COUNTRY, "CHL");
        Segment seg = context(a, List.of("ARG", "BRA")).doc.segments().get(s);
        assertTrue(PARTIES.coPhraseBefore(seg.tokens(), 2), "'together with' just before 'Peru'");
        assertFalse(PARTIES.coPhraseBefore(seg.tokens(), 4), "not before 'Chile'");
    }

    @Test
    void countriesInASpanIncludeDemonyms() {
        HandBuilt a = new HandBuilt();
        a.sentence("the/DT/the Chilean/JJ/chilean and/CC/and Peruvian/JJ/peruvian sides/NNS/side in/IN/in Lima/NNP/Lima");
        a.mention("Chilean", EntityType.COUNTRY, "CHL").mention("Peruvian", EntityType.COUNTRY, "PER").mention("Lima", EntityType.LOCATION, "Lima");
        Document d = a.doc();
        assertEquals(List.of("CHL", "PER"), PARTIES.countriesIn(new Context(d, LEX), d.segments().get(0).span()));
    }
}
