package org.summitoutcomes;

import org.summitoutcomes.extract.ExtractStage;
import org.summitoutcomes.ingest.MetadataStage;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.nlp.CoreNlp;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.segment.SegmentStage;
import org.summitoutcomes.tag.TagStage;

/**
 * The library's facade (as {@code Jsoup} is jsoup's): assembles the standard pipeline from above the stages,
 * read as its spec: metadata → segment → tag → extract.
 */
public final class SummitOutcomes {
    private static volatile Pipeline standard;

    private SummitOutcomes() {}

    /** The bundled knowledge (gazetteers, summits, word lists), each piece loaded once on first use. */
    public static Lexicons defaultLexicons() {
        return Lexicons.standard();
    }

    /** The standard pipeline, built once per process with every model loaded (in parallel). */
    public static Pipeline defaultPipeline() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (SummitOutcomes.class) {
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
