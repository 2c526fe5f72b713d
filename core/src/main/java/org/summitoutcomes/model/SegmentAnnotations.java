package org.summitoutcomes.model;

/**
 * An NLP engine's structures over a document's segments (for CoreNLP: each segment's token labels with POS,
 * lemma and entity type), built once by the stage that tags the document and read by the later stage that
 * parses it, so that no stage converts the tokens to the engine's structures again. Opaque here: the model
 * knows no engine. Not part of the document's value: {@link Document#equals} ignores it, nothing serializes
 * it, a document given new segments or mentions drops it, and a pipeline's result never carries it.
 */
public interface SegmentAnnotations {
    /** How many segments the structures cover: one per segment of the document, in order. */
    int size();
}
