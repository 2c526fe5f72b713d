package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Map;

/**
 * Drops frames whose outcome did not happen or is not a party's: negated ("did not sign"), hypothetical
 * ("could provide"), failed or forecast ("failed to agree", "analysts expect them to sign", "is expected to",
 * "will give new impetus"), or an itinerary rather than an outcome ("will discuss", "will meet").
 * A cue is a word of {@code lexicons/frame-blockers.tsv}: an {@code action} (the committed verb), an
 * {@code object} (the head of the committed verb's object), a {@code modifier} attached to the trigger or to a
 * word that governs it (advmod, aux, neg, det, mark: "unless a state is established", or cc: "nor does it intend") or
 * the object's determiner ("no joint statement was issued"), or a {@code governor}: a word whose complement (xcomp, ccomp, advcl, csubj) the trigger's clause is, within
 * three heads ("failed to agree", "urged them to pledge").
 */
final class FrameFilter {
    /** cue word or lemma (lower case) → "modifier" or "governor" */
    private final Map<String, String> cues;

    FrameFilter(Map<String, String> cues) { this.cues = Map.copyOf(cues); }

    boolean blocked(Frame f) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord object = g.getNodeByIndexSafe(f.object() + 1);
        if (object != null && object.tag() != null && object.tag().startsWith("VB")) {
            if ("action".equals(cues.get(key(object)))) return true;
            for (SemanticGraphEdge e : g.outgoingEdgeList(object)) {
                if (e.getRelation().getShortName().equals("obj") && "object".equals(cues.get(key(e.getDependent())))) return true;
            }
        }
        if (object != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(object)) {
                if (e.getRelation().getShortName().equals("det") && "modifier".equals(cues.get(key(e.getDependent())))) return true; // "no declaration was issued"
            }
        }
        IndexedWord node = g.getNodeByIndexSafe(f.trigger() + 1);
        for (int depth = 0; node != null && depth <= 3; depth++) {
            if (depth > 0 && "governor".equals(cues.get(key(node)))) return true;
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().getShortName();
                if ((rel.equals("advmod") || rel.startsWith("aux") || rel.equals("neg") || rel.equals("det") || rel.equals("mark") || rel.equals("cc"))
                        && "modifier".equals(cues.get(key(e.getDependent())))) return true;
            }
            node = complementHead(g, node);
        }
        return false;
    }

    /** The word whose complement (xcomp, ccomp, advcl, csubj) this clause is, or null. */
    private static IndexedWord complementHead(SemanticGraph g, IndexedWord node) {
        for (SemanticGraphEdge e : g.incomingEdgeIterable(node)) {
            String rel = e.getRelation().getShortName();
            if (rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("advcl") || rel.equals("csubj")) return e.getGovernor();
        }
        return null;
    }

    private static String key(IndexedWord w) {
        String lemma = w.lemma() != null ? w.lemma() : w.word();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
