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
import org.summitoutcomes.tag.Gazetteers;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.tag.DataFile;
import org.summitoutcomes.tag.Summits;

/** What the extract stage knows about one article: its mentions, the summit it reports, its speakers. */
final class Context {
    private static final Set<String> SPEECH = Set.copyOf(DataFile.lines("lexicons/speech-verbs.txt"));
    private static final Set<EntityType> OBJECT_TYPES = EnumSet.of(EntityType.DOCUMENT, EntityType.CENTER,
            EntityType.MECHANISM, EntityType.INITIATIVE);

    final Document doc;
    final Summits.Summit mainSummit;
    private final List<Summits.Reference> summitRefs;

    Context(Document doc) {
        this.doc = doc;
        String text = doc.text().value();
        this.summitRefs = Summits.get().references(text);
        this.mainSummit = Summits.get().main(text, doc.metadata().published());
    }

    List<Mention> mentionsIn(Span span) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) if (span.contains(m.span())) out.add(m);
        return out;
    }

    List<String> summitParties() { return mainSummit == null ? List.of() : mainSummit.participants(); }

    /** The named outcome a list item is about: the longest center, mechanism, document or initiative in it. */
    Mention mainObjectEntity(Segment item) {
        Mention best = null;
        for (Mention m : mentionsIn(item.span())) {
            if (!OBJECT_TYPES.contains(m.type())) continue;
            if (best == null || m.span().length() > best.span().length()) best = m;
        }
        return best;
    }

    Mention objectEntityIn(Span span) {
        for (Mention m : mentionsIn(span)) if (OBJECT_TYPES.contains(m.type())) return m;
        return null;
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
            if (SPEECH.contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
                String s = personNear(seg, i, -1);
                if (s != null) return s;
            }
        }
        for (int i = trigger + 1; i < toks.size(); i++) {
            if (SPEECH.contains(toks.get(i).lemma()) && toks.get(i).pos().startsWith("VB")) {
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
     * Date and place of an outcome stated in {@code seg}: a date the sentence gives (not for list items,
     * whose dates belong to the listed action), else the summit named in the sentence, else the summit the
     * article reports. Returns {date, place}, either may be null.
     */
    String[] datePlace(Segment seg, Span object) {
        String date = null;
        String place = null;
        if (!seg.isListItem()) {
            for (Mention m : mentionsIn(seg.span())) {
                if (m.type() == EntityType.DATE && (object == null || !object.contains(m.span()))) {
                    date = m.normalized();
                    break;
                }
            }
        }
        Summits.Summit summit = mainSummit;
        for (Summits.Reference r : summitRefs) {
            int at = doc.text().codePointOffset(r.charIndex());
            if (at >= seg.span().start() && at < seg.span().end()) summit = r.summit();
        }
        if (summit != null) {
            if (date == null) date = summit.date();
            place = summit.place();
        }
        String stated = statedPlace(seg, object);
        return new String[] {date, stated != null ? stated : place};
    }

    /** A city the sentence attaches with "in" or "at" ("signed … in Astana"), outside the object. */
    private String statedPlace(Segment seg, Span object) {
        if (seg.isListItem()) return null;
        for (Mention m : mentionsIn(seg.span())) {
            if (m.type() != EntityType.LOCATION || !Gazetteers.get().isCity(m.normalized()) || object != null && object.contains(m.span()) || m.span().start() < 3) continue;
            String before = doc.text().substring(Math.max(0, m.span().start() - 4), m.span().start());
            if (before.endsWith(" in ") || before.endsWith(" at ")) return m.normalized();
        }
        return null;
    }
}
