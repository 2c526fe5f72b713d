package org.summitoutcomes.pipeline;

import org.summitoutcomes.extract.ExtractStage;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.segment.SegmentStage;
import org.summitoutcomes.tag.TagStage;

/** The project's pipeline, read as its spec: metadata → segment → tag → extract. */
public final class Pipelines {
    private static volatile Pipeline standard;

    private Pipelines() {}

    /** The standard pipeline, built once per process (CoreNLP models load on first use). */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipelines.class) {
                if (standard == null) {
                    standard = Pipeline.of(
                            new MetadataStage(),
                            new SegmentStage(CoreNlp::segmenter),
                            new TagStage(CoreNlp::ner),
                            new ExtractStage(CoreNlp::parser));
                }
                p = standard;
            }
        }
        return p;
    }
}
