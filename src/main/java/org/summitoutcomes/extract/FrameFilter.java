package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Locale;
import java.util.Map;

/**
 * Drops frames whose outcome did not happen or is not a party's: negated ("did not sign"), hypothetical
 * ("could provide"), failed or forecast ("failed to agree", "analysts expect them to sign", "is expected to").
 * A cue is a word of {@code lexicons/frame-blockers.tsv}: a {@code modifier} attached to the trigger or to a
 * word that governs it (advmod, aux, neg), or a {@code governor}: a word within three heads above the trigger.
 */
final class FrameFilter {
    /** cue word or lemma (lower case) → "modifier" or "governor" */
    private final Map<String, String> cues;

    FrameFilter(Map<String, String> cues) { this.cues = Map.copyOf(cues); }

    boolean blocked(Frame f) {
        SemanticGraph g = f.parsed().basic();
        IndexedWord node = g.getNodeByIndexSafe(f.trigger() + 1);
        for (int depth = 0; node != null && depth <= 3; depth++) {
            if (depth > 0 && "governor".equals(cues.get(key(node)))) return true;
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                String rel = e.getRelation().getShortName();
                if ((rel.equals("advmod") || rel.startsWith("aux") || rel.equals("neg") || rel.equals("det"))
                        && "modifier".equals(cues.get(key(e.getDependent())))) return true;
            }
            node = g.getParent(node);
        }
        return false;
    }

    private static String key(IndexedWord w) {
        String lemma = w.lemma() != null ? w.lemma() : w.word();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
