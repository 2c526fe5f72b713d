package org.summitoutcomes.model;

import java.util.List;

/**
 * What consolidation adds to a record: the outcome it belongs to and its event coding.
 * {@code outcomeId} is {@code O} + 12 hex digits ({@code null} before consolidation); {@code action} one of the
 * closed actions of {@code lexicons/actions.tsv}; {@code ploverType}, {@code ploverMode} and {@code cameo} from
 * {@code lexicons/event-codes.tsv} ({@code ploverMode} may be {@code null}); {@code partyTypes} one actor type
 * (STATE, IGO, LEADER) per party, in the order of the record's parties; {@code recipients} the sorted ISO-3
 * codes or acronyms of those the commitment benefits (empty when the text names none).
 */
public record EventCoding(String outcomeId, String action, String ploverType, String ploverMode, String cameo,
                          List<String> partyTypes, List<String> recipients) implements java.io.Serializable {
    public EventCoding {
        partyTypes = partyTypes == null ? List.of() : List.copyOf(partyTypes);
        recipients = recipients == null ? List.of() : recipients.stream().distinct().sorted().toList();
    }

}
