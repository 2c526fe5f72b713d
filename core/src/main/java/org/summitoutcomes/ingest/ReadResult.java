package org.summitoutcomes.ingest;

/** What reading one input produced: an article, or a failure with a one-line reason. */
public sealed interface ReadResult {
    String origin();

    record Ok(SourceArticle article) implements ReadResult {
        public String origin() { return article.origin(); }
    }

    record Failed(String origin, String message) implements ReadResult {}
}
