package org.summitoutcomes.pipeline;

/** What a stage needs from, or adds to, a document. */
public enum Feature {
    /** The raw text and whatever metadata the reader found (every document starts with it). */
    TEXT,
    /** Metadata lines, datelines, headline and boilerplate identified; excluded ranges set. */
    METADATA,
    /** Sentences, list items, headings and their tokens. */
    SEGMENTS,
    /** Entity mentions with normalized values. */
    ENTITIES,
    /** AGREEMENT and COMMITMENT records. */
    RELATIONS
}
