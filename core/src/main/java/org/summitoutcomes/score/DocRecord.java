package org.summitoutcomes.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's records at document level: per entity type the values as listed (gold: the distinct
 * normalized values; predicted: every mention's normalized value, else its text, in mention order, not yet
 * de-duplicated), and the outcome records.
 *
 * @param id        the article id that pairs gold and prediction
 * @param entities  entity type name (COUNTRY …) to values, in order
 * @param relations outcome records in file order
 */
public record DocRecord(String id, Map<String, List<String>> entities, List<DocOutcome> relations) {
    public DocRecord {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("record without an id");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        entities.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableList(new java.util.ArrayList<>(v))));
        entities = java.util.Collections.unmodifiableMap(copy);
        relations = List.copyOf(relations);
    }

    /** The values of one type, empty when there are none. */
    public List<String> values(String type) { return entities.getOrDefault(type, List.of()); }

    /** The outcome records of one type, in file order. */
    public List<DocOutcome> relations(String type) { return relations.stream().filter(r -> type.equals(r.type())).toList(); }
}
