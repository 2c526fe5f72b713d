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

@Tag("stage")
class SegmentStageTest {
    @Test
    void listItemsHeadingsAndLeadIns() {
        String text = "On May 18-19, 2023, the summit was held. A number of agreements were reached.\n"
                + "I. Main agreements and cooperation initiatives\n"
                + "1. Creation of a mechanism for meetings.\n"
                + "14.Modernization of the infrastructure of checkpoints.\n"
                + "2、 Holding the second Summit.\n"
                + "Practical projects were launched, including four new centers:\n\n"
                + "  • China-Central Asia Poverty Reduction Cooperation Center\n"
                + "  • China-Central Asia Education Exchange Cooperation Center\n";
        Document d = Fixtures.segmented(text, "2023-05-20");
        DocumentInvariants.check(d);
        List<Segment> items = d.segments().stream().filter(Segment::isListItem).toList();
        assertEquals(5, items.size());
        assertEquals("14", items.get(1).marker());
        assertEquals("Modernization of the infrastructure of checkpoints.", d.cover(items.get(1).span()));
        Segment heading = d.segments().get(items.get(0).heading());
        assertEquals(Segment.Kind.HEADING, heading.kind());
        assertTrue(d.cover(heading.span()).startsWith("Main agreements"));
        assertTrue(d.cover(d.segments().get(items.get(0).leadIn()).span()).startsWith("A number of agreements"));
        assertTrue(d.cover(d.segments().get(items.get(3).leadIn()).span()).startsWith("Practical projects"));
        assertEquals("•", items.get(3).marker());
    }

    @Test
    void excludedTextHasNoSegments() {
        Document d = Fixtures.segmented(" date 2025-06-17 BEIJING, June 17, 2025 /PRNewswire/ -- Xi spoke.\n\nLeave a Reply\n\nBack To Top", null);
        DocumentInvariants.check(d);
        assertEquals(1, d.segments().size());
        assertEquals("Xi spoke.", d.cover(d.segments().get(0).span()));
    }
}
