package org.summitoutcomes.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.summitoutcomes.SummitOutcomes;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;

class PipelineTest {
    private static Stage stage(String name, Set<Feature> needs, Set<Feature> adds) {
        return new Stage() {
            public String name() { return name; }
            public Set<Feature> requires() { return needs; }
            public Set<Feature> provides() { return adds; }
            public Document apply(Document d) { return d.withWarning(name); }
        };
    }

    @Tag("unit")
    @Test
    void buildFailsWhenAStageNeedsWhatNoEarlierStageProvides() {
        Stage tag = stage("tag", EnumSet.of(Feature.SEGMENTS), EnumSet.of(Feature.ENTITIES));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Pipeline.of(tag));
        assertTrue(e.getMessage().contains("'tag' requires [SEGMENTS]"), e.getMessage());
    }

    @Tag("unit")
    @Test
    void runsStagesInOrderAndNamesAFailingStage() {
        Stage a = stage("a", EnumSet.of(Feature.TEXT), EnumSet.of(Feature.METADATA));
        Stage b = stage("b", EnumSet.of(Feature.METADATA), EnumSet.of(Feature.SEGMENTS));
        Document out = Pipeline.of(a, b).run(Document.of("x", "text", Metadata.EMPTY));
        assertEquals(java.util.List.of("a", "b"), out.warnings());
        Stage boom = new Stage() {
            public String name() { return "boom"; }
            public Set<Feature> requires() { return EnumSet.of(Feature.TEXT); }
            public Set<Feature> provides() { return EnumSet.noneOf(Feature.class); }
            public Document apply(Document d) { throw new IllegalStateException("bad"); }
        };
        StageException e = assertThrows(StageException.class, () -> Pipeline.of(boom).run(Document.of("x", "t", Metadata.EMPTY)));
        assertEquals("boom", e.stage());
    }

    @Tag("unit")
    @Test
    void theResultCarriesNoEngineStructures() {
        Stage annotate = new Stage() {
            public String name() { return "annotate"; }
            public Set<Feature> requires() { return EnumSet.of(Feature.TEXT); }
            public Set<Feature> provides() { return EnumSet.of(Feature.METADATA); }
            public Document apply(Document d) { return d.withAnnotations(() -> 0); }
        };
        Stage look = new Stage() {
            public String name() { return "look"; }
            public Set<Feature> requires() { return EnumSet.of(Feature.METADATA); }
            public Set<Feature> provides() { return EnumSet.of(Feature.SEGMENTS); }
            public Document apply(Document d) { return d.withWarning("annotated: " + (d.annotations() != null)); }
        };
        Document out = Pipeline.of(annotate, look).run(Document.of("x", "text", Metadata.EMPTY));
        assertEquals(java.util.List.of("annotated: true"), out.warnings(), "a later stage sees what an earlier one built");
        assertEquals(null, out.annotations());
    }

    @Tag("stage")
    @Test
    void standardPipelineReadsLikeItsSpec() {
        assertEquals(java.util.List.of("metadata", "segment", "tag", "extract"), SummitOutcomes.defaultPipeline().stageNames());
    }
}
