package org.summitoutcomes.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.DataFileException;
import org.summitoutcomes.model.EntityType;

/** The entity rule file's examples and expectations, read without any CoreNLP model. */
@Tag("unit")
class PatternRulesTest {
    private static final String RULES = """
            # Source: written for this test.
            ENV.defaults["ruleType"] = "tokens"

            # example: Two Harbour Centers and the Lakeside Treaty opened.
            # expect: CENTER | Harbour Centers | Harbour Center
            # expect: DOCUMENT | Lakeside Treaty | -
            { pattern: ( [{word:/Harbour|Lakeside/}] [{word:/Centers|Treaty/}] ), result: "CENTER|test-two" }

            # example: It rose 5 percent.
            { pattern: ( [{word:/\\d+/}] [{word:/percent/}] ), result: "QUANTITY|test-no-expect" }

            { pattern: ( [{word:/Nowhere/}] ), result: "LOCATION|test-no-example" }
            """;

    @Test
    void anExampleCarriesTheMentionsItsExpectLinesGive() {
        List<PatternRules.Example> examples = new PatternRules("t.rules", RULES).examples();
        assertEquals(List.of("test-two", "test-no-expect", "test-no-example"), examples.stream().map(PatternRules.Example::rule).toList());
        PatternRules.Example two = examples.get(0);
        assertEquals("Two Harbour Centers and the Lakeside Treaty opened.", two.text());
        assertEquals(List.of(new PatternRules.MentionExpectation(EntityType.CENTER, "Harbour Centers", "Harbour Center"),
                new PatternRules.MentionExpectation(EntityType.DOCUMENT, "Lakeside Treaty", null)), two.expect());
    }

    @Test
    void aRuleWithoutExpectOrExampleIsReadAsSuchForTheTestToReport() {
        List<PatternRules.Example> examples = new PatternRules("t.rules", RULES).examples();
        assertEquals("It rose 5 percent.", examples.get(1).text());
        assertEquals(List.of(), examples.get(1).expect());
        assertEquals(null, examples.get(2).text());
        assertEquals(List.of(), examples.get(2).expect());
    }

    @Test
    void aMalformedExpectLineNamesTheFileAndLine() {
        DataFileException fields = assertThrows(DataFileException.class,
                () -> new PatternRules("t.rules", RULES.replace("| Harbour Center\n", "\n")).examples());
        assertTrue(fields.getMessage().startsWith("t.rules:5: expect needs 'TYPE | text | normalized'"), fields.getMessage());
        DataFileException type = assertThrows(DataFileException.class,
                () -> new PatternRules("t.rules", RULES.replace("# expect: CENTER", "# expect: CENTRE")).examples());
        assertTrue(type.getMessage().startsWith("t.rules:5: unknown entity type 'CENTRE'"), type.getMessage());
        DataFileException orphan = assertThrows(DataFileException.class,
                () -> new PatternRules("t.rules", RULES.replace("# example: It rose 5 percent.", "# expect: QUANTITY | 5 percent | 5 %")).examples());
        assertTrue(orphan.getMessage().startsWith("t.rules:9: '# expect:' needs a '# example:' line above it"), orphan.getMessage());
    }

    @Test
    void everyRuleOfTheProjectsFileHasAnExampleAndAnExpectation() {
        List<PatternRules.Example> examples = new PatternRules("rules/entities.rules").examples();
        assertTrue(examples.size() >= 30, "entity rules: " + examples.size());
        for (PatternRules.Example e : examples) {
            assertNotNull(e.text(), e.rule() + " has no '# example:' line above it");
            assertFalse(e.expect().isEmpty(), e.rule() + " has no '# expect:' line under its example");
            for (PatternRules.MentionExpectation x : e.expect()) {
                assertTrue(e.text().contains(x.text()), e.rule() + ": the expected mention '" + x.text() + "' is not in its example: " + e.text());
            }
        }
    }
}
