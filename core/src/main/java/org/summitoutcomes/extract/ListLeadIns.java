package org.summitoutcomes.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.rules.Expectation;
import org.summitoutcomes.rules.RuleTable;

/**
 * The lead-in grammar of outcome lists ({@code rules/list-lead-ins.tsv}): whether a heading, or a sentence
 * that ends in a colon, announces outcome records, and which. The first listed word of the lead-in, in text
 * order (by lemma or lower-case form), types the list.
 */
final class ListLeadIns {
    /**
     * One row of the table: what a lead-in makes of its items.
     *
     * @param word             the lead-in word (lemma or lower-case form); records' rule ids are {@code list-}/{@code inline-list-} + word
     * @param type             AGREEMENT or COMMITMENT
     * @param action           the records' action; null means the item's leading verb ("item" in the file)
     * @param fallbackAction   the action where the item has no leading verb, and of a semicolon list's items: a verb
     *                         lemma ("item decide" in the file; "item" alone: the word, a verb)
     * @param modality         COMMITMENT modality; null for AGREEMENT
     * @param listConfidence   0–1, of a record of an item under a lead-in line or heading ({@link ListItems})
     * @param inlineConfidence 0–1, of a record of an item of a semicolon list inside one sentence ({@link InlineLists})
     * @param example          the text the row is written for
     * @param expect           the record that text must yield
     */
    record LeadIn(String word, RelationType type, String action, String fallbackAction, Modality modality, double listConfidence, double inlineConfidence,
                  String example, Expectation expect) {
        LeadIn {
            if (type == RelationType.COMMITMENT && modality == null) throw new IllegalArgumentException(word + ": COMMITMENT needs a modality");
        }
    }

    private final List<LeadIn> rules;
    private final Map<String, LeadIn> byWord = new HashMap<>();

    /** @param rules the table's rows, in file order */
    ListLeadIns(List<LeadIn> rules) {
        this.rules = List.copyOf(rules);
        for (LeadIn l : rules) byWord.put(l.word(), l);
    }

    /**
     * The table of a rule file ({@code rules/list-lead-ins.tsv}): word, type, action, modality, list confidence,
     * inline confidence, each row under its {@code # example:} and {@code # expect:} lines.
     *
     * @param name what error messages call the file
     * @throws org.summitoutcomes.lexicon.DataFileException ({@code name:line: what is wrong}) on a bad row
     */
    static ListLeadIns parse(String name, String text) {
        return new ListLeadIns(RuleTable.read(name, text, r -> {
            List<String> c = r.columns("word", "type", "action", "modality", "list confidence", "inline confidence");
            String action = c.get(2);
            boolean byItem = action.equals("item") || action.startsWith("item ");
            String fallback = !byItem ? action : action.equals("item") ? c.get(0) : action.substring("item ".length()).strip();
            return new LeadIn(c.get(0), RelationType.valueOf(c.get(1)), byItem ? null : action, fallback,
                    c.get(3).equals("-") ? null : Modality.parse(c.get(3)), RuleTable.confidence(c.get(4)), RuleTable.confidence(c.get(5)),
                    r.example(), r.expect());
        }));
    }

    /** The rows, in file order (for the test that every row yields its expected record on its example). */
    List<LeadIn> rules() { return rules; }

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
