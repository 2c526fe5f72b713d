package org.summitoutcomes.extract;

import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.lexicon.Summits;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;

/** The date and place of an outcome in one article (guidelines 3.5), from the sentence, the summit it names, or the reported meeting. */
final class DatePlaces {
    private final Context ctx;
    private final Lexicons lexicons;

    /** {@code lexicons/target-date-words.txt}: "for", "until", "by" … before a period or deadline */
    private final java.util.Set<String> targetWords;

    DatePlaces(Context ctx, Lexicons lexicons) {
        this.ctx = ctx;
        this.lexicons = lexicons;
        this.targetWords = lexicons.words("lexicons/target-date-words.txt");
    }

    /**
     * Date and place of an outcome stated in {@code seg} (guidelines 3.5). The date is the one the sentence
     * gives (not for list items, whose dates belong to the listed action; not a period or deadline after "for",
     * "until", "by" …: {@code lexicons/target-date-words.txt}); the summit is the one the list's
     * lead-in or the article reports (list items), the one the sentence names ("the inaugural summit", "at the
     * summit" after a named one; not "since the first summit"), the main one when the headline is about it or
     * the sentence's date is one of the summit's days. A year-only date that the summit falls in gives way to the
     * summit's exact date. Outcomes of bilateral meetings on the sidelines ("in a meeting with …") take the
     * summit city but only a stated date. Returns {date, place}; either may be null.
     */
    String[] of(Segment seg, Span object) {
        return of(seg, seg.span(), object);
    }

    String[] of(Segment seg, Span scope, Span object) {
        String date = null;
        if (!seg.isListItem()) {
            for (Mention m : ctx.mentionsIn(scope)) {
                if (m.type() == EntityType.DATE && (object == null || !object.contains(m.span())) && !isTarget(m)) {
                    date = m.normalized();
                    break;
                }
            }
        }
        Summits.Summit summit = null;
        boolean meeting = false;
        if (seg.isListItem()) {
            summit = ctx.mainSummit;
            for (Summits.Reference r : ctx.summitReferences()) {
                int at = ctx.doc.text().codePointOffset(r.charIndex());
                if (at >= seg.span().start() && at < seg.span().end()) summit = r.summit();
            }
        } else {
            summit = summitNamedIn(scope);
            meeting = summit == null && (MEETING.matcher(ctx.doc.cover(scope)).find() || previousInParagraphIsMeeting(seg));
            if (summit == null && !meeting && headlineIsAboutSummit()) summit = ctx.mainSummit;
            if (summit == null && date != null && ctx.mainSummit != null && onSummitDay(date, ctx.mainSummit)) summit = ctx.mainSummit;
        }
        String place = statedPlace(seg, object);
        if (summit != null) {
            if (date == null || date.length() == 4 && summit.date().startsWith(date)) date = summit.date();
            if (place == null) place = summit.place();
        } else if (meeting && ctx.mainSummit != null && place == null) {
            place = ctx.mainSummit.place();
        }
        return new String[] {date, place};
    }

    /** Whether a date is a period or deadline ("for 2026-2028", "until 2030"): the word before it is a target word. */
    private boolean isTarget(Mention date) {
        String before = ctx.doc.text().substring(Math.max(0, date.span().start() - 40), date.span().start()).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = LAST_WORD.matcher(before);
        return m.find() && targetWords.contains(m.group(1));
    }

    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("(?<!\\p{L})(\\p{L}+)\\s+(?:the\\s+)?$");

    /** Whether a date is a full day from the summit's first to its last ("2023-05-19" of 2023-05-18/2023-05-19). */
    private static boolean onSummitDay(String date, Summits.Summit summit) {
        if (date.length() < 10) return false;
        String day = date.substring(0, 10);
        return day.compareTo(summit.date().substring(0, 10)) >= 0 && day.compareTo(summit.lastDay()) <= 0;
    }

    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)\\b(meeting|met|meets|talks|conversation)\\s+with\\b|\\bwhen meeting\\b|\\bin a meeting\\b");
    private static final java.util.regex.Pattern SUMMIT_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(since|after|before)\\s+)?(?:the|this)\\s+(?:(first|1st|inaugural|second|2nd|third|3rd)\\s+)?summit\\b");

    /** The summit a span names: explicitly, by ordinal alone, or as "the summit" after one was named. */
    Summits.Summit summitNamedIn(Span scope) {
        int from = ctx.doc.text().charIndex(scope.start());
        int to = ctx.doc.text().charIndex(scope.end());
        String text = ctx.doc.text().value();
        for (Summits.Reference r : ctx.summitReferences()) {
            if (r.charIndex() >= from && r.charIndex() < to && !afterSince(text, r.charIndex())) return r.summit();
        }
        java.util.regex.Matcher m = SUMMIT_WORD.matcher(text.substring(from, to));
        while (m.find()) {
            if (m.group(1) != null) continue; // "since the first summit" is a period after it, not the summit
            if (m.group(2) != null) {
                Summits.Summit s = ctx.mainSummit == null ? null : lexicons.summits().byOrdinal(ctx.mainSummit.series(), m.group(2));
                if (s != null) return s;
                continue;
            }
            Summits.Summit last = null;
            for (Summits.Reference r : ctx.summitReferences()) if (r.charIndex() < from + m.start()) last = r.summit();
            return last != null ? last : ctx.mainSummit;
        }
        return null;
    }

    private static boolean afterSince(String text, int charIndex) {
        String before = text.substring(Math.max(0, charIndex - 12), charIndex).toLowerCase(java.util.Locale.ROOT);
        return before.matches(".*\\b(since|after|before) (the )?$");
    }

    private boolean headlineIsAboutSummit() {
        String title = ctx.doc.metadata().title();
        return title != null && title.toLowerCase(java.util.Locale.ROOT).contains("summit");
    }

    /** Whether the sentence before, in the same paragraph, reports a bilateral meeting ("He called on …"). */
    private boolean previousInParagraphIsMeeting(Segment seg) {
        if (seg.index() == 0) return false;
        Segment prev = ctx.doc.segments().get(seg.index() - 1);
        if (ctx.doc.text().substring(prev.span().end(), seg.span().start()).contains("\n\n")) return false;
        return MEETING.matcher(ctx.doc.cover(prev.span())).find();
    }

    /** A city the sentence attaches with "in" or "at" ("signed … in Astana"), outside the object. */
    private String statedPlace(Segment seg, Span object) {
        if (seg.isListItem()) return null;
        for (Mention m : ctx.mentionsIn(seg.span())) {
            if (m.type() != EntityType.LOCATION || !lexicons.gazetteers().isCity(m.normalized()) || object != null && object.contains(m.span()) || m.span().start() < 3) continue;
            String before = ctx.doc.text().substring(Math.max(0, m.span().start() - 4), m.span().start());
            if (before.endsWith(" in ") || before.endsWith(" at ")) return m.normalized();
        }
        return null;
    }
}
