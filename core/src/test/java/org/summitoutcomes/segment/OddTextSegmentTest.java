package org.summitoutcomes.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Segment;

/** Issue 17: over-long "sentences" are capped before CoreNLP; line ends of every kind are line ends. */
@Tag("stage")
class OddTextSegmentTest {
    @Test
    void aLongRunWithoutSentenceEndsIsCutAtClauseMarksThenSpaces() {
        String run = "leaders of the region met again, talked about trade and transport and water " .repeat(400); // 30 KB, no period
        char[] c = run.toCharArray();
        int cuts = SentenceCap.apply(c);
        assertTrue(cuts >= run.length() / SentenceCap.MAX_CHARS, "cuts: " + cuts);
        int start = 0;
        for (int i = 0; i <= c.length; i++) {
            if (i == c.length || c[i] == '\n') {
                assertTrue(i - start <= SentenceCap.MAX_CHARS + 1, "a run of " + (i - start));
                if (i < c.length) assertEquals(',', c[i - 1], "cut after a clause mark");
                start = i + 1;
            }
        }
        assertEquals(run.replace(" ", ""), new String(c).replace("\n", "").replace(" ", ""), "only spaces become line ends");
        char[] word = "x".repeat(5000).toCharArray();
        assertEquals(0, SentenceCap.apply(word), "one token without spaces is left alone");
    }

    @Test
    void ordinarySentencesAreNotTouched() {
        char[] c = ("China and Kazakhstan signed the treaty, which enters into force next year. ".repeat(50)).toCharArray();
        assertEquals(0, SentenceCap.apply(c));
    }

    @Test
    void aLongLineBecomesManyBoundedSegments() {
        String text = "the ministers discussed trade, transport, energy and water in the region " .repeat(300) + "\n";
        Document d = Fixtures.segmented(text, "2025-06-17");
        DocumentInvariants.check(d);
        assertTrue(d.segments().size() > 15, "segments: " + d.segments().size());
        for (Segment s : d.segments()) assertTrue(s.span().end() - s.span().start() <= SentenceCap.MAX_CHARS + 1, s.span()::toString);
    }

    @Test
    void loneCarriageReturnsEndLinesLikeLineFeeds() {
        String lf = "Leaders Meet in Astana\nChina and Kazakhstan signed the treaty.\n• Establish a trade center\n";
        List<String> expected = kinds(Fixtures.segmented(lf, "2025-06-17"));
        assertEquals(List.of("TITLE", "SENTENCE", "LIST_ITEM"), expected);
        assertEquals(expected, kinds(Fixtures.segmented(lf.replace('\n', '\r'), "2025-06-17")));
        assertEquals(expected, kinds(Fixtures.segmented(lf.replace("\n", "\u2028"), "2025-06-17")));
        assertEquals(expected, kinds(Fixtures.segmented(lf.replace("\n", "\r\n"), "2025-06-17")));
    }

    private static List<String> kinds(Document d) { return d.segments().stream().map(s -> s.kind().name()).toList(); }
}
