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

    /** The standard pipeline, built once per process with every model loaded (in parallel). */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipelines.class) {
                if (standard == null) {
                    var models = CoreNlp.preload();
                    Pipeline built = Pipeline.of(
                            new MetadataStage(),
                            new SegmentStage(CoreNlp::segmenter),
                            new TagStage(CoreNlp::ner, CoreNlp::plainNer),
                            new ExtractStage(CoreNlp::parser));
                    models.join();
                    standard = built;
                }
                p = standard;
            }
        }
        return p;
    }
}
