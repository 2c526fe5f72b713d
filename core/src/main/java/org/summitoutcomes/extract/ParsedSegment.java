package org.summitoutcomes.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.nlp.Annotations;
import org.summitoutcomes.nlp.CoreSentences;

/**
 * One segment with its dependency parse: the basic tree (for phrase spans: every node has one head) and the
 * enhanced++ graph (for frame patterns: propagated subjects and conjuncts). Node index {@code i} (1-based) is
 * segment token {@code i - 1}.
 */
record ParsedSegment(Segment segment, SemanticGraph basic, SemanticGraph enhanced) {
    /** Longest segment the parser is given, in tokens; longer ones give no frames (cost grows with length). */
    static final int MAX_TOKENS = 120;

    /**
     * Parses a segment; null when it is empty, too long, or the parser gives no graph. The parser reads the
     * segment's labels as the tag stage left them ({@link CoreSentences}): each node's {@code ner} attribute is
     * the type of the project's entity mention over its token (DOCUMENT, COUNTRY, MONEY …), so that frame
     * patterns can name it ({@code {ner:DOCUMENT}}). The labels are not changed.
     *
     * @param labels the segment's labels, one per token
     */
    static ParsedSegment parse(String text, Segment segment, List<CoreLabel> labels, StanfordCoreNLP parser) {
        if (segment.tokens().isEmpty() || segment.tokens().size() > MAX_TOKENS) return null;
        Annotation ann = Annotations.document(text, List.of(labels), null);
        parser.annotate(ann);
        CoreMap sentence = ann.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SemanticGraph enhanced = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        return basic == null || enhanced == null ? null : new ParsedSegment(segment, basic, enhanced);
    }
}
