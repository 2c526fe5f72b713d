package org.summitoutcomes.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.Segment;

/**
 * The article's participants: who "the leaders", "both sides", "we" and "the summit" stand for. The summit the
 * article reports (gazetteers/summits.tsv) gives its participants; else the parties named in the headline and
 * the article's first two sentences that name any (the lead, which in news style says who met), when they are two or more or a
 * bloc; where the lead names a bloc (the GCC, the CIS), the states it names one by one are its members or
 * guests, not parties beside it (groups it names, "the five Central Asian countries", stay); else the two
 * states the article names most often.
 */
final class Participants {
    /** How many body segments that name a party make up the lead ... */
    static final int LEAD = 2;
    /** ... looked for among the first this many body segments (a byline, a date or a quote may come first). */
    static final int SCAN = 6;

    private Participants() {}

    static List<String> of(Context ctx, Parties parties) {
        if (ctx.mainSummit != null) return ctx.mainSummit.participants();
        List<Parties.Named> named = new java.util.ArrayList<>();
        int body = 0, naming = 0;
        for (Segment s : ctx.doc.segments()) {
            if (s.kind() == Segment.Kind.HEADING) continue;
            List<Parties.Named> here = parties.named(ctx, s, 0, s.tokens().size());
            if (s.kind() != Segment.Kind.TITLE) {
                if (++body > SCAN || naming >= LEAD) break;
                if (!here.isEmpty()) naming++;
            }
            named.addAll(here);
        }
        boolean bloc = named.stream().anyMatch(n -> n.kind() == Parties.Kind.BLOC);
        Set<String> lead = new LinkedHashSet<>();
        for (Parties.Named n : named) if ((!bloc || n.kind() != Parties.Kind.STATE) && n.kind() != Parties.Kind.CONTEXT) lead.add(n.code());
        if (lead.size() >= 2 || bloc) return lead.stream().sorted().toList();
        return ctx.contextParties();
    }
}
