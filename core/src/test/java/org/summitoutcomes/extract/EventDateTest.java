package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.EntityType;

/**
 * The reported meeting's day ({@link EventDate}), which records with no date of their own take, on hand-built
 * articles (no CoreNLP model). DATE mentions carry their ISO value as the tagger resolves it.
 */
@Tag("unit")
class EventDateTest {
    private static String of(HandBuilt a) { return EventDate.of(new Context(a.doc(), Lexicons.standard())); }

    /** A sentence "Talks were held WHEN ." with a DATE mention over {@code when} (tokens "word/TAG/lemma"). */
    private static void heldOn(HandBuilt a, String when, String words, String iso) {
        a.sentence("Talks/NNS/talk were/VBD/be held/VBN/hold " + when + " ././.");
        a.mention(words, EntityType.DATE, iso);
    }

    @Test
    void theFirstFullDateBeforePublicationInTheLead() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        heldOn(a, "on/IN/on Monday/NNP/Monday", "Monday", "2025-06-16");
        heldOn(a, "on/IN/on Sunday/NNP/Sunday", "Sunday", "2025-06-15");
        assertEquals("2025-06-16", of(a));
    }

    @Test
    void aDateOnThePublicationDayGivesWayToAnEarlierOne() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        heldOn(a, "today/NN/today", "today", "2025-06-18");
        assertEquals("2025-06-18", of(a), "alone, the publication day");
        heldOn(a, "on/IN/on Monday/NNP/Monday", "Monday", "2025-06-16");
        assertEquals("2025-06-16", of(a));
    }

    @Test
    void monthsYearsAndLaterDatesAreNoMeetingDay() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        heldOn(a, "in/IN/in June/NNP/June", "June", "2025-06");
        heldOn(a, "in/IN/in 2024/CD/2024", "2024", "2024");
        heldOn(a, "next/JJ/next week/NN/week", "next week", "2025-06-25");
        heldOn(a, "on/IN/on Friday/NNP/Friday", "Friday", "2025-06-27");
        assertNull(of(a), "the publication date alone does not say when a meeting took place");
    }

    @Test
    void onlyTheFirstFiveBodySegmentsMayStateTheDayAndTheHeadlineIsNotOne() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        a.headline("Talks/NNS/talk held/VBN/hold on/IN/on Sunday/NNP/Sunday");
        a.mention("Sunday", EntityType.DATE, "2025-06-15");
        for (int i = 0; i < 4; i++) a.sentence("Nothing/NN/nothing happened/VBD/happen ././.");
        heldOn(a, "on/IN/on Monday/NNP/Monday", "Monday", "2025-06-16");
        assertEquals("2025-06-16", of(a), "the fifth body segment");
        HandBuilt later = new HandBuilt().published("2025-06-18");
        for (int i = 0; i < 5; i++) later.sentence("Nothing/NN/nothing happened/VBD/happen ././.");
        heldOn(later, "on/IN/on Monday/NNP/Monday", "Monday", "2025-06-16");
        assertNull(of(later), "the sixth");
    }

    @Test
    void withoutAPublicationDateADayTheLeadStatesAsAnEventsDay() {
        HandBuilt a = new HandBuilt();
        a.sentence("Funds/NNS/fund flow/VBP/flow from/IN/from 3/CD/3 March/NNP/March 2022/CD/2022 ././.");
        a.mention("3 March 2022", EntityType.DATE, "2022-03-03");
        heldOn(a, "on/IN/on 27/CD/27 January/NNP/January 2022/CD/2022", "27 January 2022", "2022-01-27");
        assertEquals("2022-01-27", of(a), "'on' a day, not 'from' it");
        HandBuilt late = new HandBuilt();
        late.sentence("Nothing/NN/nothing happened/VBD/happen ././.");
        late.sentence("Nothing/NN/nothing happened/VBD/happen ././.");
        heldOn(late, "on/IN/on 27/CD/27 January/NNP/January 2022/CD/2022", "27 January 2022", "2022-01-27");
        assertNull(of(late), "past the lead's two segments");
    }

    @Test
    void aWordThatOnlyEndsInOnIsNotOn() {
        HandBuilt a = new HandBuilt();
        a.sentence("Ministers/NNS/minister met/VBD/meet in/IN/in Lisbon/NNP/Lisbon 27/CD/27 January/NNP/January 2022/CD/2022 ././.");
        a.mention("27 January 2022", EntityType.DATE, "2022-01-27");
        assertNull(of(a));
    }

    @Test
    void headingsNeitherStateTheDayNorCountAsLeadSegments() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        a.heading("Talks/NNS/talk on/IN/on Sunday/NNP/Sunday");
        a.mention("Sunday", EntityType.DATE, "2025-06-15");
        for (int i = 0; i < 4; i++) a.paragraph("Nothing/NN/nothing happened/VBD/happen ././.");
        a.heading("Background/NN/background");
        heldOn(a, "on/IN/on Monday/NNP/Monday", "Monday", "2025-06-16");
        assertEquals("2025-06-16", of(a), "the fifth body segment, past two headings");
    }
}
