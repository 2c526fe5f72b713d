package org.summitoutcomes.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;

/**
 * Outcome lists: each item of a list under a heading or sentence that announces outcomes ({@link ListLeadIns})
 * is one record, typed by that lead-in ("The following documents were signed:", "China plans to provide:").
 */
final class ListItems {
    private final ListLeadIns leadIns;
    private final DocumentKinds documentKinds;
    private final Parties parties;

    ListItems(ListLeadIns leadIns, DocumentKinds documentKinds, Parties parties) {
        this.leadIns = leadIns;
        this.documentKinds = documentKinds;
        this.parties = parties;
    }

    /** The lead-in above an item (its heading, else the sentence that introduces its list) with what it announces; or null. */
    private Map.Entry<ListLeadIns.LeadIn, Segment> leadInOf(Context ctx, Segment item) {
        for (int idx : new int[] {item.heading(), item.leadIn()}) {
            if (idx < 0) continue;
            Segment source = ctx.doc.segments().get(idx);
            ListLeadIns.LeadIn l = leadIns.of(source);
            if (l != null) return Map.entry(l, source);
        }
        return null;
    }

    /** Whether a list item stands under an outcome lead-in (its heading or the sentence introducing its list). */
    boolean underLeadIn(Context ctx, Segment item) { return leadInOf(ctx, item) != null; }

    /**
     * The record of a list item under an outcome lead-in: typed by the lead-in, the item's text as object (its
     * named center, mechanism, document or initiative as object entity), parties from the lead-in, else its
     * heading's lead-in sentence, else the article's participants; date and place from the item.
     */
    List<Relation> read(Context ctx, Segment item) {
        Map.Entry<ListLeadIns.LeadIn, Segment> found = leadInOf(ctx, item);
        ListLeadIns.LeadIn rule = found.getKey();
        Segment source = found.getValue();
        String object = ctx.doc.cover(item.span()).replaceAll("[.;,]\\s*$", "").strip();
        if (object.isEmpty()) return List.of();
        Mention entity = ctx.mainObjectEntity(item);
        String action = rule.action();
        if (rule.type() == RelationType.AGREEMENT && entity != null && entity.type() == EntityType.DOCUMENT) {
            action = documentKinds.kindOf(entity.normalized(), action);
        }
        if (action == null) {
            Token first = item.tokens().get(0);
            action = (first.pos().startsWith("VB") || first.pos().equals("NNP")) && first.lemma() != null
                    ? first.lemma().toLowerCase(Locale.ROOT) : rule.fallbackAction();
        }
        List<String> ps = parties.resolve(ctx, source, 0, source.tokens().size());
        if (ps.isEmpty() && item.leadIn() >= 0 && item.heading() == source.index()) {
            Segment lead = ctx.doc.segments().get(item.leadIn());
            ps = parties.resolve(ctx, lead, 0, lead.tokens().size());
        }
        if (ps.isEmpty()) ps = ctx.contextParties();
        String[] datePlace = ctx.datePlaces.of(item, null);
        return List.of(new Relation(null, rule.type(), action, rule.modality(), ps, object,
                entity == null ? null : entity.id(), datePlace[0], datePlace[1], null, item.span(), rule.listConfidence(), "list-" + rule.word()));
    }
}
