package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/**
 * The object of a frame as text and span, read from the basic dependency tree. A verb object is the verb with
 * its complements ("expand trade with Europe"), without its subject, auxiliaries, conjoined verbs, adverbial
 * and parenthetical clauses; a noun object is its noun phrase without a leading article, conjoined nouns, relative
 * clauses, and the place or time of the act ("in Astana", "on April 10"). A passive verb reads as the active action on its subject ("a fund will be set up in
 * Delhi" → "set up a fund in Delhi"). The phrase is the unbroken run of kept tokens around the head.
 *
 * @param text   the object as written (or as rebuilt for a passive)
 * @param span   the code-point span the object's words cover in the document
 * @param action the verb lemma with its particle ("set up"), or null for a noun object
 */
record ObjectPhrase(String text, Span span, String action) {
    private static final Set<String> DROP_FROM_VERB = Set.of("nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark", "cc",
            "conj", "punct", "advcl", "parataxis", "discourse", "vocative", "expl", "dep", "ccomp");
    private static final Set<String> DROP_FROM_NOUN = Set.of("cc", "conj", "punct", "acl:relcl", "parataxis", "dep", "appos", "case", "cop");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * @param head    the object's head token (0-based, in the segment)
     * @param exclude a token whose subtree is not part of the object (the trigger of a reduced relative
     *                clause, "agreements signed …"), or -1
     * @param attachedPrepositions prepositions whose phrase right after a noun object belongs to it even where
     *                the parser attached it to the verb ("adopted a statement | on expanding partnership")
     * @param conditionMarks subordinators whose adverbial clause stays in a verb object ({@code lexicons/condition-marks.txt})
     */
    static ObjectPhrase read(Document doc, ParsedSegment p, int head, int exclude, Set<String> attachedPrepositions, Set<String> conditionMarks) {
        SemanticGraph g = p.basic();
        List<Token> toks = p.segment().tokens();
        IndexedWord node = g.getNodeByIndexSafe(head + 1);
        if (node == null) return null;
        boolean verb = node.tag() != null && node.tag().startsWith("VB");
        boolean bare = verb && isBare(g, node);
        Set<Integer> kept = new HashSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(node));
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!kept.add(w.index() - 1)) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                String shortRel = e.getRelation().getShortName();
                boolean atHead = w.equals(node);
                Set<String> drop = verb ? DROP_FROM_VERB : DROP_FROM_NOUN;
                if (atHead && verb && shortRel.equals("advcl") && isCondition(g, e.getDependent(), conditionMarks)) {
                    todo.push(e.getDependent());
                    continue;
                }
                if (atHead && verb && bare && (shortRel.equals("conj") || shortRel.equals("cc"))) {
                    todo.push(e.getDependent());
                    continue;
                }
                if (atHead && verb && (shortRel.equals("conj") && sharesObject(g, node, e.getDependent())
                        || shortRel.equals("cc") && sharesObject(g, node, g.getParent(e.getDependent())))) {
                    todo.push(e.getDependent());
                    continue;
                }
                if (atHead && verb && shortRel.equals("ccomp") && e.getDependent().index() > node.index()) {
                    todo.push(e.getDependent()); // the verb's own clause complement ("help them gain status")
                    continue;
                }
                if (atHead && (drop.contains(rel) || drop.contains(shortRel))) continue;
                if (atHead && verb && rel.equals("advmod") && e.getDependent().index() < node.index()) continue;
                if (e.getDependent().index() - 1 == exclude) continue;
                if (!verb && isPlaceOrTime(e)) continue;
                if (!atHead && (rel.equals("acl:relcl") || rel.equals("parataxis"))) continue;
                todo.push(e.getDependent());
            }
        }
        int from = head, to = head;
        while (from - 1 >= 0 && kept.contains(from - 1)) from--;
        while (true) {
            if (to + 1 < toks.size() && kept.contains(to + 1)) to++;
            else if (to + 2 < toks.size() && isInnerPunctuation(toks.get(to + 1)) && kept.contains(to + 2)) to += 2;
            else break;
        }
        if (!verb) to = withInfinitive(g, toks, withAttachedPhrase(g, toks, to, exclude, attachedPrepositions), exclude);
        while (from < to && isEdgeNoise(toks.get(from), true)) from++;
        while (to > from && isEdgeNoise(toks.get(to), false)) to--;
        Span span = new Span(toks.get(from).span().start(), toks.get(to).span().end());
        String text = doc.cover(span);
        String action = null;
        if (verb) {
            action = node.lemma() == null ? node.word().toLowerCase(Locale.ROOT) : node.lemma().toLowerCase(Locale.ROOT);
            String particle = particle(g, node);
            if (particle != null) action = action + " " + particle;
            IndexedWord subject = passiveSubject(g, node);
            if (subject != null) {
                ObjectPhrase np = read(doc, p, subject.index() - 1, -1, attachedPrepositions, conditionMarks);
                String rest = head + 1 <= to ? doc.cover(new Span(toks.get(Math.min(head + 1, to)).span().start(), toks.get(to).span().end())) : "";
                if (particle != null && rest.toLowerCase(Locale.ROOT).startsWith(particle)) rest = rest.substring(particle.length()).strip();
                if (head == to) rest = "";
                text = (action + " " + np.text() + " " + rest).strip();
                span = new Span(Math.min(np.span().start(), span.start()), Math.max(np.span().end(), span.end()));
            }
        }
        return new ObjectPhrase(text, span, action);
    }

    /** Whether the text is the document's own words over the span (not a passive rebuilt as active). */
    boolean asWritten(Document doc) { return text.equals(doc.cover(span)); }

    /** The same object over another span of the document, its text the words there. */
    ObjectPhrase over(Document doc, Span other) { return new ObjectPhrase(doc.cover(other), other, action); }

    /**
     * A noun object followed by a purpose infinitive ("a treaty to eliminate double taxation") runs on through
     * it, wherever the parser attached it.
     */
    private static int withInfinitive(SemanticGraph g, List<Token> toks, int to, int exclude) {
        int v = to + 2;
        while (v < toks.size() && "RB".equals(toks.get(v).pos())) v++; // "an agreement to jointly dredge …"
        if (v >= toks.size() || !toks.get(to + 1).word().equalsIgnoreCase("to") || !"VB".equals(toks.get(v).pos())) return to;
        IndexedWord verb = g.getNodeByIndexSafe(v + 1);
        if (verb == null || verb.index() - 1 == exclude) return to;
        int end = Subtrees.range(g, verb, (start, e) -> {
            String rel = e.getRelation().toString();
            return !rel.equals("conj") && !rel.equals("punct") && !rel.equals("cc") && !rel.equals("parataxis") && !rel.startsWith("advcl");
        })[1];
        while (end > v && toks.get(end).pos() != null && (toks.get(end).pos().equals(",") || toks.get(end).pos().equals("."))) end--;
        return end;
    }

    /** Quotes, brackets and commas inside a phrase ("the Treaty of May 29, 2014", "the \"four principles\" for …"). */
    private static boolean isInnerPunctuation(Token t) {
        return t.pos() != null && (t.pos().equals("``") || t.pos().equals("''") || t.pos().equals("-LRB-") || t.pos().equals("-RRB-")
                || t.pos().equals(","));
    }

    /**
     * A noun's modifier that says where or when ("a treaty | in Astana", "| on April 10"): a prepositional
     * phrase whose head is a LOCATION or DATE mention (the node's ner is the mention type) is not the object's.
     */
    private static boolean isPlaceOrTime(SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        if (!rel.startsWith("nmod:") || rel.equals("nmod:poss") || rel.equals("nmod:of")) return false;
        String ner = e.getDependent().ner();
        return "LOCATION".equals(ner) || "DATE".equals(ner);
    }

    /**
     * An adverbial clause that qualifies the commitment itself ("… if they entered legally", "… so that companies
     * can take part", "… once the conflict ends") rather than adding an event beside it: it starts with a
     * subordinator of condition, purpose or time.
     */
    private static boolean isCondition(SemanticGraph g, IndexedWord clause, Set<String> conditionMarks) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(clause)) {
            if (!e.getRelation().getShortName().equals("mark")) continue;
            String w = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (conditionMarks.contains(w)) return true;
        }
        return false;
    }

    /**
     * A verb with no complement of its own ("strengthen" in "further strengthen and deepen the cooperation"):
     * it shares its conjunct's object, so the conjoined verbs are one object.
     */
    static boolean isBare(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            String rel = e.getRelation().getShortName();
            if (rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obl")
                    || rel.equals("nmod") || rel.equals("compound:prt") || rel.equals("nsubj:pass")) return false;
        }
        return true;
    }

    /**
     * Whether a bare verb conjoined to {@code head} stands before the head's complement and so shares it
     * ("further strengthen and deepen the cooperation", parsed with the object under the first verb): the
     * conjoined verbs are one object.
     */
    static boolean sharesObject(SemanticGraph g, IndexedWord head, IndexedWord conjunct) {
        if (conjunct == null || conjunct.tag() == null || !conjunct.tag().startsWith("VB") || !isBare(g, conjunct)
                || conjunct.index() < head.index()) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().getShortName();
            if ((rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("obl"))
                    && e.getDependent().index() > conjunct.index()) return true;
        }
        return false;
    }

    /**
     * A noun object followed by a prepositional phrase of {@code prepositions} that the parser attached higher
     * up (to the verb) runs on through it: "adopted a joint statement on expanding partnership". A phrase that is
     * a date or a place (by the tagger's label) stays out, and so do the date and place phrases inside it ("… on
     * strategic partnership | in Astana on Tuesday").
     */
    private static int withAttachedPhrase(SemanticGraph g, List<Token> toks, int to, int exclude, Set<String> prepositions) {
        if (to + 2 >= toks.size() || !prepositions.contains(toks.get(to + 1).word().toLowerCase(Locale.ROOT))) return to;
        IndexedWord prep = g.getNodeByIndexSafe(to + 2);
        IndexedWord phrase = prep == null ? null : g.getParent(prep);
        if (phrase == null || phrase.index() - 1 <= to || phrase.index() - 1 == exclude) return to;
        int end = to + 1;
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(phrase));
        Set<Integer> seen = new HashSet<>();
        if (isDateOrPlace(g, phrase)) return to;
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!seen.add(w.index())) continue;
            end = Math.max(end, w.index() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().getShortName();
                if (rel.equals("punct") || rel.equals("parataxis") || rel.equals("acl:relcl") || rel.equals("advcl")) continue;
                if ((rel.equals("nmod") || rel.equals("obl")) && isDateOrPlace(g, e.getDependent())) continue; // "… in Astana on Tuesday"
                todo.push(e.getDependent());
            }
        }
        while (end > to + 1 && toks.get(end).pos() != null && (toks.get(end).pos().equals(",") || toks.get(end).pos().equals("."))) end--;
        return end;
    }

    /**
     * Whether a node heads the date, time or place of an act: its ner (the type of the mention over it, else
     * CoreNLP's class) is DATE, TIME or LOCATION, or it is a COUNTRY after "in" or "at" ("… in Kazakhstan on
     * Tuesday"; "between China and Russia" names parties, not a place).
     */
    static boolean isDateOrPlace(SemanticGraph g, IndexedWord w) {
        String ner = w.ner();
        if (ner == null) return false;
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("LOCATION")) return true;
        if (!ner.equals("COUNTRY")) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String c = e.getDependent().word().toLowerCase(Locale.ROOT);
            if (e.getRelation().getShortName().equals("case") && (c.equals("in") || c.equals("at"))) return true;
        }
        return false;
    }

    private static boolean isEdgeNoise(Token t, boolean leading) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (leading && ARTICLES.contains(w)) return true;
        if (leading && isInnerPunctuation(t) && !t.pos().equals("``") && !t.pos().equals("-LRB-")) return true;
        if (leading && t.pos() != null && (t.pos().equals("TO") || t.pos().equals("IN"))) return true;
        return t.pos() != null && (t.pos().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.pos().equals("CC")
                || t.pos().equals("``") || t.pos().equals("''") || t.pos().equals("-LRB-") && !leading || t.pos().equals("-RRB-") && leading);
    }

    private static String particle(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("compound:prt")) return e.getDependent().word().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The passive verb's subject; for "is scheduled to be held", the subject of the verb it complements. */
    private static IndexedWord passiveSubject(SemanticGraph g, IndexedWord verb) {
        boolean passive = false;
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (e.getRelation().toString().equals("nsubj:pass")) return e.getDependent();
            if (e.getRelation().toString().equals("aux:pass")) passive = true;
        }
        IndexedWord parent = g.getParent(verb);
        if (!passive || parent == null || !g.getEdge(parent, verb).getRelation().getShortName().equals("xcomp")) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(parent)) {
            if (e.getRelation().toString().equals("nsubj:pass")) return e.getDependent();
        }
        return null;
    }
}
