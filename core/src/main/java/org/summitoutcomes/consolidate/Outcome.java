package org.summitoutcomes.consolidate;

import java.io.Serializable;
import java.util.List;

/**
 * One outcome reported by one or more records across the batch (README: {@code outcomes.jsonl}).
 * {@code outcomeId} is {@code O} + 12 hex digits of a hash of the canonical key; {@code date} the most precise
 * agreeing date and {@code datePrecision} day/month/year/range/other ({@code null} without a date);
 * {@code firstReported} the earliest publication date of its articles; {@code mentions} records,
 * {@code sources} distinct known sources, {@code articles} distinct articles; {@code records} the
 * {@code doc_id#relation_id} references of its records, sorted; {@code unresolved} for a record with no parties
 * or no object, kept as its own outcome.
 */
public record Outcome(String outcomeId, String type, String action, String modality, String ploverType, String ploverMode,
                      String cameo, String object, List<String> parties, List<String> partyTypes, List<String> recipients,
                      String date, String datePrecision, String firstReported, int mentions, int sources, int articles,
                      boolean unresolved, List<String> records, List<String> documents) implements Serializable {
    public Outcome {
        parties = List.copyOf(parties);
        partyTypes = List.copyOf(partyTypes);
        recipients = List.copyOf(recipients);
        records = List.copyOf(records);
        documents = List.copyOf(documents);
    }
}
