package org.summitoutcomes.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * An entity mention. {@code attributes} carries type-specific fields (LEADER: country, role; MONEY and
 * QUANTITY: qualifier); {@code rule} names what produced it (a gazetteer, a pattern rule, the statistical
 * tagger, or "gold").
 */
public record Mention(String id, EntityType type, Span span, String text, String normalized,
                      Map<String, String> attributes, String rule) {
    public Mention {
        if (type == null || span == null || text == null) throw new IllegalArgumentException("mention needs type, span, text");
        if (span.length() == 0) throw new IllegalArgumentException("empty mention span at " + span.start());
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public Mention withId(String newId) { return new Mention(newId, type, span, text, normalized, attributes, rule); }

    public Mention withNormalized(String value) { return new Mention(id, type, span, text, value, attributes, rule); }

    public Mention withAttributes(Map<String, String> attrs) { return new Mention(id, type, span, text, normalized, attrs, rule); }
}
