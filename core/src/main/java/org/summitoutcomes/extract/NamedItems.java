package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/**
 * A commitment about counted, unnamed institutions followed by a sentence that names them ("has decided to
 * establish three cooperation centers. They are the A Center, the B Center and the C Center."): one record per
 * named center, its evidence spanning both sentences (gold/GUIDELINES.md section 3.6).
 */
final class NamedItems {
    private NamedItems() {}

    static List<Relation> expand(Context ctx, Segment seg, Relation r) {
        if (r.action() == null || r.objectEntity() != null || r.modality() == null) return List.of(r);
        Span objectSpan = objectSpan(ctx, seg, r);
        if (objectSpan == null || !counted(seg, objectSpan)) return List.of(r);
        if (seg.index() + 1 >= ctx.doc.segments().size()) return List.of(r);
        Segment next = ctx.doc.segments().get(seg.index() + 1);
        List<Mention> named = ctx.mentionsIn(next.span()).stream().filter(m -> m.type() == EntityType.CENTER).toList();
        if (named.size() < 2) return List.of(r);
        Span evidence = new Span(seg.span().start(), next.span().end());
        String[] datePlace = ctx.datePlaces.of(seg, evidence, null);
        List<Relation> out = new ArrayList<>();
        for (Mention m : named) {
            out.add(new Relation(null, r.type(), r.action(), r.modality(), r.parties(), r.action() + " the " + m.text(), m.id(),
                    datePlace[0] != null ? datePlace[0] : r.date(), datePlace[1] != null ? datePlace[1] : r.place(), r.speaker(),
                    evidence, r.confidence(), r.rule()));
        }
        return out;
    }

    private static Span objectSpan(Context ctx, Segment seg, Relation r) {
        String text = ctx.doc.cover(seg.span());
        int at = text.indexOf(r.object());
        if (at < 0) return null;
        int start = seg.span().start() + text.codePointCount(0, at);
        return new Span(start, start + r.object().codePointCount(0, r.object().length()));
    }

    /** Whether the object counts its items with a number ("three cooperation centers"). */
    private static boolean counted(Segment seg, Span object) {
        for (Token t : seg.tokens()) if (object.contains(t.span()) && "CD".equals(t.pos())) return true;
        return false;
    }
}
