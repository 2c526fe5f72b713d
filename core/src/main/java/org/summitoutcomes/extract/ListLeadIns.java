package org.summitoutcomes.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;

/**
 * The lead-in grammar of outcome lists ({@code rules/list-lead-ins.tsv}): whether a heading, or a sentence
 * that ends in a colon, announces outcome records, and which. The first listed word of the lead-in, in text
 * order (by lemma or lower-case form), types the list.
 */
final class ListLeadIns {
    /** What a lead-in makes of its items; {@code action} null means the item's leading verb. */
    record LeadIn(String word, RelationType type, String action, Modality modality) {}

    private final Map<String, LeadIn> byWord = new HashMap<>();

    ListLeadIns(List<String[]> rows) {
        for (String[] r : rows) {
            byWord.put(r[0], new LeadIn(r[0], RelationType.valueOf(r[1]), r[2].equals("item") ? null : r[2],
                    r[3].equals("-") ? null : Modality.parse(r[3])));
        }
    }

    /** What a segment announces for the list below it, or null when it is no outcome lead-in. */
    LeadIn of(Segment s) {
        List<Token> toks = s.tokens();
        if (toks.isEmpty()) return null;
        boolean announces = s.kind() == Segment.Kind.HEADING || toks.get(toks.size() - 1).word().equals(":");
        if (!announces) return null;
        return firstIn(toks);
    }

    /** The first listed word among some tokens, in text order, with what it announces; or null. */
    LeadIn firstIn(List<Token> toks) {
        for (Token t : toks) {
            if (t.pos() != null && (t.pos().startsWith("JJ") || t.pos().equals("VBG"))) continue; // "far-reaching": a modifier, not the outcome word
            LeadIn l = byWord.get(t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT));
            if (l == null) l = byWord.get(t.word().toLowerCase(Locale.ROOT));
            if (l != null) return l;
        }
        return null;
    }
}
