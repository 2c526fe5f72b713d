package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/** A verb phrase after a trigger ("to establish three cooperation centers"), split into its conjuncts. */
record Vp(Span span, String action, Span verb) {
    private static final Set<String> STOP = Set.of(".", ";", ":", "!", "?", "”", "\"");
    private static final Set<String> SKIP_VERBS = Set.of("continue", "work", "strive");

    String verbText(Document doc) { return doc.cover(verb); }

    /** The conjoined verb phrases starting at token {@code start}. */
    static List<Vp> after(List<Token> toks, int start) {
        int i = start;
        while (i < toks.size() && (toks.get(i).pos().equals("RB") || toks.get(i).word().equals("to"))) i++;
        if (i < toks.size() && toks.get(i).lemma().equals("continue") && i + 1 < toks.size() && toks.get(i + 1).word().equals("to")) i += 2;
        if (i >= toks.size() || !toks.get(i).pos().startsWith("VB")) return List.of();
        boolean gerund = toks.get(i).pos().equals("VBG");
        int end = i;
        while (end < toks.size() && !STOP.contains(toks.get(end).word())) {
            if (toks.get(end).word().equals(",") && end + 1 < toks.size()) {
                Token next = toks.get(end + 1);
                // a comma continues the phrase before another verb of the list, or inside a list of modifiers
                // ("an open, inclusive, fair, and just order")
                boolean modifiers = next.pos().startsWith("JJ") || next.word().equals("and") && end + 2 < toks.size()
                        && toks.get(end + 2).pos().startsWith("JJ");
                boolean continues = modifiers || next.pos().equals(gerund ? "VBG" : "VB") || next.word().equals("and")
                        && end + 2 < toks.size() && toks.get(end + 2).pos().equals(gerund ? "VBG" : "VB");
                if (!continues) break;
            }
            end++;
        }
        List<Vp> out = new ArrayList<>();
        int s = i;
        for (int k = i + 1; k <= end; k++) {
            boolean split = k == end;
            if (!split) {
                String w = toks.get(k).word();
                boolean sep = w.equals(",") || w.equals("and");
                int v = k + 1;
                while (v < end && (toks.get(v).word().equals("and") || toks.get(v).pos().equals("RB"))) v++;
                split = sep && v < end && toks.get(v).pos().equals(gerund ? "VBG" : "VB") && !toks.get(k - 1).word().equals("to");
            }
            if (split) {
                int e = k;
                while (e > s && (toks.get(e - 1).word().equals(",") || toks.get(e - 1).word().equals("and"))) e--;
                if (e > s) out.add(of(toks, s, e));
                int n = k;
                while (n < end && (toks.get(n).word().equals(",") || toks.get(n).word().equals("and") || toks.get(n).pos().equals("RB"))) n++;
                s = n;
                k = n;
            }
        }
        return out;
    }

    private static Vp of(List<Token> toks, int s, int e) {
        Token v = toks.get(s);
        String action = v.lemma();
        int verbEnd = s + 1;
        if (s + 1 < e && toks.get(s + 1).pos().equals("RP")) {
            action = action + " " + toks.get(s + 1).word();
            verbEnd = s + 2;
        }
        return new Vp(new Span(v.span().start(), toks.get(e - 1).span().end()), action,
                new Span(v.span().start(), toks.get(verbEnd - 1).span().end()));
    }

    /** Noun phrases after "put forward" / "propose": split at "and" between quoted or determined phrases. */
    static List<Span> nounPhrases(List<Token> toks, int from, int end) {
        // a participial clause after a comma ("…, charting a clear direction") is not part of the objects
        for (int k = from; k + 1 < end; k++) {
            if (toks.get(k).word().equals(",") && toks.get(k + 1).pos().equals("VBG")) {
                end = k;
                break;
            }
        }
        List<Span> out = new ArrayList<>();
        int s = from;
        for (int k = from; k <= end; k++) {
            boolean asWellAs = k + 2 < end && toks.get(k).word().equals(",") && toks.get(k + 1).word().equals("as")
                    && toks.get(k + 2).word().equals("well");
            boolean split = k == end || asWellAs || toks.get(k).word().equals("and") && k + 1 < end
                    && (toks.get(k + 1).word().matches("“|\"|``|the|a|an") || toks.get(k + 1).pos().equals("CD"));
            if (split) {
                if (k > s) out.add(new Span(toks.get(s).span().start(), toks.get(k - 1).span().end()));
                s = asWellAs ? k + 4 : k + 1;
                if (asWellAs && s < end && Set.of("on", "upon", "to", "in").contains(toks.get(s).word())) s++;
            }
        }
        return out;
    }
}
