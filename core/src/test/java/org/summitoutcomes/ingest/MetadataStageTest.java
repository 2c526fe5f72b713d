package org.summitoutcomes.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Span;

@Tag("unit")
class MetadataStageTest {
    private final MetadataStage stage = new MetadataStage();

    private Document run(String text) { return stage.apply(Document.of("t", text, Metadata.EMPTY)); }

    @Test
    void dateLineAndWireDateline() {
        Document d = run(" date 2025-06-17 BEIJING, June 17, 2025 /PRNewswire/ -- Chinese President Xi Jinping said Tuesday.");
        assertEquals("2025-06-17", d.metadata().published());
        assertEquals("BEIJING", d.metadata().dateline());
        assertEquals("PRNewswire", d.metadata().source());
        Span ex = d.excluded().get(0);
        assertTrue(d.cover(new Span(ex.end(), d.text().length())).startsWith("Chinese President"));
    }

    @Test
    void datelineGivesPublishedWhenNoDateLine() {
        Document d = run("BEIJING, June 18, 2025 /PRNewswire/ -- A report from People's Daily:\nModernization is shared.");
        assertEquals("2025-06-18", d.metadata().published());
    }

    @Test
    void plainDatelineWithDash() {
        Document d = run("ASTANA – The second summit opened on Tuesday.");
        assertEquals("ASTANA", d.metadata().dateline());
        assertNull(d.metadata().published());
    }

    @Test
    void wireCreditAfterDateLine() {
        Document d = run(" date 2025-06-18 MENAFN - GetNews) In the context of profound changes, the summit was held.");
        assertEquals("MENAFN - GetNews", d.metadata().source());
        assertTrue(d.cover(d.excluded().get(0)).contains("GetNews)"));
    }

    @Test
    void headlineSignOffAndBoilerplate() {
        String text = "Expert Breaks Down Key Outcomes of the Summit\n\nThe summit ended.\n\nLeave a Reply\n\nYour email address will not be published.\n\nBack To Top";
        Document d = run(text);
        assertEquals("Expert Breaks Down Key Outcomes of the Summit", d.metadata().title());
        Span tail = d.excluded().get(d.excluded().size() - 1);
        assertTrue(d.cover(tail).startsWith("Leave a Reply") && d.cover(tail).endsWith("Back To Top"));
        Document signed = run("The Summit ended.\n9. Memorandum on cooperation ///nCa, May 20, 2023");
        assertEquals("nCa", signed.metadata().source());
        assertEquals("2023-05-20", signed.metadata().published());
    }

    @Test
    void manifestMetadataWins() {
        Document d = stage.apply(Document.of("t", " date 2025-06-18 Text here.", new Metadata(null, "2025-06-19", "Trend", null, null)));
        assertEquals("2025-06-19", d.metadata().published());
        assertEquals("Trend", d.metadata().source());
    }

    @Test
    void datelineOpeningTheFirstParagraphUnderAHeadline() {
        String text = "Leaders sign Astana Declaration\n\nASTANA – Chinese President Xi Jinping signed the declaration.";
        Document d = run(text);
        assertEquals("Leaders sign Astana Declaration", d.metadata().title());
        assertEquals("ASTANA", d.metadata().dateline());
        int at = text.indexOf("ASTANA");
        assertTrue(d.excluded().stream().anyMatch(x -> x.start() == at && d.cover(x).startsWith("ASTANA –")), d.excluded()::toString);
        assertTrue(d.excluded().stream().noneMatch(x -> x.start() == 0), "the headline is text, not metadata");
    }
}
