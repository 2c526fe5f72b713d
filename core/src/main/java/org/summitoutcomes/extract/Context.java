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

/**
 * What the extract stage knows about one article, immutable: its mentions (looked up by span and token), the
 * summit it reports and the summits it names, its participants; with the article's {@link Speakers} and
 * {@link DatePlaces}.
 */
final class Context {
    private static final Set<EntityType> OBJECT_TYPES = EnumSet.of(EntityType.DOCUMENT, EntityType.CENTER,
            EntityType.MECHANISM, EntityType.INITIATIVE);

    final Document doc;
    final Summits.Summit mainSummit;
    private final List<Summits.Reference> summitRefs;

    /** Who "the leaders", "both sides" and "we" stand for (see {@link Participants}); null until known. */
    private final List<String> participants;

    private final Lexicons lexicons;
    /** who states an outcome ("Xi said that …") */
    final Speakers speakers;
    /** the date and place of an outcome */
    final DatePlaces datePlaces;

    /** @param lexicons the summit table, the gazetteers (cities) and {@code lexicons/speech-verbs.txt} */
    Context(Document doc, Lexicons lexicons) { this(doc, lexicons, null); }

    private Context(Document doc, Lexicons lexicons, List<String> participants) {
        this.doc = doc;
        this.lexicons = lexicons;
        this.participants = participants == null ? null : List.copyOf(participants);
        String text = doc.text().value();
        this.summitRefs = lexicons.summits().references(text);
        this.mainSummit = lexicons.summits().main(text, doc.metadata().published());
        this.speakers = new Speakers(this, lexicons.words("lexicons/speech-verbs.txt"));
        this.datePlaces = new DatePlaces(this, lexicons);
    }

    /** The summits the article names, with where (UTF-16 index into the text). */
    List<Summits.Reference> summitReferences() { return summitRefs; }


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

    /** The same article context with its participants known. */
    Context withParticipants(List<String> known) { return new Context(doc, lexicons, known); }

    /**
     * The parties that "the parties", "both sides", "they" stand for: the summit's participants, or, in an
     * article about a bilateral meeting, the two countries it names most often (leaders count for their country).
     */
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

    /**
     * The mention "he", "she" or "it" at an offset of a segment stands for, among those that pass a test: the last
     * one named before it in its sentence, else the first one named in the nearest of the three sentences before, and
     * not in a prepositional phrase if one is not (that sentence's subject, as a rule: "Lee arrived for talks with
     * Ishiba. He pledged …" → Lee; "In a meeting with X, Xi urged … He called on …" → Xi); null when there
     * is none so near (a guess from further back would be no better than none).
     */
    Mention antecedent(Segment seg, int offset, java.util.function.Predicate<Mention> test) {
        Mention inSentence = null;
        for (Mention m : mentionsIn(new Span(seg.span().start(), Math.max(seg.span().start(), offset)))) if (test.test(m)) inSentence = m;
        if (inSentence != null) return inSentence;
        for (int i = seg.index() - 1; i >= 0 && i >= seg.index() - 3; i--) {
            Segment earlier = doc.segments().get(i);
            Mention first = null;
            for (Mention m : mentionsIn(earlier.span())) {
                if (!test.test(m)) continue;
                if (!inPrepositionalPhrase(earlier, m)) return m;
                if (first == null) first = m;
            }
            if (first != null) return first;
        }
        return null;
    }

    /**
     * Whether a mention stands in a prepositional phrase ("In a meeting with Turkmen President X, Xi urged …"): the
     * first word before it that is not part of a name or title (a proper noun or adjective) is a preposition.
     */
    private static boolean inPrepositionalPhrase(Segment seg, Mention m) {
        List<Token> toks = seg.tokens();
        int i = 0;
        while (i < toks.size() && toks.get(i).span().start() < m.span().start()) i++;
        for (int k = i - 1; k >= 0; k--) {
            String pos = toks.get(k).pos() == null ? "" : toks.get(k).pos();
            if (pos.startsWith("NNP") || pos.equals("JJ")) continue;
            return pos.equals("IN") || pos.equals("TO");
        }
        return false;
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

}
