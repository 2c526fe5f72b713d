package org.summitoutcomes.ingest;

import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;

/**
 * An article as read from disk, before any stage: its id, where it came from, its text (already extracted
 * from HTML where the input was HTML) and the metadata the reader or manifest supplied.
 */
public record SourceArticle(String id, String origin, String text, Metadata metadata) {
    public SourceArticle {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article from " + origin + " has no id");
        if (text == null) throw new IllegalArgumentException("article " + id + " has no text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
    }

    public Document toDocument() { return Document.of(id, text, metadata); }
}
