package org.summitoutcomes.score;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code evaluate --doc-gold} reports.
 *
 * @param entities   per entity type (COUNTRY … QUANTITY, in the scorer's order) the counts of distinct values
 * @param relations  per relation type (AGREEMENT, COMMITMENT) the counts of records
 * @param attributes per attribute (parties, modality, date) how many matched pairs agree on it; modality is
 *                   counted on COMMITMENT pairs only
 * @param goldDocs   how many gold articles were scored
 * @param missing    ids of gold articles with no predicted record (scored as empty)
 * @param errors     every missed gold value or record, every false predicted one, every matched pair whose
 *                   parties, modality or date differ
 */
public record DocScores(Map<String, Prf> entities, Map<String, Prf> relations, Map<String, Share> attributes, int goldDocs,
                        List<String> missing, List<DocError> errors) {
    /** The headline entity types of the core micro F1. */
    public static final List<String> CORE = List.of("COUNTRY", "LEADER", "CENTER", "DOCUMENT", "MONEY", "DATE");
    /** The other entity types, scored and printed after the core ones. */
    public static final List<String> EXTRA = List.of("PERSON", "MECHANISM", "INITIATIVE", "ORGANIZATION", "LOCATION", "QUANTITY");
    /** The relation types. */
    public static final List<String> RELATION_TYPES = List.of("AGREEMENT", "COMMITMENT");
    /** The attributes compared on matched relation pairs. */
    public static final List<String> ATTRIBUTES = List.of("parties", "modality", "date");

    public DocScores {
        entities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entities));
        relations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(relations));
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        missing = List.copyOf(missing);
        errors = List.copyOf(errors);
    }

    /** Of {@code of} matched pairs, {@code right} agree; the share is 0 when there are no pairs. */
    public record Share(int right, int of) {
        public double share() { return of == 0 ? 0.0 : (double) right / of; }

        Share plus(boolean ok) { return new Share(right + (ok ? 1 : 0), of + 1); }
    }

    /**
     * A false negative ({@code FN}: gold, not found), false positive ({@code FP}: predicted, not in the gold) or,
     * for a matched relation pair, a difference ({@code DIFF}) in parties, modality or date.
     *
     * @param layer    "entity" or "relation"
     * @param type     the entity or relation type
     * @param text     the entity value or the relation object
     * @param evidence the relation's evidence sentence ("" for entities)
     * @param rule     the predicted relation's rule id ({@code null} for gold records and entities)
     * @param detail   parties, modality and date of the record, or for DIFF the gold and predicted values that differ
     */
    public record DocError(String doc, String kind, String layer, String type, String text, String evidence, String rule, String detail) {}

    /** Micro-averaged counts over the core entity types. */
    public Prf coreEntities() { return Scores.micro(entities, java.util.Set.copyOf(CORE)); }

    /** Micro-averaged counts over both relation types. */
    public Prf allRelations() { return Scores.micro(relations, null); }

    /** The share of matched pairs right on one attribute (0 when none matched). */
    public double share(String attribute) { return attributes.getOrDefault(attribute, new Share(0, 0)).share(); }
}
