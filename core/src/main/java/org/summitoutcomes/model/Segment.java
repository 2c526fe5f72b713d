package org.summitoutcomes.model;

import java.util.List;

/**
 * A sentence, list item, heading or title line. {@code marker} is a list item's or heading's number or
 * bullet ("14", "•", "II"), outside {@code span}. {@code heading} is the index of the heading segment a list
 * item stands under and {@code leadIn} the index of the sentence that introduces its list (both -1 when
 * absent), so later stages can read the item in its context.
 */
public record Segment(int index, Kind kind, Span span, String marker, int heading, int leadIn, List<Token> tokens) {
    public enum Kind { TITLE, HEADING, SENTENCE, LIST_ITEM }

    public Segment {
        tokens = List.copyOf(tokens);
        if (index < 0) throw new IllegalArgumentException("segment index " + index);
    }

    public boolean isListItem() { return kind == Kind.LIST_ITEM; }

    public Segment withTokens(List<Token> newTokens) {
        return new Segment(index, kind, span, marker, heading, leadIn, newTokens);
    }
}
