package org.summitoutcomes.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.lexicon.Lexicons;
import org.summitoutcomes.lexicon.Summits;

/** What the extract stage knows about one article: its mentions, the summit it reports, its speakers. */
final class Context {
    private static final Set<EntityType> OBJECT_TYPES = EnumSet.of(EntityType.DOCUMENT, EntityType.CENTER,
            EntityType.MECHANISM, EntityType.INITIATIVE);

    final Document doc;
    final Summits.Summit mainSummit;
    private final List<Summits.Reference> summitRefs;

    /** Who "the leaders", "both sides" and "we" stand for (see {@link Participants}); null until known. */
    private final List<String> participants;

    private final Lexicons lexicons;

    /** @param lexicons the summit table, the gazetteers (cities) and {@code lexicons/speech-verbs.txt} */
    Context(Document doc, Lexicons lexicons) { this(doc, lexicons, null); }

    private Context(Document doc, Lexicons lexicons, List<String> participants) {
        this.doc = doc;
        this.lexicons = lexicons;
        this.participants = participants == null ? null : List.copyOf(participants);
        String text = doc.text().value();
        this.summitRefs = lexicons.summits().references(text);
        this.mainSummit = lexicons.summits().main(text, doc.metadata().published());
    }

    private Set<String> speechVerbs() { return lexicons.words("lexicons/speech-verbs.txt"); }

    /** Mentions that share at least one code point with a span, in text order. */
    List<Mention> mentionsOverlapping(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.span().start() < span.end() && span.start() < m.span().end()) out.add(m);
        return out;
    }

    List<Mention> mentionsIn(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) if (span.contains(m.span())) out.add(m);
        return out;
    }

    /**
     * The parties that "the parties", "both sides", "they" stand for: the summit's participants, or, in an
     * article about a bilateral meeting, the two countries it names most often (leaders count for their country).
     */
    /** The same article context with its participants known. */
    Context withParticipants(List<String> known) { return new Context(doc, lexicons, known); }

    List<String> contextParties() {
        if (participants != null) return participants;
        if (mainSummit != null) return mainSummit.participants();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (Mention m : doc.mentions()) {
            String c = m.type() == EntityType.COUNTRY ? m.normalized()
                    : m.type() == EntityType.LEADER ? m.attributes().get("country") : null;
            if (c != null && c.matches("[A-Z]{3}")) counts.merge(c, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(2).map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /** The last leader mentioned before an offset (for "he" and "she"), or null. */
    Mention lastLeaderMentionBefore(int offset) {
        Mention last = null;
        for (Mention m : doc.mentions()) {
            if (m.span().start() >= offset) break;
            if (m.type() == EntityType.LEADER) last = m;
        }
        return last;
    }

    /** The named outcome a list item is about: the longest center, mechanism, document or initiative in it. */
    Mention mainObjectEntity(Segment item) {
        Mention best = null;
        for (Mention m : mentionsIn(item.span())) {
            if (!OBJECT_TYPES.contains(m.type())) continue;
            if (best == null || m.span().length() > best.span().length()) best = m;
        }
        return best;
    }

    Mention mentionAtToken(Segment seg, int tokenIndex) {
        Span t = seg.tokens().get(tokenIndex).span();
        for (Mention m : doc.mentions()) if (m.span().contains(t)) return m;
        return null;
    }

    /**
     * Who states what the trigger says: the person or leader before a speech verb that precedes the
     * trigger ("Xi said that …"), after a speech verb that follows it ("…, said Cui"), after "according to",
     * or the leader who calls on others. Null when the text attributes it to nobody.
     */
    String speaker(Segment seg, int trigger) {
        List<Token> toks = seg.tokens();
        for (int i = trigger - 1; i >= 0; i--) {
            if (speechVerbs().contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
                String s = personNear(seg, i, -1);
                if (s != null) return s;
            }
        }
        for (int i = trigger + 1; i < toks.size(); i++) {
            if (speechVerbs().contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
                String s = personNear(seg, i, +1);
                if (s == null) s = personNear(seg, i, -1);
                if (s != null) return s;
            }
            if (toks.get(i).word().equalsIgnoreCase("according") && i + 1 < toks.size() && toks.get(i + 1).word().equals("to")) {
                String s = personNear(seg, i + 1, +1);
                if (s != null) return s;
            }
        }
        return null;
    }

    /** The first person or leader within six tokens of {@code from} in the given direction. */
    String personNear(Segment seg, int from, int direction) {
        List<Token> toks = seg.tokens();
        for (int k = 1; k <= 8; k++) {
            int i = from + k * direction;
            if (i < 0 || i >= toks.size()) break;
            Mention m = mentionAtToken(seg, i);
            if (m != null && (m.type() == EntityType.LEADER || m.type() == EntityType.PERSON)) return m.normalized();
            String w = toks.get(i).word();
            if ((w.equals("He") || w.equals("She") || w.equals("he") || w.equals("she")) && direction < 0) return lastLeaderBefore(seg.span().start());
        }
        return null;
    }

    String lastLeaderBefore(int offset) {
        String last = null;
        for (Mention m : doc.mentions()) {
            if (m.span().start() >= offset) break;
            if (m.type() == EntityType.LEADER || m.type() == EntityType.PERSON) last = m.normalized();
        }
        return last;
    }

    /**
     * Date and place of an outcome stated in {@code seg} (guidelines 3.5). The date is the one the sentence
     * gives (not for list items, whose dates belong to the listed action); the summit is the one the list's
     * lead-in or the article reports (list items), the one the sentence names ("the inaugural summit", "at the
     * summit" after a named one; not "since the first summit"), the main one when the headline is about it or
     * the sentence's date is the summit's day. A year-only date that the summit falls in gives way to the
     * summit's exact date. Outcomes of bilateral meetings on the sidelines ("in a meeting with …") take the
     * summit city but only a stated date. Returns {date, place}; either may be null.
     */
    String[] datePlace(Segment seg, Span object) {
        return datePlace(seg, seg.span(), object);
    }

    String[] datePlace(Segment seg, Span scope, Span object) {
        String date = null;
        if (!seg.isListItem()) {
            for (Mention m : mentionsIn(scope)) {
                if (m.type() == EntityType.DATE && (object == null || !object.contains(m.span()))) {
                    date = m.normalized();
                    break;
                }
            }
        }
        Summits.Summit summit = null;
        boolean meeting = false;
        if (seg.isListItem()) {
            summit = mainSummit;
            for (Summits.Reference r : summitRefs) {
                int at = doc.text().codePointOffset(r.charIndex());
                if (at >= seg.span().start() && at < seg.span().end()) summit = r.summit();
            }
        } else {
            summit = summitNamedIn(scope);
            meeting = summit == null && (MEETING.matcher(doc.cover(scope)).find() || previousInParagraphIsMeeting(seg));
            if (summit == null && !meeting && headlineIsAboutSummit()) summit = mainSummit;
            if (summit == null && date != null && mainSummit != null && mainSummit.date().startsWith(date.length() >= 10 ? date.substring(0, 10) : "#")) {
                summit = mainSummit;
            }
        }
        String place = statedPlace(seg, object);
        if (summit != null) {
            if (date == null || date.length() == 4 && summit.date().startsWith(date)) date = summit.date();
            if (place == null) place = summit.place();
        } else if (meeting && mainSummit != null && place == null) {
            place = mainSummit.place();
        }
        return new String[] {date, place};
    }

    private static final java.util.regex.Pattern MEETING = java.util.regex.Pattern.compile(
            "(?i)\\b(meeting|met|meets|talks|conversation)\\s+with\\b|\\bwhen meeting\\b|\\bin a meeting\\b");
    private static final java.util.regex.Pattern SUMMIT_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(since|after|before)\\s+)?(?:the|this)\\s+(?:(first|1st|inaugural|second|2nd|third|3rd)\\s+)?summit\\b");

    /** The summit a span names: explicitly, by ordinal alone, or as "the summit" after one was named. */
    Summits.Summit summitNamedIn(Span scope) {
        int from = doc.text().charIndex(scope.start());
        int to = doc.text().charIndex(scope.end());
        String text = doc.text().value();
        for (Summits.Reference r : summitRefs) {
            if (r.charIndex() >= from && r.charIndex() < to && !afterSince(text, r.charIndex())) return r.summit();
        }
        java.util.regex.Matcher m = SUMMIT_WORD.matcher(text.substring(from, to));
        while (m.find()) {
            if (m.group(1) != null) continue; // "since the first summit" is a period after it, not the summit
            if (m.group(2) != null) {
                Summits.Summit s = mainSummit == null ? null : lexicons.summits().byOrdinal(mainSummit.series(), m.group(2));
                if (s != null) return s;
                continue;
            }
            Summits.Summit last = null;
            for (Summits.Reference r : summitRefs) if (r.charIndex() < from + m.start()) last = r.summit();
            return last != null ? last : mainSummit;
        }
        return null;
    }

    private static boolean afterSince(String text, int charIndex) {
        String before = text.substring(Math.max(0, charIndex - 12), charIndex).toLowerCase(java.util.Locale.ROOT);
        return before.matches(".*\\b(since|after|before) (the )?$");
    }

    private boolean headlineIsAboutSummit() {
        String title = doc.metadata().title();
        return title != null && title.toLowerCase(java.util.Locale.ROOT).contains("summit");
    }

    /** Whether the sentence before, in the same paragraph, reports a bilateral meeting ("He called on …"). */
    private boolean previousInParagraphIsMeeting(Segment seg) {
        if (seg.index() == 0) return false;
        Segment prev = doc.segments().get(seg.index() - 1);
        if (doc.text().substring(prev.span().end(), seg.span().start()).contains("\n\n")) return false;
        return MEETING.matcher(doc.cover(prev.span())).find();
    }

    /** A city the sentence attaches with "in" or "at" ("signed … in Astana"), outside the object. */
    private String statedPlace(Segment seg, Span object) {
        if (seg.isListItem()) return null;
        for (Mention m : mentionsIn(seg.span())) {
            if (m.type() != EntityType.LOCATION || !lexicons.gazetteers().isCity(m.normalized()) || object != null && object.contains(m.span()) || m.span().start() < 3) continue;
            String before = doc.text().substring(Math.max(0, m.span().start() - 4), m.span().start());
            if (before.endsWith(" in ") || before.endsWith(" at ")) return m.normalized();
        }
        return null;
    }
}
