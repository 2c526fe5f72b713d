package org.summitoutcomes.extract;

import java.util.regex.Pattern;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;

/**
 * The day the reported meeting took place, for outcomes whose sentence gives no date (guideline: a same-day
 * report of talks is dated by the report): the first full date in the article's lead that is not after
 * publication ("held talks on Wednesday"), else the publication date. Null when the article has neither.
 */
final class EventDate {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private EventDate() {}

    static String of(Context ctx) {
        String published = ctx.doc.metadata().published();
        int body = 0;
        for (Segment s : ctx.doc.segments()) {
            if (s.kind() == Segment.Kind.TITLE || s.kind() == Segment.Kind.HEADING) continue;
            if (++body > Participants.LEAD + 1) break;
            for (Mention m : ctx.mentionsIn(s.span())) {
                if (m.type() != EntityType.DATE || m.normalized() == null || !DAY.matcher(m.normalized()).matches()) continue;
                if (published == null || m.normalized().compareTo(published) <= 0) return m.normalized();
            }
        }
        return published;
    }
}
