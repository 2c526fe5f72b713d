package org.summitoutcomes.tag;

import java.util.Map;

/**
 * A possible mention before overlaps are resolved: tokens {@code [from, to)} of segment {@code segment}.
 * {@code tier} 2 is a gazetteer or pattern rule, 1 the statistical tagger; within a tier the longer
 * candidate wins, then the higher {@code priority}. {@code surname}: a leader's bare surname, left without a
 * normalized name here and resolved to the full name within the article (never part of the mention).
 */
record Candidate(int segment, int from, int to, String type, String normalized, Map<String, String> attributes,
                 String rule, int tier, int priority, boolean surname) {
    /** A candidate that is not a bare leader surname. */
    Candidate(int segment, int from, int to, String type, String normalized, Map<String, String> attributes,
              String rule, int tier, int priority) {
        this(segment, from, to, type, normalized, attributes, rule, tier, priority, false);
    }

    int length() { return to - from; }

    boolean overlaps(Candidate o) { return segment == o.segment && from < o.to && o.from < to; }

    Candidate withRange(int f, int t) { return new Candidate(segment, f, t, type, normalized, attributes, rule, tier, priority, surname); }
}
