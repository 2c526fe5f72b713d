package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.nlp.CoreSentences;
import org.summitoutcomes.tag.TagStage;

/**
 * The tag stage builds each segment's CoreNLP labels once and hands them to the extract stage with the
 * document; the extract stage parses them as they are, without changing them, and reads the same records as
 * from a document that carries none (whose labels it then builds from the tokens).
 */
@Tag("stage")
class SharedAnnotationsTest {
    private static final String TEXT = "Chile and Peru signed a border treaty in Lima on Monday.\n"
            + "Peru will provide $2 billion for a new port, its minister said.";
    private static TagStage tag;
    private static ExtractStage extract;

    @BeforeAll
    static void load() {
        tag = new TagStage(CoreNlp::ner, CoreNlp::plainNer);
        extract = new ExtractStage(CoreNlp::parser);
    }

    private static List<List<CoreLabel>> copies(CoreSentences sentences) {
        List<List<CoreLabel>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) out.add(sentences.labels(i).stream().map(CoreLabel::new).toList());
        return out;
    }

    @Test
    void theTagStageHandsOnLabelsThatCarryTheMentionTypes() {
        Document tagged = tag.apply(Fixtures.segmented(TEXT, "2025-03-10"));
        CoreSentences sentences = assertInstanceOf(CoreSentences.class, tagged.annotations());
        assertEquals(tagged.segments().size(), sentences.size());
        for (int si = 0; si < tagged.segments().size(); si++) {
            Mention[] over = tagged.mentionsByToken(tagged.segments().get(si));
            for (int i = 0; i < over.length; i++) {
                if (over[i] != null) assertEquals(over[i].type().name(), sentences.labels(si).get(i).ner());
            }
        }
    }

    @Test
    void theExtractStageParsesTheSharedLabelsUnchangedAndReadsWhatItWouldReadWithoutThem() {
        Document tagged = tag.apply(Fixtures.segmented(TEXT, "2025-03-10"));
        CoreSentences sentences = (CoreSentences) tagged.annotations();
        List<List<CoreLabel>> before = copies(sentences);
        Document shared = extract.apply(tagged);
        assertEquals(before, copies(sentences), "parsing changed the shared labels");
        Document rebuilt = extract.apply(tagged.withAnnotations(null));
        assertFalse(shared.relations().isEmpty());
        assertEquals(rebuilt.relations(), shared.relations());
    }
}
