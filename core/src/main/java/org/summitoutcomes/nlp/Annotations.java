package org.summitoutcomes.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Token;

/**
 * Converts between the project's immutable tokens and CoreNLP's mutable annotations.
 *
 * <p>Offsets: the project counts code points, CoreNLP's annotators cut the document text (and rebuild
 * phrases from tokens' original text) in UTF-16 units. Every string handed to CoreNLP together with our
 * offsets goes through {@link #aligned}, the one conversion: each supplementary character (emoji, CJK
 * extension B …) becomes one U+FFFD, so UTF-16 indices equal code-point offsets, and the offsets CoreNLP
 * reads and writes are ours unchanged.
 */
public final class Annotations {
    private Annotations() {}

    /** CoreLabels of one segment's tokens, carrying word, offsets, POS, lemma and NER where known. */
    public static List<CoreLabel> labels(Segment segment, int sentenceIndex) {
        List<CoreLabel> labels = new ArrayList<>();
        int i = 0;
        for (Token t : segment.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(aligned(t.word()));
            l.setBeginPosition(t.span().start());
            l.setEndPosition(t.span().end());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setIndex(++i);
            l.setSentIndex(sentenceIndex);
            l.set(CoreAnnotations.TokenBeginAnnotation.class, i - 1);
            l.set(CoreAnnotations.TokenEndAnnotation.class, i);
            if (t.ner() != null) {
                l.setNER(t.ner());
                if (t.nerValue() != null) l.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, t.nerValue());
            }
            labels.add(l);
        }
        return labels;
    }

    /**
     * The string with every supplementary character replaced by U+FFFD, so that its UTF-16 indices are the
     * code-point offsets the tokens carry (annotators that cut the text by offsets, or join tokens' original
     * text to rebuild a phrase, as SUTime does, then cut it right). Same string when there is none.
     */
    public static String aligned(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) return text;
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.append(Character.isSupplementaryCodePoint(cp) ? '\uFFFD' : (char) cp));
        return b.toString();
    }

    /** A document annotation whose sentences are the given label lists (for NER over existing tokens). */
    public static Annotation document(String text, List<List<CoreLabel>> sentences, String docDate) {
        Annotation ann = new Annotation(aligned(text));
        List<CoreMap> maps = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (List<CoreLabel> labels : sentences) {
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, maps.size());
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + labels.size());
            if (!labels.isEmpty()) {
                sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, labels.get(0).beginPosition());
                sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, labels.get(labels.size() - 1).endPosition());
            }
            maps.add(sentence);
            all.addAll(labels);
        }
        ann.set(CoreAnnotations.TokensAnnotation.class, all);
        ann.set(CoreAnnotations.SentencesAnnotation.class, maps);
        if (docDate != null) ann.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        return ann;
    }
}
