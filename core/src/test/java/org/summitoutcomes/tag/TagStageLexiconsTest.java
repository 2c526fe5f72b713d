package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.lexicon.DataFileException;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.nlp.CoreNlp;

/** The tag stage reads the word lists and tables of the lexicons it is given, not a process-wide copy. */
@Tag("stage")
class TagStageLexiconsTest {
    private static final String TEXT = "Talks in Lima\n\nJohn Smithers, an adviser, met the delegates in Lima on Monday.\n";

    private static List<String> persons(TagStage stage) {
        Document d = stage.apply(Fixtures.segmented(TEXT, "2025-06-17"));
        return d.mentions().stream().filter(m -> m.type() == EntityType.PERSON).map(m -> m.text()).toList();
    }

    @Test
    void aGivenWordListChangesWhatIsTagged() {
        assertEquals(List.of("John Smithers"), persons(new TagStage(CoreNlp::ner, CoreNlp::plainNer)));
        Lexicons own = Lexicons.standard().with("lexicons/not-entities.txt", "# Source: test\n# Purpose: test\nJohn Smithers\n");
        assertEquals(List.of(), persons(new TagStage(CoreNlp::ner, CoreNlp::plainNer, AmountNormalizer.standard(), own)));
    }

    @Test
    void aBadRowInAGivenTableNamesItsLine() {
        Lexicons bad = Lexicons.standard().with("lexicons/country-ambiguity.tsv", "# Source: test\n# Purpose: test\nGeorgia\n");
        DataFileException e = assertThrows(DataFileException.class,
                () -> new TagStage(CoreNlp::ner, CoreNlp::plainNer, AmountNormalizer.standard(), bad));
        assertTrue(e.getMessage().startsWith("lexicons/country-ambiguity.tsv (given):3: "), e.getMessage());
    }
}
