package org.summitoutcomes.score;

import java.util.List;

/**
 * One outcome record as the document-level scorer sees it, gold or predicted alike.
 *
 * @param type       AGREEMENT or COMMITMENT (any other string is never matched)
 * @param modality   decided/pledged/planned/proposed, or {@code null}
 * @param parties    party codes, sorted (as the scorer compares them)
 * @param object     what was agreed or committed, or {@code null}
 * @param date       ISO 8601 date, month, year or range, or {@code null}
 * @param evidence   the sentence or list item that states it ("" when unknown); not scored
 * @param rule       the id of the rule that produced a predicted record, {@code null} for gold; not scored
 */
public record DocOutcome(String type, String modality, List<String> parties, String object, String date, String evidence, String rule) {
    public DocOutcome {
        parties = parties.stream().sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).toList();
        evidence = evidence == null ? "" : evidence;
    }
}
