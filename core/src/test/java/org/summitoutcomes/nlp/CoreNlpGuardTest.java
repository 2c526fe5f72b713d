package org.summitoutcomes.nlp;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The no-models guard of the unit tier ({@link CoreNlp#NO_MODELS}): the tokenizer alone (rule based, no model
 * file) is let through, every pipeline that loads a model is refused, naming its annotators.
 */
@Tag("unit")
class CoreNlpGuardTest {
    @Test
    void everyModelPipelineIsRefusedNamingItsAnnotators() {
        for (Properties p : List.of(CoreNlp.nerProps(), CoreNlp.plainNerProps(), CoreNlp.parserProps(), CoreNlp.segmenterProps())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CoreNlp.refuseModels(p, true));
            assertTrue(e.getMessage().startsWith("CoreNLP model requested (" + p.getProperty("annotators") + ") in a run without models"),
                    e.getMessage());
        }
    }

    @Test
    void onlyTheTokenizerAloneIsLetThrough() {
        assertDoesNotThrow(() -> CoreNlp.refuseModels(CoreNlp.tokenizerProps(), true));
        Properties more = CoreNlp.tokenizerProps();
        more.setProperty("annotators", "tokenize,ssplit");
        assertThrows(IllegalStateException.class, () -> CoreNlp.refuseModels(more, true), "a tokenizer with more annotators is refused");
        Properties none = new Properties();
        assertThrows(IllegalStateException.class, () -> CoreNlp.refuseModels(none, true), "no annotators list: CoreNLP's default, with models");
    }

    @Test
    void withModelsAllowedNothingIsRefused() {
        assertDoesNotThrow(() -> CoreNlp.refuseModels(CoreNlp.nerProps(), false));
    }

    @Test
    void theGazetteerTokenizerRunsInEveryTier() {
        assertEquals(List.of("the", "Astana", "Declaration", "'s", "text"), CoreNlp.words("the Astana Declaration's text"));
    }
}
