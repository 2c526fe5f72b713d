package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.tag.DataFile;

/**
 * A Semgrex rule file ({@code rule-id TAB pattern}, an {@code # example:} line above each rule) applied to the
 * dependency graph of one parsed segment; the stage parses only segments that hold a trigger lemma.
 */
final class DependencyRules {
    /** A rule match: the verb's token index, the object's subtree as tokens {@code [from, to)}, and the action. */
    record Hit(String rule, String action, int verb, int from, int to) {}

    record Rule(String id, SemgrexPattern pattern, String example) {}

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> actions = new HashMap<>();

    DependencyRules(String resource, String triggerLexicon) {
        for (String[] r : DataFile.rows(triggerLexicon)) actions.put(r[0], r[1]);
        String example = null;
        for (String line : DataFile.text(resource).split("\n")) {
            String t = line.strip();
            if (t.startsWith("# example:")) {
                example = t.substring("# example:".length()).strip();
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                String[] f = t.split("\t", 2);
                if (f.length != 2) throw new IllegalStateException(resource + ": rule line is not 'id<TAB>pattern': " + t);
                try {
                    rules.add(new Rule(f[0], SemgrexPattern.compile(f[1].strip()), example));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ": rule " + f[0] + ": " + e.getMessage(), e);
                }
                example = null;
            }
        }
    }

    List<Rule> rules() { return rules; }

    /** Whether a segment holds a trigger lemma, so that parsing it may pay off. */
    boolean mayMatch(Segment s) {
        for (Token t : s.tokens()) if (t.lemma() != null && actions.containsKey(t.lemma().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** The matches in a parsed segment (none unless it holds a trigger lemma). */
    List<Hit> apply(ParsedSegment parsed) {
        Segment segment = parsed.segment();
        if (!mayMatch(segment)) return List.of();
        SemanticGraph graph = parsed.enhanced();
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            SemgrexMatcher m = r.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord verb = m.getNode("verb");
                IndexedWord object = m.getNode("object");
                if (verb == null || object == null) continue;
                int from = object.index() - 1, to = object.index();
                for (IndexedWord d : graph.descendants(object)) {
                    if (d.index() == verb.index() || d.index() - 1 >= segment.tokens().size()) continue;
                    if (d.index() > verb.index() && object.index() < verb.index()) continue;
                    from = Math.min(from, d.index() - 1);
                    to = Math.max(to, d.index());
                }
                String action = actions.getOrDefault(verb.lemma().toLowerCase(Locale.ROOT), "sign");
                hits.add(new Hit(r.id(), action, verb.index() - 1, from, to));
            }
        }
        return hits;
    }
}
