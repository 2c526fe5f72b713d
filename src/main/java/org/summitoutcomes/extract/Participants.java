package org.summitoutcomes.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.Segment;

/**
 * The article's participants: who "the leaders", "both sides", "we" and "the summit" stand for. The summit the
 * article reports (gazetteers/summits.tsv) gives its participants; else the parties named in the headline and
 * the article's first sentences (the lead, which in news style says who met), when they are two or more; else
 * the two states the article names most often.
 */
final class Participants {
    /** How many body segments after the headline make up the lead. */
    static final int LEAD = 2;

    private Participants() {}

    static List<String> of(Context ctx, Parties parties) {
        if (ctx.mainSummit != null) return ctx.mainSummit.participants();
        Set<String> lead = new LinkedHashSet<>();
        int body = 0;
        for (Segment s : ctx.doc.segments()) {
            if (s.kind() == Segment.Kind.HEADING) continue;
            if (s.kind() != Segment.Kind.TITLE && ++body > LEAD) break;
            lead.addAll(parties.resolve(ctx, s, 0, s.tokens().size()));
        }
        if (lead.size() >= 2) return lead.stream().sorted().toList();
        return ctx.contextParties();
    }
}
