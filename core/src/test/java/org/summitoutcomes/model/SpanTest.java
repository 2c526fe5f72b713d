package org.summitoutcomes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SpanTest {
    @Test
    void rejectsEndBeforeStartWithBothNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertTrue(e.getMessage().contains("start=5") && e.getMessage().contains("end=3"), e.getMessage());
    }

    @Test
    void overlapIsHalfOpen() {
        assertFalse(new Span(0, 3).overlaps(new Span(3, 5)));
        assertTrue(new Span(0, 4).overlaps(new Span(3, 5)));
    }

    @Test
    void textCountsCodePoints() {
        Text t = new Text("a😀b Astana");
        assertEquals(10, t.length());
        assertEquals("b", t.substring(2, 3));
        assertEquals("Astana", t.substring(4, 10));
        assertEquals(new Span(2, 3), t.spanOfChars(3, 4));
    }
}
