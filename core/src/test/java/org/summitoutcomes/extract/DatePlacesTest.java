package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;

/**
 * The date and place of an outcome ({@link DatePlaces}) on hand-built articles (no CoreNLP model), with the
 * bundled summit table (the second China-Central Asia Summit: 2025-06-17, Astana; the first: 2023-05-18/19,
 * Xi'an) and city gazetteer. Results are {@code [date, place]}.
 */
@Tag("unit")
class DatePlacesTest {
    private static final String PLEDGED = " Chile/NNP/Chile pledged/VBD/pledge to/TO/to build/VB/build a/DT/a port/NN/port ././.";
    /** where "build a port" starts in {@link #PLEDGED}: its token 3 */
    private static final int BUILD = 3;

    /** An article published 2025-06-18 whose lead names the second China-Central Asia Summit. */
    private static HandBuilt summitArticle(String headline) {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        if (headline != null) a.headline(headline);
        a.sentence("Leaders/NNS/leader gathered/VBD/gather for/IN/for the/DT/the second/JJ/second China-Central/NNP/China-Central "
                + "Asia/NNP/Asia Summit/NNP/Summit ././.");
        return a;
    }

    /** Date and place of an outcome in segment {@code segment} whose object is its tokens {@code [from, to)} (none when from < 0). */
    private static List<String> of(HandBuilt a, int segment, int from, int to) {
        Context ctx = new Context(a.doc(), Lexicons.standard());
        Segment s = ctx.doc.segments().get(segment);
        Span object = from < 0 ? null : new Span(s.tokens().get(from).span().start(), s.tokens().get(to - 1).span().end());
        return Arrays.asList(ctx.datePlaces.of(s, object));
    }

    /** Date and place of "build a port" in a sentence that ends with {@link #PLEDGED} after {@code lead} tokens. */
    private static List<String> ofPledge(HandBuilt a, int segment, int lead) { return of(a, segment, lead + BUILD, lead + BUILD + 3); }

    @Test
    void theSentencesOwnDateAndTheCityItStatesWithInOrAt() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        int in = a.sentence("On/IN/on Monday/NNP/Monday ,/,/, Chile/NNP/Chile signed/VBD/sign a/DT/a deal/NN/deal in/IN/in Tashkent/NNP/Tashkent ././.");
        a.mention("Monday", EntityType.DATE, "2025-06-16").mention("Tashkent", EntityType.LOCATION, "Tashkent");
        int at = a.sentence("Peru/NNP/Peru signed/VBD/sign a/DT/a deal/NN/deal at/IN/at Bishkek/NNP/Bishkek ././.");
        a.mention("Bishkek", EntityType.LOCATION, "Bishkek");
        assertEquals(Arrays.asList("2025-06-16", "Tashkent"), of(a, in, 6, 7));
        assertEquals(Arrays.asList(null, "Bishkek"), of(a, at, 3, 4));
    }

    @Test
    void aDateOrCityInsideTheObjectIsNotTheOutcomes() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        int s = a.sentence("Chile/NNP/Chile pledged/VBD/pledge to/TO/to open/VB/open an/DT/an office/NN/office in/IN/in Tashkent/NNP/Tashkent "
                + "by/IN/by 2030/CD/2030 ././.");
        a.mention("Tashkent", EntityType.LOCATION, "Tashkent").mention("2030", EntityType.DATE, "2030");
        assertEquals(Arrays.asList(null, null), of(a, s, 3, 10), "a target year is not when the pledge was made");
        assertEquals(Arrays.asList(null, "Tashkent"), of(a, s, 3, 6), "outside the object the city counts; 'by 2030' is a deadline, not a date");
    }

    @Test
    void aPlaceIsACityOfTheGazetteerAfterInOrAt() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        int region = a.sentence("Chile/NNP/Chile signed/VBD/sign a/DT/a deal/NN/deal in/IN/in Central/NNP/Central Asia/NNP/Asia ././.");
        a.mention("Central Asia", EntityType.LOCATION, "Central Asia");
        int from = a.sentence("Peru/NNP/Peru signed/VBD/sign a/DT/a deal/NN/deal from/IN/from Tashkent/NNP/Tashkent ././.");
        a.mention("Tashkent", EntityType.LOCATION, "Tashkent");
        assertEquals(Arrays.asList(null, null), of(a, region, 3, 4), "a region is no city");
        assertEquals(Arrays.asList(null, null), of(a, from, 3, 4), "'from' a city is no place of the act");
    }

    @Test
    void theSummitTheSentenceNamesGivesItsDateAndPlace() {
        HandBuilt a = summitArticle(null);
        int named = a.paragraph("At/IN/at the/DT/the second/JJ/second China-Central/NNP/China-Central Asia/NNP/Asia Summit/NNP/Summit ,/,/,"
                + PLEDGED);
        int ordinal = a.paragraph("At/IN/at the/DT/the first/JJ/first summit/NN/summit ,/,/," + PLEDGED);
        int after = a.paragraph("At/IN/at the/DT/the summit/NN/summit ,/,/," + PLEDGED);
        int since = a.paragraph("Since/IN/since the/DT/the first/JJ/first summit/NN/summit ,/,/," + PLEDGED);
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, named, 7));
        assertEquals(Arrays.asList("2023-05-18/2023-05-19", "Xi'an"), ofPledge(a, ordinal, 4), "by its ordinal in the main summit's series");
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, after, 3), "'the summit': the one named last before");
        assertEquals(Arrays.asList(null, null), ofPledge(a, since, 4), "'since the first summit' is a period after it");
    }

    @Test
    void aYearTheSummitFallsInGivesWayToItsDay() {
        HandBuilt a = summitArticle(null);
        int same = a.paragraph("In/IN/in 2025/CD/2025 ,/,/, at/IN/at the/DT/the summit/NN/summit ,/,/," + PLEDGED);
        a.mention("2025", EntityType.DATE, "2025");
        int other = a.paragraph("In/IN/in 2024/CD/2024 ,/,/, at/IN/at the/DT/the summit/NN/summit ,/,/," + PLEDGED);
        a.mention("2024", EntityType.DATE, "2024");
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, same, 6));
        assertEquals(Arrays.asList("2024", "Astana"), ofPledge(a, other, 6), "a year the summit does not fall in stays");
    }

    @Test
    void aSentenceDatedOnTheSummitsDayIsTheSummits() {
        HandBuilt a = summitArticle(null);
        int s = a.paragraph("On/IN/on June/NNP/June 17/CD/17 ,/,/," + PLEDGED);
        a.mention("June 17", EntityType.DATE, "2025-06-17");
        int before = a.paragraph("On/IN/on June/NNP/June 16/CD/16 ,/,/," + PLEDGED);
        a.mention("June 16", EntityType.DATE, "2025-06-16");
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, s, 4));
        assertEquals(Arrays.asList("2025-06-16", null), ofPledge(a, before, 4));
    }

    @Test
    void underAHeadlineAboutTheSummitEverySentenceIsTheSummitsButASidelineMeeting() {
        HandBuilt a = summitArticle("Summit/NNP/Summit opens/VBZ/open in/IN/in Astana/NNP/Astana");
        int plain = a.paragraph(PLEDGED.strip());
        int meeting = a.paragraph("In/IN/in a/DT/a meeting/NN/meeting with/IN/with Boric/NNP/Boric ,/,/," + PLEDGED);
        int next = a.sentence(PLEDGED.strip());
        int newParagraph = a.paragraph(PLEDGED.strip());
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, plain, 0));
        assertEquals(Arrays.asList(null, "Astana"), ofPledge(a, meeting, 6), "the summit city, but only a stated date");
        assertEquals(Arrays.asList(null, "Astana"), ofPledge(a, next, 0), "the sentence after a meeting in its paragraph");
        assertEquals(Arrays.asList("2025-06-17", "Astana"), ofPledge(a, newParagraph, 0));
        HandBuilt plainHeadline = summitArticle("Chile/NNP/Chile builds/VBZ/build ports/NNS/port");
        int s = plainHeadline.paragraph(PLEDGED.strip());
        assertEquals(Arrays.asList(null, null), ofPledge(plainHeadline, s, 0), "a headline not about the summit");
    }

    @Test
    void aListItemTakesTheSummitNotItsOwnDate() {
        HandBuilt a = summitArticle(null);
        int lead = a.paragraph("Leaders/NNS/leader agreed/VBD/agree to/TO/to :/:/:");
        int item = a.item("build/VB/build a/DT/a port/NN/port on/IN/on Friday/NNP/Friday", lead);
        a.mention("Friday", EntityType.DATE, "2025-06-20");
        int first = a.item("open/VB/open a/DT/a fund/NN/fund agreed/VBN/agree at/IN/at the/DT/the first/JJ/first China-Central/NNP/China-Central "
                + "Asia/NNP/Asia Summit/NNP/Summit", lead);
        assertEquals(Arrays.asList("2025-06-17", "Astana"), of(a, item, -1, 0), "the item's date belongs to the listed action");
        assertEquals(Arrays.asList("2023-05-18/2023-05-19", "Xi'an"), of(a, first, -1, 0), "the summit the item names");
    }

    /** As the extract stage dates records: the date {@link DatePlaces} gives, else the reported meeting's ({@link EventDate}). */
    @Test
    void theSentencesOwnDateWinsElseTheReportedMeetingsDay() {
        HandBuilt a = new HandBuilt().published("2025-06-18");
        a.sentence("Chile/NNP/Chile and/CC/and Peru/NNP/Peru met/VBD/meet on/IN/on Monday/NNP/Monday ././.");
        a.mention("Monday", EntityType.DATE, "2025-06-16");
        int dated = a.paragraph("On/IN/on Tuesday/NNP/Tuesday ,/,/," + PLEDGED);
        a.mention("Tuesday", EntityType.DATE, "2025-06-17");
        int undated = a.paragraph(PLEDGED.strip());
        Context ctx = new Context(a.doc(), Lexicons.standard());
        assertEquals("2025-06-17", of(a, dated, 3 + BUILD, 6 + BUILD).get(0));
        assertEquals(null, of(a, undated, BUILD, BUILD + 3).get(0));
        assertEquals("2025-06-16", EventDate.of(ctx), "what the undated record takes");
    }

    @Test
    void everyDayOfATwoDaySummitIsTheSummits() {
        HandBuilt a = new HandBuilt().published("2023-05-20");
        a.sentence("Leaders/NNS/leader gathered/VBD/gather for/IN/for the/DT/the first/JJ/first China-Central/NNP/China-Central "
                + "Asia/NNP/Asia Summit/NNP/Summit ././.");
        int first = a.paragraph("On/IN/on May/NNP/May 18/CD/18 ,/,/," + PLEDGED);
        a.mention("May 18", EntityType.DATE, "2023-05-18");
        int second = a.paragraph("On/IN/on May/NNP/May 19/CD/19 ,/,/," + PLEDGED);
        a.mention("May 19", EntityType.DATE, "2023-05-19");
        int after = a.paragraph("On/IN/on May/NNP/May 20/CD/20 ,/,/," + PLEDGED);
        a.mention("May 20", EntityType.DATE, "2023-05-20");
        assertEquals(Arrays.asList("2023-05-18", "Xi'an"), ofPledge(a, first, 4));
        assertEquals(Arrays.asList("2023-05-19", "Xi'an"), ofPledge(a, second, 4));
        assertEquals(Arrays.asList("2023-05-20", null), ofPledge(a, after, 4));
    }
}
