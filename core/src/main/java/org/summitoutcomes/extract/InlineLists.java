package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/**
 * A list written inside one sentence, its items separated by semicolons and introduced by "include" or "are"
 * ("The documents signed include A; B; C.", "These included A; B; and C."): one record per item, typed by the
 * lead-in grammar ({@link ListLeadIns}) over the words before the list, else over the sentence before it
 * ("The leaders discussed proposals … These included …").
 */
final class InlineLists {
    private final ListLeadIns leadIns;
    /** verbs that introduce such a list ({@code lexicons/list-introducers.txt}) */
    private final java.util.Set<String> introducers;

    InlineLists(ListLeadIns leadIns, java.util.Set<String> introducers) {
        this.leadIns = leadIns;
        this.introducers = java.util.Set.copyOf(introducers);
    }

    /** The records of a sentence that is such a list; empty when it is not one. */
    List<Relation> read(Context ctx, Segment seg, Parties parties) {
        List<Token> toks = seg.tokens();
        int firstSemicolon = -1;
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).word().equals(";")) { firstSemicolon = i; break; }
        if (firstSemicolon < 0) return List.of();
        int verb = -1;
        for (int i = 0; i < firstSemicolon; i++) {
            String lemma = toks.get(i).lemma() == null ? "" : toks.get(i).lemma().toLowerCase(Locale.ROOT);
            if (toks.get(i).pos() != null && toks.get(i).pos().startsWith("VB") && introducers.contains(lemma)) { verb = i; }
        }
        if (verb < 0 || verb + 1 >= firstSemicolon) return List.of();
        List<Token> lead = toks.subList(0, verb);
        ListLeadIns.LeadIn rule = leadIns.firstIn(lead);
        Segment source = seg;
        if (rule == null && seg.index() > 0) {
            source = ctx.doc.segments().get(seg.index() - 1);
            rule = leadIns.firstIn(source.tokens());
        }
        if (rule == null) return List.of();
        List<String> ps = parties.resolve(ctx, seg, 0, verb);
        if (ps.isEmpty()) ps = ctx.contextParties();
        String[] datePlace = ctx.datePlaces.of(seg, null);
        List<Relation> out = new ArrayList<>();
        int start = verb + 1;
        for (int i = verb + 1; i <= toks.size(); i++) {
            boolean end = i == toks.size() || toks.get(i).word().equals(";");
            if (!end) continue;
            int from = start, to = i;
            while (from < to && (toks.get(from).word().equalsIgnoreCase("and") || toks.get(from).word().equals(","))) from++;
            while (to > from && (toks.get(to - 1).pos() != null && (toks.get(to - 1).pos().equals(".") || toks.get(to - 1).pos().equals(",")))) to--;
            if (to - from >= 2) {
                Span item = new Span(toks.get(from).span().start(), toks.get(to - 1).span().end());
                String action = rule.fallbackAction();
                out.add(new Relation(null, rule.type(), action, rule.modality(), ps, ctx.doc.cover(item), null, datePlace[0], datePlace[1],
                        null, seg.span(), rule.inlineConfidence(), "inline-list-" + rule.word()));
            }
            start = i + 1;
        }
        return out.size() >= 2 ? out : List.of();
    }
}
