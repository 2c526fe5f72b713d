package org.summitoutcomes.extract;

import java.util.regex.Pattern;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;

/**
 * The day the reported meeting took place, for outcomes whose sentence gives no date: the first full date in
 * the article's first sentences before publication ("held talks on Wednesday"), else one on the publication
 * day ("the statement was released today": a byline's date, also the publication day, gives way to the
 * meeting's); in an article without a publication date, a full date the lead states as an event's day
 * ("on 27 January 2022"). Null when the lead states no day: the publication date alone does not say when a
 * meeting took place (contract section 2: the date where the text gives or implies it, else null).
 */
final class EventDate {
    /** How many body segments from the top may state the meeting's day. */
    static final int LEAD_SEGMENTS = 5;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** the word "on" (not a word ending in it: "Lisbon 27 January") and one space, right before a date */
    private static final Pattern ON = Pattern.compile("(?i)(?:^|[^\\p{L}\\p{N}])on $");

    private EventDate() {}

    /** Whether the date is stated as the day of an event ("on 27 January 2022"), not as a start or deadline. */
    private static boolean saysOn(Context ctx, Mention m) {
        String before = ctx.doc.text().substring(Math.max(0, m.span().start() - 4), m.span().start());
        return ON.matcher(before).find();
    }

    static String of(Context ctx) {
        String published = ctx.doc.metadata().published();
        String sameDay = null;
        int body = 0;
        for (Segment s : ctx.doc.segments()) {
            if (s.kind() == Segment.Kind.TITLE || s.kind() == Segment.Kind.HEADING) continue;
            if (++body > (published == null ? Participants.LEAD : LEAD_SEGMENTS)) break;
            for (Mention m : ctx.mentionsIn(s.span())) {
                if (m.type() != EntityType.DATE || m.normalized() == null || !DAY.matcher(m.normalized()).matches()) continue;
                if (published == null) {
                    if (saysOn(ctx, m)) return m.normalized();
                } else if (m.normalized().compareTo(published) < 0) {
                    return m.normalized();
                } else if (m.normalized().equals(published) && sameDay == null) {
                    sameDay = m.normalized();
                }
            }
        }
        return sameDay;
    }
}
