package org.summitoutcomes.model;

import java.util.List;

/**
 * One article as it moves through the pipeline: immutable; each stage returns a new document.
 * {@code excluded} are ranges of the text (metadata lines, site boilerplate) that extraction skips;
 * offsets everywhere index {@code text} unchanged. {@code annotations} are the NLP engine's structures over
 * the segments, passed from the tag stage to the extract stage (null when none were built, or the segments or
 * mentions changed since); they are not part of the document's value ({@link #equals} ignores them).
 */
public record Document(String id, Metadata metadata, Text text, List<Span> excluded, List<Segment> segments,
                       List<Mention> mentions, List<Relation> relations, List<String> warnings, SegmentAnnotations annotations) {
    public Document {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document needs an id");
        excluded = List.copyOf(excluded);
        segments = List.copyOf(segments);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
        if (annotations != null && annotations.size() != segments.size()) {
            throw new IllegalArgumentException("segment annotations cover " + annotations.size() + " segments, the document has " + segments.size());
        }
    }

    /** A document without engine structures. */
    public Document(String id, Metadata metadata, Text text, List<Span> excluded, List<Segment> segments,
                    List<Mention> mentions, List<Relation> relations, List<String> warnings) {
        this(id, metadata, text, excluded, segments, mentions, relations, warnings, null);
    }

    public static Document of(String id, String text, Metadata metadata) {
        return new Document(id, metadata, new Text(text), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Document withMetadata(Metadata m) { return new Document(id, m, text, excluded, segments, mentions, relations, warnings, annotations); }
    public Document withExcluded(List<Span> e) { return new Document(id, metadata, text, e, segments, mentions, relations, warnings, annotations); }
    /** New segments: the engine structures built over the old ones are dropped. */
    public Document withSegments(List<Segment> s) { return new Document(id, metadata, text, excluded, s, mentions, relations, warnings, null); }
    /** New mentions: the engine structures (which carry each token's entity type) are dropped. */
    public Document withMentions(List<Mention> m) { return new Document(id, metadata, text, excluded, segments, m, relations, warnings, null); }
    public Document withRelations(List<Relation> r) { return new Document(id, metadata, text, excluded, segments, mentions, r, warnings, annotations); }

    /**
     * The same document carrying engine structures over its segments, or none ({@code null}).
     *
     * @throws IllegalArgumentException when they do not cover exactly the document's segments
     */
    public Document withAnnotations(SegmentAnnotations a) { return new Document(id, metadata, text, excluded, segments, mentions, relations, warnings, a); }

    public Document withWarning(String w) {
        var all = new java.util.ArrayList<>(warnings);
        all.add(w);
        return new Document(id, metadata, text, excluded, segments, mentions, relations, all, annotations);
    }

    public String cover(Span span) { return text.substring(span); }

    /**
     * For each token of one of this document's segments, the first mention (in text order) whose span covers
     * the token's, else null; the array has one entry per token.
     */
    public Mention[] mentionsByToken(Segment segment) {
        List<Token> tokens = segment.tokens();
        Mention[] over = new Mention[tokens.size()];
        List<Mention> here = new java.util.ArrayList<>();
        for (Mention m : mentions) if (m.span().start() < segment.span().end() && segment.span().start() < m.span().end()) here.add(m);
        for (int i = 0; i < tokens.size(); i++) {
            for (Mention m : here) if (m.span().contains(tokens.get(i).span())) { over[i] = m; break; }
        }
        return over;
    }

    /** Equal when every field but the engine structures is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && id.equals(d.id) && java.util.Objects.equals(metadata, d.metadata) && text.equals(d.text)
                && excluded.equals(d.excluded) && segments.equals(d.segments) && mentions.equals(d.mentions)
                && relations.equals(d.relations) && warnings.equals(d.warnings);
    }

    @Override
    public int hashCode() { return java.util.Objects.hash(id, metadata, text, excluded, segments, mentions, relations, warnings); }
}
