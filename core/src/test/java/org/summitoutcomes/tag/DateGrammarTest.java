package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
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

/** Dates (issue 16): ranges in every order, tense-aware weekdays and months, weeks, quarters, seasons, offsets, precision. */
@Tag("stage")
class DateGrammarTest {
    private static Document tag(String text, String published) {
        Document d = Fixtures.tagged(text, published);
        DocumentInvariants.check(d);
        return d;
    }

    private static Mention date(Document d, String surface) {
        Optional<Mention> m = d.mentions().stream().filter(x -> x.type() == EntityType.DATE && x.text().equals(surface)).findFirst();
        return m.orElseThrow(() -> new AssertionError("no DATE '" + surface + "' in "
                + d.mentions().stream().filter(x -> x.type() == EntityType.DATE).map(x -> x.text() + "=" + x.normalized()).toList()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
            // ranges without a year, day first, across months, between years
            "The ministers will meet on Sept. 26-27 in Baku.|2025-09-10|Sept. 26-27|2025-09-26/2025-09-27|range",
            "The summit takes place on 18–19 May 2026 in Astana.|2025-10-15|18–19 May 2026|2026-05-18/2026-05-19|range",
            "Talks ran from June 30 to July 2, 2024 in Bishkek.|2025-10-15|June 30 to July 2, 2024|2024-06-30/2024-07-02|range",
            "They adopted a joint action plan from 2022 to 2026.|2025-10-15|2022 to 2026|2022/2026|range",
            // tense-aware months and weekdays
            "In January, they signed the road deal.|2025-10-15|January|2025-01|month",
            "The leaders will meet again in March.|2025-10-15|March|2026-03|month",
            "The leaders will meet again on Friday.|2025-10-15|Friday|2025-10-17|day",
            "The leaders met on Friday.|2025-10-15|Friday|2025-10-10|day",
            "The summit expanded on a previous March meeting.|2025-05-22|previous March|2025-03|month",
            // weeks, quarters, seasons, months of a year
            "Trade talks resumed last week.|2025-10-15|last week|2025-10-06/2025-10-12|week",
            "Trade talks will resume next week.|2025-10-15|next week|2025-10-20/2025-10-26|week",
            "Exports rose in the second quarter of 2025.|2025-10-15|second quarter of 2025|2025-04/2025-06|quarter",
            "A meeting is planned for the last quarter of 2023.|2023-07-20|last quarter of 2023|2023-10/2023-12|quarter",
            "Revenue grew in Q3 2024.|2025-10-15|Q3 2024|2024-07/2024-09|quarter",
            "The corridor opens in spring 2026.|2025-10-15|spring 2026|2026-03/2026-05|season",
            "Trade grew in the first five months of this year.|2025-06-16|first five months of this year|2025-01/2025-05|range",
            "The plant opened in August last year.|2025-10-15|August last year|2024-08|month",
            // offsets
            "The leaders will meet in three weeks.|2025-10-15|three weeks|2025-11-05|day",
            "The line will open four days from now.|2025-10-15|four days from now|2025-10-19|day",
            "The grid will be finished seven years from now.|2025-10-15|seven years from now|2032|year",
    })
    void forms(String sentence, String published, String surface, String value, String precision) {
        Mention m = date(tag(sentence, published), surface);
        assertEquals(value, m.normalized());
        assertEquals(precision, m.attributes().get("precision"));
    }

    @Test
    void everyDateHasAPrecision() {
        Document d = tag("The leaders met on June 17, 2025 and in 2024 and in January 2022.", "2025-06-18");
        List<Mention> ds = d.mentions().stream().filter(x -> x.type() == EntityType.DATE).toList();
        assertTrue(ds.size() >= 3, ds::toString);
        for (Mention m : ds) assertTrue(m.attributes().containsKey("precision"), m::toString);
        assertEquals("day", date(d, "June 17, 2025").attributes().get("precision"));
        assertEquals("year", date(d, "2024").attributes().get("precision"));
        assertEquals("month", date(d, "January 2022").attributes().get("precision"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "They pledged to implement the 2030 Agenda for Sustainable Development.",
            "Saudi Arabia backs the bid for the 2034 FIFA World Cup.",
            "The ministers met on February 30-31 in Baku.",
            "CentralasianLIGHT.org, December 22, 2025",
            "Trade doubled in ten years.",
    })
    void notDates(String sentence) {
        Document d = tag(sentence, "2025-12-22");
        assertEquals(List.of(), d.mentions().stream().filter(x -> x.type() == EntityType.DATE).map(Mention::text).toList(), sentence);
    }

    @Test
    void aPastYearBeforeAnEventNameIsADate() {
        Document d = tag("Pledges made at the 2022 COP27 were recalled.", "2023-12-01");
        assertEquals("2022", date(d, "2022").normalized());
    }

    @Test
    void absoluteRangesResolveWithoutAPublicationDate() {
        assertEquals(List.of("2022/2026"), DateGrammar.of(org.summitoutcomes.lexicon.Lexicons.standard()).find("a plan from 2022 to 2026", null, i -> DateGrammar.Tense.PAST)
                .stream().map(DateGrammar.Hit::value).toList());
        assertEquals(List.of(), DateGrammar.of(org.summitoutcomes.lexicon.Lexicons.standard()).find("talks resumed last week", null, i -> DateGrammar.Tense.PAST));
    }

    @Test
    void weekdaysByTense() {
        LocalDate wed = LocalDate.parse("2025-10-15");
        assertEquals(LocalDate.parse("2025-10-17"), DateGrammar.weekday(DayOfWeek.FRIDAY, wed, DateGrammar.Tense.FUTURE));
        assertEquals(LocalDate.parse("2025-10-10"), DateGrammar.weekday(DayOfWeek.FRIDAY, wed, DateGrammar.Tense.PAST));
        assertEquals(wed, DateGrammar.weekday(DayOfWeek.WEDNESDAY, wed, DateGrammar.Tense.PAST));
    }
}
