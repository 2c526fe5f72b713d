package org.summitoutcomes.rules;

import java.util.Arrays;
import java.util.List;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;

/**
 * The record a rule's example must yield, as an {@code # expect:} line writes it (frame rules, list lead-ins,
 * pledge words): {@code TYPE | action | modality | PARTIES | object}.
 *
 * @param type     AGREEMENT or COMMITMENT
 * @param action   the record's action
 * @param modality COMMITMENT modality; null for AGREEMENT ({@code -})
 * @param parties  party codes, sorted; empty for none ({@code -})
 * @param object   the record's object text, exactly
 */
public record Expectation(RelationType type, String action, Modality modality, List<String> parties, String object) {

    /**
     * Reads {@code TYPE | action | modality | PARTIES | object}: parties space-separated, {@code -} for none;
     * modality {@code -} for none.
     *
     * @throws IllegalArgumentException naming what is wrong (not five fields, an unknown type or modality)
     */
    public static Expectation parse(String s) {
        String[] f = s.split("\\|", -1);
        if (f.length != 5) throw new IllegalArgumentException("expect needs 'TYPE | action | modality | PARTIES | object': " + s);
        String parties = f[3].strip();
        return new Expectation(RelationType.valueOf(f[0].strip()), f[1].strip(),
                f[2].strip().equals("-") ? null : Modality.parse(f[2].strip()),
                parties.equals("-") ? List.of() : Arrays.stream(parties.split("\\s+")).sorted().toList(), f[4].strip());
    }
}
