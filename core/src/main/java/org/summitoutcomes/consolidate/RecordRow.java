package org.summitoutcomes.consolidate;

import java.io.Serializable;
import java.util.List;

/**
 * One relation record as consolidation sees it: its place ({@code docId}, {@code relationId}), the fields that
 * decide which outcome it reports, its article's metadata and its event coding. {@code parties} and
 * {@code recipients} sorted; {@code date} ISO 8601 (a day, month, year or {@code start/end} range) or
 * {@code null}; evidence offsets in code points. Serializable so that the Spark job can shuffle it.
 */
public record RecordRow(String docId, String relationId, String type, String lemma, String modality,
                        List<String> parties, String object, String objectNormalized, String date,
                        String published, String source, int evidenceStart, int evidenceEnd, String evidenceText,
                        String action, String ploverType, String ploverMode, String cameo,
                        List<String> partyTypes, List<String> recipients) implements Serializable {
    public RecordRow {
        if (docId == null || relationId == null || type == null) throw new IllegalArgumentException("record row needs doc id, relation id and type");
        parties = parties == null ? List.of() : parties.stream().distinct().sorted().toList();
        partyTypes = partyTypes == null ? List.of() : List.copyOf(partyTypes);
        recipients = recipients == null ? List.of() : recipients.stream().distinct().sorted().toList();
    }

    /** {@code doc_id#relation_id}: the record's reference in the outcome files. */
    public String ref() { return docId + "#" + relationId; }

    /** A record with no parties or no object is never merged with others (an {@code unresolved} outcome). */
    public boolean unresolved() { return parties.isEmpty() || object == null || object.isBlank(); }

    /** The object consolidation compares: the object entity's normalized name when there is one, else the object text. */
    public String objectName() {
        return objectNormalized != null && !objectNormalized.isBlank() ? objectNormalized : object == null ? "" : object;
    }
}
