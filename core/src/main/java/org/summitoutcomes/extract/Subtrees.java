package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** Token ranges of dependency subtrees, following only the edges a caller accepts. */
final class Subtrees {
    private Subtrees() {}

    /**
     * The token range {@code {min, max}} (0-based, inclusive) that a node and the words it reaches cover.
     *
     * @param follow whether to go down an edge, given the node the walk started from and the edge
     */
    static int[] range(SemanticGraph g, IndexedWord node, BiPredicate<IndexedWord, SemanticGraphEdge> follow) {
        int min = node.index() - 1, max = node.index() - 1;
        Deque<IndexedWord> todo = new ArrayDeque<>(List.of(node));
        Set<IndexedWord> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            IndexedWord w = todo.pop();
            if (!seen.add(w)) continue;
            min = Math.min(min, w.index() - 1);
            max = Math.max(max, w.index() - 1);
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) if (follow.test(node, e)) todo.push(e.getDependent());
        }
        return new int[] {min, max};
    }
}
