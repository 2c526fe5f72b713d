package org.summitoutcomes.model;

/**
 * One token with its part of speech and lemma. {@code ner} and {@code nerValue} hold the statistical
 * tagger's label and normalized value once the tag stage has run (null before).
 */
public record Token(Span span, String word, String pos, String lemma, String ner, String nerValue) {
    public Token {
        if (span == null || word == null) throw new IllegalArgumentException("token needs a span and a word");
    }

    public Token withNer(String label, String value) { return new Token(span, word, pos, lemma, label, value); }
}
