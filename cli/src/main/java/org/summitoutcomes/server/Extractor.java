package org.summitoutcomes.server;

import org.summitoutcomes.ingest.LanguageGate;
import org.summitoutcomes.ingest.SourceArticle;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.pipeline.Pipeline;

/** Turns one article into its record; the server calls it on its worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface Extractor {
    /**
     * @return the article's record (contract section 3)
     * @throws IllegalArgumentException with a one-line reason when the article cannot be processed (for example: not English)
     */
    Document extract(SourceArticle article);

    /** The batch's rules for one article: the language gate, then the pipeline. */
    static Extractor of(Pipeline pipeline) {
        return article -> {
            String notEnglish = LanguageGate.reject(article.text());
            if (notEnglish != null) throw new IllegalArgumentException(notEnglish);
            return pipeline.run(article.toDocument());
        };
    }
}
