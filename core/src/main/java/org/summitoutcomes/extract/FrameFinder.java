package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.summitoutcomes.rules.FrameRule;

/**
 * Finds outcome frames in a parsed segment: every match of every frame rule, plus one frame per conjunct of a
 * matched object ("will deepen trust, expand trade and launch a fund": three frames). When rules read the
 * same object, the first rule in file order wins.
 */
final class FrameFinder {
    private final List<FrameRule> rules;
    /** lemmas of aspect verbs ("continue") whose complement is the real object */
    private final java.util.Set<String> aspectVerbs;

    FrameFinder(List<FrameRule> rules, java.util.Set<String> aspectVerbs) {
        this.rules = List.copyOf(rules);
        this.aspectVerbs = java.util.Set.copyOf(aspectVerbs);
    }

    List<FrameRule> rules() { return rules; }

    List<Frame> find(ParsedSegment p) {
        Map<Integer, Frame> byObject = new LinkedHashMap<>();
        for (FrameRule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(p.enhanced());
            while (m.find()) {
                IndexedWord object = m.getNode("object");
                if (object == null || object.index() > p.segment().tokens().size()) continue;
                IndexedWord trigger = m.getNode("trigger");
                IndexedWord party = m.getNode("party");
                int t = (trigger == null ? object : trigger).index() - 1;
                int pa = party == null ? -1 : party.index() - 1;
                List<Integer> objects = complements(p, object);
                if (trigger != null) for (int o : infinitiveConjuncts(p, trigger, object)) if (!objects.contains(o)) objects.add(o);
                for (int o : objects) {
                    if (sharedWithEarlierConjunct(p, o)) continue;
                    byObject.putIfAbsent(o, new Frame(rule, p, o == object.index() - 1 ? t : (trigger == null ? o : t), pa, o));
                }
            }
        }
        List<Frame> out = new ArrayList<>();
        for (Frame f : byObject.values()) if (!nested(p, f, byObject.values()) && !refined(f, byObject.values())) out.add(f);
        out.sort((a, b) -> Integer.compare(a.object(), b.object()));
        return out;
    }

    /**
     * Whether a frame's object is the trigger of a frame that names its own party ("reaffirmed | Chile's
     * commitment to strengthening ties": the commitment, with Chile as its party, is the outcome).
     */
    private static boolean refined(Frame f, java.util.Collection<Frame> all) {
        for (Frame inner : all) if (inner != f && inner.party() >= 0 && inner.trigger() == f.object()) return true;
        return false;
    }

    /**
     * Whether a frame's trigger lies inside another frame's object ("decided to invite them to join": the
     * invitation is what was decided, not a second outcome). A frame that names its own party at an outer
     * frame's object is not nested but {@link #refined} it.
     */
    private static boolean nested(ParsedSegment p, Frame f, java.util.Collection<Frame> all) {
        for (Frame outer : all) {
            if (outer == f || outer.trigger() == f.trigger()) continue;
            if (f.party() >= 0 && f.trigger() == outer.object()) continue;
            IndexedWord head = p.basic().getNodeByIndexSafe(outer.object() + 1);
            IndexedWord trigger = p.basic().getNodeByIndexSafe(f.trigger() + 1);
            if (head == null || trigger == null) continue;
            if (head.equals(trigger) || within(p, head, trigger)) return true;
        }
        return false;
    }

    /**
     * Whether a word is below a head in the basic tree within the head's own phrase: conjuncts, adverbial,
     * parenthetical and complement clauses and appositions are outcomes beside it ("agreed to cooperate by
     * signing a deal", "adopted the declaration, a pact reaffirming Japan's commitment to …").
     */
    private static boolean within(ParsedSegment p, IndexedWord head, IndexedWord word) {
        java.util.Deque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(head));
        java.util.Set<IndexedWord> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!seen.add(w)) continue;
            for (SemanticGraphEdge e : p.basic().outgoingEdgeList(w)) {
                String rel = e.getRelation().getShortName();
                if (rel.equals("conj") || rel.equals("advcl") || rel.equals("parataxis") || rel.equals("ccomp") || rel.equals("appos")) continue;
                if (e.getDependent().equals(word)) return true;
                todo.push(e.getDependent());
            }
        }
        return false;
    }

    /**
     * The object heads a match stands for: an aspect verb ("will continue to deepen trust and expand trade")
     * gives way to its complements (each conjunct is one in the enhanced graph); any other object comes with
     * its conjuncts.
     */
    private List<Integer> complements(ParsedSegment p, IndexedWord object) {
        List<Integer> out = new ArrayList<>();
        for (int o : withConjuncts(p, object.index() - 1)) {
            IndexedWord node = p.enhanced().getNodeByIndexSafe(o + 1);
            List<Integer> inner = new ArrayList<>();
            if (node != null && node.lemma() != null && aspectVerbs.contains(node.lemma().toLowerCase(java.util.Locale.ROOT))) {
                for (SemanticGraphEdge e : p.enhanced().outgoingEdgeList(node)) {
                    if (e.getRelation().getShortName().equals("xcomp") && e.getDependent().index() <= p.segment().tokens().size()) {
                        inner.add(e.getDependent().index() - 1);
                    }
                }
            }
            if (inner.isEmpty()) inner.add(o);
            for (int i : inner) if (!out.contains(i)) out.add(i);
        }
        return out;
    }

    /**
     * Bare infinitives the parser conjoined to a finite trigger although they continue its infinitive object
     * ("We agree | to build a port, and seize | new chances": "seize" cannot be a second finite predicate of
     * "we"): each is an object of the trigger too. Only where the trigger is finite, its object an infinitive
     * after it, and the conjunct a bare verb form after the object with no subject or auxiliary of its own.
     */
    private static List<Integer> infinitiveConjuncts(ParsedSegment p, IndexedWord trigger, IndexedWord object) {
        List<Integer> out = new ArrayList<>();
        IndexedWord t = p.basic().getNodeByIndexSafe(trigger.index());
        IndexedWord o = p.basic().getNodeByIndexSafe(object.index());
        if (t == null || o == null || !isFinite(t.tag()) || !"VB".equals(o.tag()) || o.index() < t.index()) return out;
        SemanticGraphEdge toObject = p.basic().getEdge(t, o);
        if (toObject == null || !toObject.getRelation().getShortName().equals("xcomp")) return out;
        for (SemanticGraphEdge e : p.basic().outgoingEdgeList(t)) {
            IndexedWord c = e.getDependent();
            if (e.getRelation().getShortName().equals("conj") && "VB".equals(c.tag()) && c.index() > o.index() && !hasOwnSubject(p, c)
                    && !hasDependent(p, c, "aux")) out.add(c.index() - 1);
        }
        return out;
    }

    private static boolean isFinite(String tag) {
        return "VBD".equals(tag) || "VBP".equals(tag) || "VBZ".equals(tag);
    }

    /**
     * The object and the conjuncts that share its part of speech class (verb with verb, noun with noun); a bare
     * verb that shares its conjunct's object ("strengthen and deepen the cooperation") is one object with it.
     */
    static List<Integer> withConjuncts(ParsedSegment p, int object) {
        List<Integer> out = new ArrayList<>(List.of(object));
        IndexedWord node = p.basic().getNodeByIndexSafe(object + 1);
        if (node == null) return out;
        if (node.tag() != null && node.tag().startsWith("VB") && ObjectPhrase.isBare(p.basic(), node)) return out;
        String cls = posClass(node.tag());
        for (SemanticGraphEdge e : p.basic().outgoingEdgeList(node)) {
            if (e.getRelation().getShortName().equals("conj") && posClass(e.getDependent().tag()).equals(cls)
                    && !ObjectPhrase.sharesObject(p.basic(), node, e.getDependent()) && !hasOwnSubject(p, e.getDependent())) {
                out.add(e.getDependent().index() - 1);
            }
        }
        return out;
    }

    /** A bare verb whose object its earlier conjunct holds ("strengthen | and deepen | the cooperation"): one frame with it. */
    private static boolean sharedWithEarlierConjunct(ParsedSegment p, int object) {
        IndexedWord node = p.basic().getNodeByIndexSafe(object + 1);
        IndexedWord parent = node == null ? null : p.basic().getParent(node);
        return parent != null && p.basic().getEdge(parent, node).getRelation().getShortName().equals("conj")
                && ObjectPhrase.sharesObject(p.basic(), parent, node);
    }

    /**
     * A conjoined clause with a subject of its own ("a dialogue was launched, and the forum was held") states
     * its own event: it is a frame only where a rule matches it.
     */
    private static boolean hasOwnSubject(ParsedSegment p, IndexedWord verb) { return hasDependent(p, verb, "nsubj"); }

    /** Whether a word has a dependent in the basic tree whose relation starts with a prefix ("nsubj", "aux"). */
    private static boolean hasDependent(ParsedSegment p, IndexedWord word, String relationPrefix) {
        for (SemanticGraphEdge e : p.basic().outgoingEdgeList(word)) {
            if (e.getRelation().getShortName().startsWith(relationPrefix)) return true;
        }
        return false;
    }

    private static String posClass(String tag) {
        if (tag == null) return "";
        if (tag.startsWith("VB")) return "V";
        if (tag.startsWith("NN") || tag.equals("CD") || tag.equals("$")) return "N";
        return tag;
    }
}
