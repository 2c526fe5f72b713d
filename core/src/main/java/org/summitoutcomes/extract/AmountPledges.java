package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.rules.Expectation;
import org.summitoutcomes.rules.RuleTable;

/**
 * Money pledges read from the surface of a sentence, where lists of pledges defeat the parser: a party
 * mention, a pledge verb and an amount ("the EU pledged $246 million", also with a qualifier or quotes before
 * the amount: "pledged “up to” $60 million"), and a pledge noun with "from" and parenthesized amounts
 * ("commitments from Chile (USD 5 million), Peru (USD 2 million)"). One pledged COMMITMENT per party and
 * amount, whose object is the MONEY mention. Negated pledges ("did not pledge") give none.
 */
final class AmountPledges {
    /** Tokens allowed between a pledge verb and its amount ("up to", "more than", quotes). */
    private static final int MAX_GAP = 4;

    /**
     * One row of {@code lexicons/pledge-words.tsv}: a word that states a money pledge.
     *
     * @param lemma      lower-case lemma
     * @param verb       true for a verb ("PARTY pledged MONEY"), false for a noun ("pledges from PARTY (MONEY)")
     * @param action     the records' action
     * @param confidence 0–1, copied into each record
     * @param example    the sentence the row is written for
     * @param expect     the record that sentence must yield
     */
    record Word(String lemma, boolean verb, String action, double confidence, String example, Expectation expect) {}

    private final List<Word> rows;
    /** "lemma|verb" or "lemma|noun" → its row */
    private final Map<String, Word> words;
    private final Set<String> negations;

    /**
     * @param rows      the rows of {@code lexicons/pledge-words.tsv} ({@link #parse})
     * @param negations words that negate a verb before it ("not", "never"; {@code lexicons/frame-blockers.tsv}'s modifiers)
     */
    AmountPledges(List<Word> rows, Set<String> negations) {
        Map<String, Word> m = new HashMap<>();
        for (Word w : rows) m.put(w.lemma() + (w.verb() ? "|verb" : "|noun"), w);
        this.rows = List.copyOf(rows);
        this.words = Map.copyOf(m);
        this.negations = Set.copyOf(negations);
    }

    /**
     * The rows of a pledge word table: lemma, "verb" or "noun", action, confidence, each under its
     * {@code # example:} and {@code # expect:} lines.
     *
     * @param name what error messages call the file
     * @throws org.summitoutcomes.lexicon.DataFileException ({@code name:line: what is wrong}) on a bad row
     */
    static List<Word> parse(String name, String text) {
        return RuleTable.read(name, text, r -> {
            List<String> c = r.columns("lemma", "verb or noun", "action", "confidence");
            if (!Set.of("verb", "noun").contains(c.get(1))) throw new IllegalArgumentException("expected 'verb' or 'noun', got '" + c.get(1) + "'");
            return new Word(c.get(0), c.get(1).equals("verb"), c.get(2), RuleTable.confidence(c.get(3)), r.example(), r.expect());
        });
    }

    /** The rows, in file order. */
    List<Word> words() { return rows; }

    /** @param over the mention over each token of the segment ({@link org.summitoutcomes.model.Document#mentionsByToken}) */
    List<Relation> read(Context ctx, Segment seg, Mention[] over, Parties parties) {
        List<Token> toks = seg.tokens();
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String lemma = t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            String pos = t.pos() == null ? "" : t.pos();
            Word verb = words.get(lemma + "|verb");
            Word noun = words.get(lemma + "|noun");
            if (verb != null && pos.startsWith("VB")) verbPledge(ctx, seg, parties, over, i, verb, out);
            else if (noun != null && pos.startsWith("NN")) nounList(ctx, seg, parties, over, i, noun, out);
        }
        return out;
    }

    /** "PARTY [has, also, will] pledged [up to] MONEY". */
    private void verbPledge(Context ctx, Segment seg, Parties parties, Mention[] over, int v, Word word, List<Relation> out) {
        List<Token> toks = seg.tokens();
        int p = v - 1;
        while (p >= 0 && over[p] == null && p >= v - 3) {
            String w = toks.get(p).word().toLowerCase(Locale.ROOT);
            if (negations.contains(w)) return;
            String pos = toks.get(p).pos() == null ? "" : toks.get(p).pos();
            if (!(pos.equals("RB") || pos.equals("MD") || pos.startsWith("VB"))) return;
            p--;
        }
        if (p < 0 || over[p] == null) return;
        int partyStart = p;
        while (partyStart > 0 && over[partyStart - 1] == over[p]) partyStart--;
        List<String> ps = parties.resolve(ctx, seg, partyStart, p + 1);
        if (ps.isEmpty()) return;
        Mention money = amountAfter(toks, over, v + 1);
        if (money != null) out.add(record(ctx, seg, word, ps, money));
    }

    /** "commitments from PARTY (MONEY), PARTY (MONEY) and PARTY (MONEY)". */
    private void nounList(Context ctx, Segment seg, Parties parties, Mention[] over, int n, Word word, List<Relation> out) {
        List<Token> toks = seg.tokens();
        if (n + 1 >= toks.size() || !toks.get(n + 1).word().equalsIgnoreCase("from")) return;
        int i = n + 2;
        while (i < toks.size()) {
            while (i < toks.size() && over[i] == null && Set.of(",", "and", "the").contains(toks.get(i).word().toLowerCase(Locale.ROOT))) i++;
            if (i >= toks.size() || over[i] == null) return;
            int end = i;
            while (end + 1 < toks.size() && over[end + 1] == over[i]) end++;
            if (end + 3 >= toks.size() || !toks.get(end + 1).word().equals("(") && !"-LRB-".equals(toks.get(end + 1).pos())) return;
            Mention money = over[end + 2];
            if (money == null || money.type() != EntityType.MONEY) return;
            int close = end + 2;
            while (close < toks.size() && over[close] == money) close++;
            List<String> ps = parties.resolve(ctx, seg, i, end + 1);
            if (ps.isEmpty()) return;
            out.add(record(ctx, seg, word, ps, money));
            i = close + 1;
        }
    }

    /** The MONEY mention starting within {@link #MAX_GAP} tokens after {@code from}, over qualifiers and quotes only. */
    private static Mention amountAfter(List<Token> toks, Mention[] over, int from) {
        for (int k = from; k < toks.size() && k <= from + MAX_GAP; k++) {
            if (over[k] != null) return over[k].type() == EntityType.MONEY ? over[k] : null;
            String pos = toks.get(k).pos() == null ? "" : toks.get(k).pos();
            if (!(pos.equals("``") || pos.equals("''") || pos.equals("IN") || pos.equals("TO") || pos.equals("RB") || pos.equals("JJR")
                    || pos.equals("RP"))) return null;
        }
        return null;
    }

    private static Relation record(Context ctx, Segment seg, Word word, List<String> ps, Mention money) {
        String[] datePlace = ctx.datePlaces.of(seg, money.span());
        return new Relation(null, RelationType.COMMITMENT, word.action(), Modality.PLEDGED, ps, money.text(), money.id(), datePlace[0],
                datePlace[1], null, seg.span(), word.confidence(), "amount-pledge");
    }
}
