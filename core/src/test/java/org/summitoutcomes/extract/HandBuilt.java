package org.summitoutcomes.extract;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.rules.FrameRule;
import org.summitoutcomes.rules.FrameRules;

/**
 * A tagged article built by hand, with no CoreNLP model: what the segment and tag stages would give, written out.
 * Segments are written as tokens {@code "word/TAG/lemma"} separated by spaces (the text joins the words with one
 * space, none before {@code . , ; : 's}); mentions lie over words of the last segment; a segment's dependency
 * trees are edges {@code "rel gov dep"} with 1-based token numbers (as CoNLL-U), the enhanced graph being the
 * basic tree plus any extra edges.
 *
 * <pre>
 *   HandBuilt a = new HandBuilt().published("2025-06-17");
 *   int s = a.sentence("Chile/NNP/Chile pledged/VBD/pledge to/TO/to build/VB/build ports/NNS/port ././.");
 *   a.mention("Chile", EntityType.COUNTRY, "CHL");
 *   ParsedSegment p = a.parse(s, "nsubj 2 1", "xcomp 2 4", "mark 4 3", "obj 4 5", "punct 2 6");
 * </pre>
 */
final class HandBuilt {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "'s", "’s");

    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private Metadata metadata = Metadata.EMPTY;

    /** Sets the publication date ({@code YYYY-MM-DD}). */
    HandBuilt published(String day) {
        metadata = metadata.withPublished(day);
        return this;
    }

    /** A headline: the metadata's title and a TITLE segment on the first line. @return its segment index */
    int headline(String tokens) {
        int i = add(Segment.Kind.TITLE, tokens, "", -1);
        metadata = metadata.withTitle(cover(segments.get(i).span()));
        return i;
    }

    /** A section heading on a line of its own. @return its segment index */
    int heading(String tokens) { return add(Segment.Kind.HEADING, tokens, "\n\n", -1); }

    /** A sentence that continues the current paragraph. @return its segment index */
    int sentence(String tokens) { return add(Segment.Kind.SENTENCE, tokens, " ", -1); }

    /** A sentence that starts a new paragraph. @return its segment index */
    int paragraph(String tokens) { return add(Segment.Kind.SENTENCE, tokens, "\n\n", -1); }

    /** A list item on a line of its own, under the sentence {@code leadIn} (a segment index). @return its segment index */
    int item(String tokens, int leadIn) { return add(Segment.Kind.LIST_ITEM, tokens, "\n", leadIn); }

    /**
     * A mention over the first run of {@code words} (space-separated, as tokens) in the last segment that no
     * mention covers yet.
     *
     * @param attributes {@code "key=value"} pairs (LEADER: {@code "country=CHL"})
     */
    HandBuilt mention(String words, EntityType type, String normalized, String... attributes) {
        Segment seg = segments.get(segments.size() - 1);
        List<String> ws = List.of(words.split(" "));
        List<Token> toks = seg.tokens();
        for (int i = 0; i + ws.size() <= toks.size(); i++) {
            boolean match = true;
            for (int k = 0; k < ws.size() && match; k++) match = toks.get(i + k).word().equals(ws.get(k));
            Span span = new Span(toks.get(i).span().start(), toks.get(i + ws.size() - 1).span().end());
            if (!match || mentions.stream().anyMatch(m -> m.span().overlaps(span))) continue;
            Map<String, String> attrs = new HashMap<>();
            for (String a : attributes) attrs.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            mentions.add(new Mention("T" + (mentions.size() + 1), type, span, cover(span), normalized, attrs, "hand"));
            return this;
        }
        throw new IllegalArgumentException("no free '" + words + "' in segment " + seg.index());
    }

    /** The article: its text, segments and mentions (in text order), no relations. */
    Document doc() {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(Mention::span));
        return Document.of("hand", text.toString(), metadata).withSegments(segments).withMentions(sorted);
    }

    /** Segment {@code index} with one graph for both its basic tree and its enhanced graph. */
    ParsedSegment parse(int index, String... edges) { return parse(index, List.of(edges), List.of()); }

    /**
     * Segment {@code index} with its basic tree, and its enhanced graph: the same edges plus {@code enhancedOnly}
     * (propagated subjects "nsubj:xsubj", conjuncts' shared arguments, case-marked relations "obl:with" …). Each
     * node's {@code ner} is the type of the mention over its token, as {@link org.summitoutcomes.nlp.CoreSentences#tagged} sets it.
     */
    ParsedSegment parse(int index, List<String> basic, List<String> enhancedOnly) {
        Segment seg = segments.get(index);
        List<IndexedWord> nodes = new ArrayList<>();
        for (int i = 0; i < seg.tokens().size(); i++) {
            Token t = seg.tokens().get(i);
            IndexedWord w = new IndexedWord();
            w.setIndex(i + 1);
            w.setSentIndex(0);
            w.setWord(t.word());
            w.setValue(t.word());
            w.setOriginalText(t.word());
            w.setTag(t.pos());
            w.setLemma(t.lemma());
            for (Mention m : mentions) if (m.span().contains(t.span())) w.setNER(m.type().name());
            nodes.add(w);
        }
        List<String> all = new ArrayList<>(basic);
        all.addAll(enhancedOnly);
        return new ParsedSegment(seg, graph(nodes, basic), graph(nodes, all));
    }

    private static SemanticGraph graph(List<IndexedWord> nodes, List<String> edges) {
        SemanticGraph g = new SemanticGraph();
        for (IndexedWord w : nodes) g.addVertex(w);
        boolean[] hasHead = new boolean[nodes.size()];
        for (String e : edges) {
            String[] f = e.split(" ");
            int gov = Integer.parseInt(f[1]) - 1, dep = Integer.parseInt(f[2]) - 1;
            g.addEdge(nodes.get(gov), nodes.get(dep), GrammaticalRelation.valueOf(Language.UniversalEnglish, f[0]), 1.0, false);
            hasHead[dep] = true;
        }
        for (int i = 0; i < nodes.size(); i++) if (!hasHead[i]) g.addRoot(nodes.get(i));
        return g;
    }

    /**
     * One frame rule, as a block of {@code rules/frames.semgrex} would give it (example and expectation made up).
     *
     * @param line {@code "id | TYPE | action | modality | parties | pattern"}, e.g.
     *             {@code "com-pledge | COMMITMENT | lemma | pledged | node | {lemma:pledge}=trigger >xcomp {}=object"}
     */
    static FrameRule rule(String line) {
        String[] f = line.split(" \\| ", 6);
        String block = "# example: made up.\n# expect: " + f[1] + " | x | " + f[3] + " | - | x\n" + "rule: " + f[0] + "\ntype: " + f[1]
                + "\naction: " + f[2] + "\nmodality: " + f[3] + "\nparties: " + f[4] + "\nconfidence: 0.8\npattern: " + f[5] + "\n";
        return FrameRules.parse("hand.semgrex", block).get(0);
    }

    private int add(Segment.Kind kind, String tokens, String separator, int leadIn) {
        if (!segments.isEmpty()) text.append(separator);
        int start = codePoints();
        List<Token> toks = new ArrayList<>();
        for (String t : tokens.split(" ")) {
            String[] p = t.split("/");
            if (p.length != 3) throw new IllegalArgumentException("token '" + t + "' is not word/TAG/lemma");
            if (codePoints() > start && !NO_SPACE_BEFORE.contains(p[0])) text.append(' ');
            int from = codePoints();
            text.append(p[0]);
            toks.add(new Token(new Span(from, codePoints()), p[0], p[1], p[2], null, null));
        }
        int index = segments.size();
        segments.add(new Segment(index, kind, new Span(start, codePoints()), null, -1, leadIn, toks));
        return index;
    }

    /** The text's length so far in code points (offsets count code points, model/Text). */
    private int codePoints() { return text.codePointCount(0, text.length()); }

    private String cover(Span span) { return new Text(text.toString()).substring(span); }
}
