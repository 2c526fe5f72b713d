package org.summitoutcomes.extract;

import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;

/** Who states an outcome in one article: the person or leader a speech verb or "according to" attributes it to. */
final class Speakers {
    private final Context ctx;
    /** lemmas of speech verbs ({@code lexicons/speech-verbs.txt}: say, announce, stress …) */
    private final Set<String> speechVerbs;

    Speakers(Context ctx, Set<String> speechVerbs) {
        this.ctx = ctx;
        this.speechVerbs = Set.copyOf(speechVerbs);
    }

    /**
     * The comma that opens a trailing attribution among tokens {@code [from, to]} of a segment: a speech verb right
     * after it (", said Premier Li"), a name, pronoun or noun phrase of at most eight words and then a speech verb
     * (", Premier Li Qiang told …", ", officials said", ", he said"), or "according to"; -1 when there is none. An object stops
     * before it (issue 15: "… in Astana on Tuesday, officials said" → the object without the attribution).
     */
    int attributionComma(Segment seg, int from, int to) {
        List<Token> toks = seg.tokens();
        for (int c = from + 1; c <= to && c < toks.size(); c++) {
            if (!toks.get(c).word().equals(",")) continue;
            for (int k = c + 1; k < toks.size() && k <= c + 9; k++) {
                Token t = toks.get(k);
                String pos = t.pos() == null ? "" : t.pos();
                if (t.lemma() != null && speechVerbs.contains(t.lemma()) && pos.startsWith("VB") && !pos.equals("VBG") && !pos.equals("VBN")) return c;
                if (t.word().equalsIgnoreCase("according") && k == c + 1) return c;
                if (!(pos.startsWith("NN") || pos.equals("DT") || pos.equals("JJ") || pos.equals("POS") || pos.equals("CD") || pos.equals("HYPH")
                        || pos.equals("PRP"))) break; // ", he said"
            }
        }
        return -1;
    }

    /**
     * Who states what the trigger says: the person or leader before a speech verb that precedes the
     * trigger ("Xi said that …"), after a speech verb that follows it ("…, said Cui"), after "according to",
     * or the leader who calls on others. Null when the text attributes it to nobody.
     */
    String of(Segment seg, int trigger) {
        List<Token> toks = seg.tokens();
        for (int i = trigger - 1; i >= 0; i--) {
            if (speechVerbs.contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
                String s = near(seg, i, -1);
                if (s != null) return s;
            }
        }
        for (int i = trigger + 1; i < toks.size(); i++) {
            if (speechVerbs.contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
                String s = near(seg, i, +1);
                if (s == null) s = near(seg, i, -1);
                if (s != null) return s;
            }
            if (toks.get(i).word().equalsIgnoreCase("according") && i + 1 < toks.size() && toks.get(i + 1).word().equals("to")) {
                String s = near(seg, i + 1, +1);
                if (s != null) return s;
            }
        }
        return null;
    }

    /**
     * The first person or leader within eight tokens of {@code from} in the given direction; "he" or "she" before
     * it stands for the person or leader {@link Context#antecedent} gives.
     */
    String near(Segment seg, int from, int direction) {
        List<Token> toks = seg.tokens();
        for (int k = 1; k <= 8; k++) {
            int i = from + k * direction;
            if (i < 0 || i >= toks.size()) break;
            Mention m = ctx.mentionAtToken(seg, i);
            if (m != null && (m.type() == EntityType.LEADER || m.type() == EntityType.PERSON)) return m.normalized();
            String w = toks.get(i).word();
            if ((w.equals("He") || w.equals("She") || w.equals("he") || w.equals("she")) && direction < 0) {
                Mention m2 = ctx.antecedent(seg, toks.get(i).span().start(), x -> x.type() == EntityType.LEADER || x.type() == EntityType.PERSON);
                return m2 == null ? null : m2.normalized();
            }
        }
        return null;
    }
}
