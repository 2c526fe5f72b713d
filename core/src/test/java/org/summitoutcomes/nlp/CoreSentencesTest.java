package org.summitoutcomes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/** The per-segment CoreNLP labels the tag stage builds once and the extract stage parses. No model needed. */
@Tag("unit")
class CoreSentencesTest {
    private static final String TEXT = "Chile signed the Lima Accord.";

    private static Document tagged() {
        List<Token> tokens = List.of(
                new Token(new Span(0, 5), "Chile", "NNP", "Chile", "LOCATION", null),
                new Token(new Span(6, 12), "signed", "VBD", "sign", "O", null),
                new Token(new Span(13, 16), "the", "DT", "the", "O", null),
                new Token(new Span(17, 21), "Lima", "NNP", "Lima", "LOCATION", null),
                new Token(new Span(22, 28), "Accord", "NNP", "Accord", "O", null),
                new Token(new Span(28, 29), ".", ".", ".", "O", null));
        Segment s = new Segment(0, Segment.Kind.SENTENCE, new Span(0, 29), null, -1, -1, tokens);
        List<Mention> mentions = List.of(
                new Mention("E1", EntityType.COUNTRY, new Span(0, 5), "Chile", "CHL", Map.of(), "test"),
                new Mention("E2", EntityType.DOCUMENT, new Span(13, 28), "the Lima Accord", "Lima Accord", Map.of(), "test"));
        return Document.of("d", TEXT, Metadata.EMPTY).withSegments(List.of(s)).withMentions(mentions);
    }

    @Test
    void labelsCarryTheTokensWithTheMentionTypeAsNer() {
        List<CoreLabel> labels = CoreSentences.of(tagged()).labels(0);
        assertEquals(List.of("Chile", "signed", "the", "Lima", "Accord", "."), labels.stream().map(CoreLabel::word).toList());
        assertEquals(List.of("NNP", "VBD", "DT", "NNP", "NNP", "."), labels.stream().map(CoreLabel::tag).toList());
        assertEquals("sign", labels.get(1).lemma());
        assertEquals(List.of("COUNTRY", "O", "DOCUMENT", "DOCUMENT", "DOCUMENT", "O"), labels.stream().map(CoreLabel::ner).toList());
        assertEquals(17, labels.get(3).beginPosition());
        assertEquals(21, labels.get(3).endPosition());
    }

    @Test
    void aDocumentThatCarriesItsStructuresIsNotConvertedAgain() {
        Document d = tagged();
        CoreSentences built = CoreSentences.of(d);
        Document carrying = d.withAnnotations(built);
        assertSame(built, CoreSentences.of(carrying));
        assertSame(built.labels(0).get(0), CoreSentences.of(carrying).labels(0).get(0));
    }

    @Test
    void labelsAreReadOnly() {
        List<CoreLabel> labels = CoreSentences.of(tagged()).labels(0);
        assertThrows(UnsupportedOperationException.class, () -> labels.remove(0));
    }

    @Test
    void labelListsMustMatchSegmentsAndTokens() {
        Document d = tagged();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoreSentences.tagged(List.of(), d));
        assertEquals("0 label lists for 1 segments", e.getMessage());
        List<CoreLabel> short1 = new ArrayList<>(Annotations.labels(d.segments().get(0), 0).subList(0, 2));
        e = assertThrows(IllegalArgumentException.class, () -> CoreSentences.tagged(List.of(short1), d));
        assertEquals("segment 0 has 6 tokens but 2 labels", e.getMessage());
    }
}
