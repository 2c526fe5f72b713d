package org.summitoutcomes.model;

import java.util.List;

/**
 * One AGREEMENT or COMMITMENT record (contract section 2). {@code coding} is what consolidation adds (outcome id,
 * event codes, actor types, recipients); {@code null} until then.
 */
public record Relation(String id, RelationType type, String action, Modality modality, List<String> parties,
                       String object, String objectEntity, String date, String place, String speaker,
                       Span evidence, double confidence, String rule, EventCoding coding) {
    public Relation {
        if (type == null || object == null || object.isBlank() || evidence == null) {
            throw new IllegalArgumentException("relation needs type, object and evidence");
        }
        if (type == RelationType.COMMITMENT && modality == null) {
            throw new IllegalArgumentException("COMMITMENT needs a modality: " + object);
        }
        parties = parties == null ? List.of() : parties.stream().distinct().sorted().toList();
    }

    /** A record before consolidation (no coding). */
    public Relation(String id, RelationType type, String action, Modality modality, List<String> parties,
                    String object, String objectEntity, String date, String place, String speaker,
                    Span evidence, double confidence, String rule) {
        this(id, type, action, modality, parties, object, objectEntity, date, place, speaker, evidence, confidence, rule, null);
    }

    public Relation withDate(String newDate) {
        return new Relation(id, type, action, modality, parties, object, objectEntity, newDate, place, speaker, evidence, confidence, rule, coding);
    }

    public Relation withId(String newId) {
        return new Relation(newId, type, action, modality, parties, object, objectEntity, date, place, speaker, evidence, confidence, rule, coding);
    }

    public Relation withCoding(EventCoding c) {
        return new Relation(id, type, action, modality, parties, object, objectEntity, date, place, speaker, evidence, confidence, rule, c);
    }
}
