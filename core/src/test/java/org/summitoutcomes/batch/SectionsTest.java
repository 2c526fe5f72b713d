package org.summitoutcomes.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.Stage;

/** Issue 17: a very long document runs section by section, and the merged record equals a whole-document run. */
@Tag("unit")
class SectionsTest {
    /** Marks every "China" as a COUNTRY and every "signed" sentence as an AGREEMENT whose object is the last mention. */
    static Pipeline toy() {
        Stage tag = new Stage() {
            @Override public String name() { return "toy"; }
            @Override public Set<Feature> requires() { return EnumSet.of(Feature.METADATA); }
            @Override public Set<Feature> provides() { return EnumSet.of(Feature.ENTITIES); }
            @Override public Document apply(Document d) {
                Text t = d.text();
                List<Mention> ms = new ArrayList<>();
                Matcher m = Pattern.compile("China").matcher(t.value());
                while (m.find()) ms.add(new Mention("E" + (ms.size() + 1), EntityType.COUNTRY, t.spanOfChars(m.start(), m.end()), "China", "CHN",
                        Map.of(), "toy"));
                List<Relation> rs = new ArrayList<>();
                Matcher s = Pattern.compile("[^.\n]*signed[^.\n]*\\.").matcher(t.value());
                while (s.find()) {
                    Span ev = t.spanOfChars(s.start(), s.end());
                    String obj = ms.stream().filter(x -> ev.contains(x.span())).map(Mention::id).reduce((a, b) -> b).orElse(null);
                    rs.add(new Relation("R" + (rs.size() + 1), RelationType.AGREEMENT, "sign", null, List.of("CHN"), "the treaty", obj, null,
                            null, null, ev, 1.0, "toy"));
                }
                return d.withMentions(ms).withRelations(rs);
            }
        };
        return Pipeline.of(new MetadataStage(), tag);
    }

    @Test
    void sectionsCoverTheTextAndBreakAtParagraphs() {
        String text = ("China 😀 signed a treaty.\nA second line.\n\n").repeat(200);
        Text t = new Text(text);
        List<Span> cuts = Sections.cut(t, 500);
        assertEquals(0, cuts.get(0).start());
        assertEquals(t.length(), cuts.get(cuts.size() - 1).end());
        for (int i = 0; i < cuts.size(); i++) {
            Span s = cuts.get(i);
            assertTrue(s.end() - s.start() <= 500, s::toString);
            if (i > 0) assertEquals(cuts.get(i - 1).end(), s.start());
            if (i < cuts.size() - 1) assertTrue(t.substring(s).endsWith("\n\n"), "cut at a blank line");
        }
    }

    @Test
    void theMergedRecordEqualsAWholeDocumentRun() {
        String text = ("China 😀 signed a treaty with China.\nNothing here.\n\n").repeat(300);
        Document doc = Document.of("long", text, Metadata.EMPTY);
        Document whole = toy().run(doc);
        Document parts = Sections.run(toy(), doc, 1000);
        assertEquals(whole.mentions(), parts.mentions());
        assertEquals(whole.relations(), parts.relations());
        assertTrue(parts.warnings().get(parts.warnings().size() - 1).startsWith("long document"), parts.warnings()::toString);
        assertEquals(whole.text().value(), parts.text().value());
    }
}
