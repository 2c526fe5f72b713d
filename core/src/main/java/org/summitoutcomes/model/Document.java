package org.summitoutcomes.model;

import java.util.List;

/**
 * One article as it moves through the pipeline: immutable; each stage returns a new document.
 * {@code excluded} are ranges of the text (metadata lines, site boilerplate) that extraction skips;
 * offsets everywhere index {@code text} unchanged.
 */
public record Document(String id, Metadata metadata, Text text, List<Span> excluded, List<Segment> segments,
                       List<Mention> mentions, List<Relation> relations, List<String> warnings) {
    public Document {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document needs an id");
        excluded = List.copyOf(excluded);
        segments = List.copyOf(segments);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
    }

    public static Document of(String id, String text, Metadata metadata) {
        return new Document(id, metadata, new Text(text), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Document withMetadata(Metadata m) { return new Document(id, m, text, excluded, segments, mentions, relations, warnings); }
    public Document withExcluded(List<Span> e) { return new Document(id, metadata, text, e, segments, mentions, relations, warnings); }
    public Document withSegments(List<Segment> s) { return new Document(id, metadata, text, excluded, s, mentions, relations, warnings); }
    public Document withMentions(List<Mention> m) { return new Document(id, metadata, text, excluded, segments, m, relations, warnings); }
    public Document withRelations(List<Relation> r) { return new Document(id, metadata, text, excluded, segments, mentions, r, warnings); }

    public Document withWarning(String w) {
        var all = new java.util.ArrayList<>(warnings);
        all.add(w);
        return new Document(id, metadata, text, excluded, segments, mentions, relations, all);
    }

    public String cover(Span span) { return text.substring(span); }
}
