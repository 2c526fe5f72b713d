package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Segment;

/**
 * Turns a frame into an outcome record: the object phrase, the parties (from the rule's party node, resolved
 * within the article: states, leaders → their states, groups, pronouns, the article's participants), the
 * action, the date and place, the speaker.
 */
final class FrameReader {
    private static final Set<EntityType> OBJECT_TYPES = EnumSet.of(EntityType.DOCUMENT, EntityType.CENTER, EntityType.MECHANISM,
            EntityType.INITIATIVE, EntityType.MONEY);
    private final Parties parties;
    /** head nouns that stand for the article's participants ("the leaders", "both sides", "the summit") */
    private final Set<String> participantNouns;
    /** determiners and modifiers that make such a noun stand for others ("some countries", "all related parties") */
    private final Set<String> indefinite;

    FrameReader(Parties parties, Set<String> participantNouns, Set<String> indefinite) {
        this.parties = parties;
        this.participantNouns = Set.copyOf(participantNouns);
        this.indefinite = Set.copyOf(indefinite);
    }

    /**
     * The record a frame states, or null when its party node names no party (the subject is a thing or a
     * commentator, not a state or body).
     *
     * @param recent the parties of the last record before this one in the article, for "they" and "it"
     */
    Relation read(Context ctx, Frame f, List<String> participants, List<String> recent) {
        ObjectPhrase object = ObjectPhrase.read(ctx.doc, f.parsed(), f.object());
        if (object == null || object.text().isBlank()) return null;
        List<String> ps = switch (f.rule().parties()) {
            case NONE -> List.of();
            case PARTICIPANTS -> participants;
            case NODE -> partiesOf(ctx, f, participants, recent);
            case ADDRESSEES -> java.util.Objects.requireNonNullElse(partiesOf(ctx, f, participants, recent), List.<String>of());
        };
        if (ps == null) return null;
        String action = f.rule().action() != null ? f.rule().action() : object.action() != null ? object.action() : lemma(f);
        Segment seg = f.parsed().segment();
        Mention entity = null;
        for (Mention m : ctx.mentionsIn(object.span())) {
            if (OBJECT_TYPES.contains(m.type())) { entity = m; break; }
        }
        String[] datePlace = ctx.datePlace(seg, object.span());
        return new Relation(null, f.rule().type(), action, f.rule().modality(), ps, object.text(), entity == null ? null : entity.id(),
                datePlace[0], datePlace[1], ctx.speaker(seg, f.trigger()), seg.span(), f.rule().confidence(), f.rule().id());
    }

    private static String lemma(Frame f) {
        var t = f.parsed().segment().tokens().get(f.trigger());
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The parties the party node names; null when it names none and stands for nobody resolvable. */
    private List<String> partiesOf(Context ctx, Frame f, List<String> participants, List<String> recent) {
        if (f.party() >= 0) return partiesOf(ctx, f, f.party(), participants, recent);
        List<Integer> subjects = subjects(f);
        if (subjects.isEmpty()) return null;
        java.util.Set<String> all = new java.util.TreeSet<>();
        boolean any = false;
        for (int s : subjects) {
            List<String> ps = partiesOf(ctx, f, s, participants, recent);
            if (ps == null) continue;
            any = true;
            all.addAll(ps);
        }
        return any ? List.copyOf(all) : null;
    }

    /**
     * The subjects of the trigger in the enhanced graph (propagated subjects included), else those of the word
     * it complements or is conjoined to ("China stands ready to …", "remain committed to …"), up to three heads up.
     */
    private static List<Integer> subjects(Frame f) {
        SemanticGraph g = f.parsed().enhanced();
        IndexedWord node = g.getNodeByIndexSafe(f.trigger() + 1);
        for (int depth = 0; node != null && depth <= 3; depth++) {
            List<Integer> out = new java.util.ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("nsubj") || rel.equals("nsubj:xsubj")) && e.getDependent().index() <= f.parsed().segment().tokens().size()) {
                    out.add(e.getDependent().index() - 1);
                }
            }
            if (!out.isEmpty()) return out;
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
                String rel = e.getRelation().getShortName();
                if (rel.equals("xcomp") || rel.equals("conj")) { up = e.getGovernor(); break; }
            }
            node = up;
        }
        return List.of();
    }

    private List<String> partiesOf(Context ctx, Frame f, int partyIndex, List<String> participants, List<String> recent) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord head = g.getNodeByIndexSafe(partyIndex + 1);
        if (head == null) return null;
        int[] range = subtree(g, head);
        Segment seg = f.parsed().segment();
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            String dep = e.getDependent().word().toLowerCase(Locale.ROOT);
            if ((rel.equals("det") || rel.equals("amod")) && indefinite.contains(dep)) return null;
        }
        String w = head.word().toLowerCase(Locale.ROOT);
        String lemma = head.lemma() == null ? w : head.lemma().toLowerCase(Locale.ROOT);
        boolean partyHead = participantNouns.contains(lemma) || participantNouns.contains(w) || isPartyMention(ctx, seg, partyIndex);
        List<String> named = partyHead ? parties.resolve(ctx, seg, range[0], range[1] + 1) : List.of();
        if (!named.isEmpty()) return named;
        switch (w) {
            case "we", "us", "our" -> { return participants; }
            case "they", "them" -> { return !recent.isEmpty() ? recent : participants; }
            case "it" -> {
                List<String> governing = governingSubject(ctx, f, head);
                return governing;
            }
            case "he", "she" -> {
                Mention leader = ctx.lastLeaderMentionBefore(seg.tokens().get(partyIndex).span().start());
                return leader != null && leader.attributes().get("country") != null ? List.of(leader.attributes().get("country")) : null;
            }
            default -> { }
        }
        return participantNouns.contains(lemma) || participantNouns.contains(w) ? participants : null;
    }

    /**
     * Whether a token is part of a state, leader, organization or person mention (a phrase headed by a thing is no
     * party; a person's phrase may name the state: "Iraq's Prime Minister X").
     */
    private static boolean isPartyMention(Context ctx, Segment seg, int token) {
        Mention m = ctx.mentionAtToken(seg, token);
        return m != null && (m.type() == EntityType.COUNTRY || m.type() == EntityType.LEADER || m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.PERSON);
    }

    /** "Canada said it would …": the parties of the subject of the verb that governs the pronoun's clause. */
    private List<String> governingSubject(Context ctx, Frame f, IndexedWord pronoun) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord clause = g.getParent(pronoun);
        IndexedWord gov = clause == null ? null : g.getParent(clause);
        if (gov == null) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
            if (!e.getRelation().toString().startsWith("nsubj")) continue;
            int[] r = subtree(g, e.getDependent());
            List<String> ps = parties.resolve(ctx, f.parsed().segment(), r[0], r[1] + 1);
            if (!ps.isEmpty()) return ps;
        }
        return null;
    }

    /** The token range {min, max} (0-based, inclusive) of a node's subtree, relative clauses left out. */
    private static int[] subtree(SemanticGraph g, IndexedWord node) {
        int min = node.index() - 1, max = node.index() - 1;
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(node));
        java.util.Set<IndexedWord> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!seen.add(w)) continue;
            min = Math.min(min, w.index() - 1);
            max = Math.max(max, w.index() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("acl:relcl") || rel.equals("parataxis") || rel.equals("punct")) continue;
                todo.push(e.getDependent());
            }
        }
        return new int[] {min, max};
    }
}
