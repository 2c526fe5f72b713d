package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Object keys with a stopword list given by the caller (no data file, no CoreNLP model). */
@Tag("unit")
class ObjectKeyTest {
    @Test
    void theGivenStopwordsAreLeftOut() {
        assertEquals(List.of("harbour", "accord"), ObjectKey.words("The Harbour Accord", Set.of("the")));
        assertEquals(List.of("the", "harbour"), ObjectKey.words("the Harbour accord", Set.of("accord")));
    }

    @Test
    void theBundledStopwordsAreTheDefault() {
        assertEquals(ObjectKey.words("the Harbour Accord", org.summitoutcomes.lexicon.Lexicons.standard().words(ObjectKey.STOPWORDS)),
                ObjectKey.words("the Harbour Accord"));
    }
}
