package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.lexicon.DataFile;
import org.summitoutcomes.lexicon.Gazetteers;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;

/** Countries from the generated gazetteer (issue 16): demonyms, official and compound names, and ambiguous names by context. */
@Tag("stage")
class CountryTaggingTest {
    private static Document tag(String text) {
        Document d = Fixtures.tagged(text, "2025-10-15");
        DocumentInvariants.check(d);
        return d;
    }

    private static List<String> countries(Document d) {
        return d.mentions().stream().filter(m -> m.type() == EntityType.COUNTRY).map(m -> m.text() + "=" + m.normalized()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The Andorran President arrived on Monday.|Andorran|AND",
            "The Burundian side welcomed the plan.|Burundian|BDI",
            "Filipino officials signed the memorandum.|Filipino|PHL",
            "The Nigerien delegation left early.|Nigerien|NER",
            "The South Sudanese side raised the issue.|South Sudanese|SSD",
            "The Guinea-Bissauan delegation took part.|Guinea-Bissauan|GNB",
            "Officials of the Argentine Republic attended.|Argentine Republic|ARG",
            "The Swiss Confederation hosted the talks.|Swiss Confederation|CHE",
            "The United Mexican States sent a minister.|United Mexican States|MEX",
            "Antigua and Barbuda joined the group.|Antigua and Barbuda|ATG",
            "Bosnia and Herzegovina signed it.|Bosnia and Herzegovina|BIH",
            "Trinidad and Tobago voted for it.|Trinidad and Tobago|TTO",
            "The Democratic Republic of Congo agreed.|Democratic Republic of Congo|COD",
            "The Republic of Congo agreed.|Republic of Congo|COG",
            "Seoul and Astana met; Korea will invest more.|Korea|KOR",
            "Trade between Kazakhstan and S. Korea grew.|S. Korea|KOR",
            "The envoy flew from Tbilisi, Georgia to Baku.|Georgia|GEO",
            "King Abdullah of Jordan met the Chadian President.|Jordan|JOR",
    })
    void statesByEveryForm(String sentence, String surface, String iso) {
        Document d = tag(sentence);
        Mention m = d.mentions().stream().filter(x -> x.type() == EntityType.COUNTRY && x.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no COUNTRY '" + surface + "' in " + countries(d)));
        assertEquals(iso, m.normalized());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The delegates flew to Atlanta, Georgia for the talks.",       // a US state after a city
            "The governor of New Mexico spoke.",                            // a sub-national place
            "Hotels in Mexico City were full.",                             // a city named after its state
            "Leaders from Northern Ireland attended.",                      // a part of a state
            "Officials from American Samoa attended.",                      // a dependent territory
            "The talks were led by envoy Chad Porter.",                     // a given name
            "Fans cheered for Michael Jordan on the court.",                // a surname
            "Turkey and cranberry sauce were served at dinner.",            // a capitalized common noun
            "Guinea pigs were sold at the market.",                         // a capitalized common noun
    })
    void namesThatAreNotTheState(String sentence) {
        assertEquals(List.of(), countries(tag(sentence)), sentence);
    }

    @Test
    void aGivenNameBeforeASurnameIsAPerson() {
        Document d = tag("The talks were led by envoy Chad Porter.");
        assertTrue(d.mentions().stream().anyMatch(m -> m.type() == EntityType.PERSON && m.text().equals("Chad Porter")),
                d.mentions().stream().map(m -> m.type() + ":" + m.text()).collect(Collectors.joining(", ")));
    }

    @Test
    void everyStateHasItsNameAndOfficialNameInTheGazetteer() {
        List<String[]> rows = DataFile.rows("gazetteers/countries.tsv");
        for (String[] r : rows) {
            assertTrue(Gazetteers.get().named("COUNTRY", org.summitoutcomes.nlp.CoreNlp.words(r[2])) != null, r[2]);
            assertTrue(r[5].startsWith("mledoze"), "row of " + r[0] + " names its source");
        }
    }
}
