package org.summitoutcomes.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The document value: engine structures ride along but are not part of it; mentions over tokens. */
@Tag("unit")
class DocumentTest {
    private static final String TEXT = "Chile and Peru signed a pact.";

    private static Token token(int start, int end) {
        return new Token(new Span(start, end), TEXT.substring(start, end), "NN", TEXT.substring(start, end), "O", null);
    }

    private static Document document() {
        Segment s = new Segment(0, Segment.Kind.SENTENCE, new Span(0, 29), null, -1, -1,
                List.of(token(0, 5), token(6, 9), token(10, 14), token(15, 21), token(22, 23), token(24, 28), token(28, 29)));
        Mention chile = new Mention("E1", EntityType.COUNTRY, new Span(0, 5), "Chile", "CHL", Map.of(), "test");
        Mention peru = new Mention("E2", EntityType.COUNTRY, new Span(10, 14), "Peru", "PER", Map.of(), "test");
        return Document.of("d", TEXT, Metadata.EMPTY).withSegments(List.of(s)).withMentions(List.of(chile, peru));
    }

    private record Structures(int size) implements SegmentAnnotations {}

    @Test
    void engineStructuresAreNotPartOfTheValue() {
        Document plain = document();
        Document annotated = plain.withAnnotations(new Structures(1));
        assertEquals(plain, annotated);
        assertEquals(plain.hashCode(), annotated.hashCode());
    }

    @Test
    void newSegmentsOrMentionsDropTheStructuresAndOtherChangesKeepThem() {
        Structures built = new Structures(1);
        Document annotated = document().withAnnotations(built);
        assertSame(built, annotated.withWarning("w").withRelations(List.of()).withMetadata(Metadata.EMPTY).annotations());
        assertNull(annotated.withMentions(List.of()).annotations());
        assertNull(annotated.withSegments(annotated.segments()).annotations());
    }

    @Test
    void structuresMustCoverEverySegment() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> document().withAnnotations(new Structures(2)));
        assertEquals("segment annotations cover 2 segments, the document has 1", e.getMessage());
    }

    @Test
    void mentionOverEachToken() {
        Document d = document();
        Mention[] over = d.mentionsByToken(d.segments().get(0));
        assertArrayEquals(new Mention[] {d.mentions().get(0), null, d.mentions().get(1), null, null, null, null}, over);
    }
}
