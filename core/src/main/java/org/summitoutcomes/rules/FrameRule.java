package org.summitoutcomes.rules;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;

/**
 * One outcome frame rule of {@code rules/frames.semgrex}: a Semgrex pattern over a clause's enhanced++
 * Universal Dependencies graph and everything the match means. The pattern names its nodes: {@code object}
 * (required) heads what was agreed or committed (a verb: the committed action with its complements; a noun:
 * the thing itself), {@code trigger} the word that states the outcome (the object itself when unnamed), and
 * {@code party} the phrase that gives the parties when {@link #parties()} is {@link PartySource#NODE}.
 *
 * @param id          the rule's name, copied into each record's {@code rule} field
 * @param type        AGREEMENT or COMMITMENT
 * @param action      a fixed action ("sign"); {@link #LEMMA}: the object verb's lemma, else the trigger's;
 *                    {@link #DOCUMENT}: the kind of each document the object names (declarations are adopted,
 *                    treaties signed)
 * @param modality    COMMITMENT modality; null for AGREEMENT
 * @param parties     where the parties come from
 * @param confidence  0–1, copied into each record
 * @param example     the sentence the rule is written for
 * @param expect      the record the example must yield
 */
public record FrameRule(String id, SemgrexPattern pattern, RelationType type, String action, Modality modality,
                        PartySource parties, double confidence, String example, Expectation expect) {

    /** The action value that stands for the object verb's lemma. */
    public static final String LEMMA = "lemma";
    /** The action value that stands for the kind of document signed or adopted. */
    public static final String DOCUMENT = "document";

    /** Where a frame's parties come from. */
    public enum PartySource {
        /** the phrase bound to the pattern's {@code party} node (a subject or an agent); a node that names no party gives no record */
        NODE,
        /** the {@code party} node when it names parties (the addressees of a call), else an empty list */
        ADDRESSEES,
        /** the trigger's subject as for {@link #NODE} (nominal triggers: the verb's subject); else the participants */
        SUBJECT_OR_PARTICIPANTS,
        /** the article's participants: the states or bodies the article reports as meeting */
        PARTICIPANTS,
        /** nobody named: an empty party list */
        NONE
    }

    public FrameRule {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("frame rule without an id");
        if (type == RelationType.COMMITMENT && modality == null) throw new IllegalArgumentException(id + ": COMMITMENT needs a modality");
        if (confidence <= 0 || confidence > 1) throw new IllegalArgumentException(id + ": confidence " + confidence + " is not in (0, 1]");
    }
}
