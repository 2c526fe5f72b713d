package org.summitoutcomes.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.SegmentAnnotations;

/**
 * CoreNLP's token labels for each segment of a tagged document, built once: the tag stage builds them from the
 * segments' tokens ({@link Annotations#labels}), runs NER over them and hands them on with the document
 * ({@link Document#annotations}); the extract stage parses them as they are. Each label carries the token's
 * word, code-point offsets, POS, lemma and NER, where the NER is the type of the project's mention over the
 * token ({@code COUNTRY}, {@code DOCUMENT}, {@code MONEY} …, what frame patterns name as {@code {ner:…}}), else
 * CoreNLP's own class. Labels are not changed once built: the parser reads them into a graph of its own.
 */
public final class CoreSentences implements SegmentAnnotations {
    private final List<List<CoreLabel>> labels;

    private CoreSentences(List<List<CoreLabel>> labels) {
        List<List<CoreLabel>> copy = new ArrayList<>();
        for (List<CoreLabel> l : labels) copy.add(Collections.unmodifiableList(new ArrayList<>(l)));
        this.labels = List.copyOf(copy);
    }

    /**
     * The labels a tagger ran NER over, with each token's NER set to the type of the mention over it.
     *
     * @param labels one list per segment of {@code tagged}, in order, one label per token (taken over: the
     *               caller must not change them afterwards)
     * @param tagged the document with its final segments and mentions
     * @throws IllegalArgumentException when the lists do not match the document's segments and tokens
     */
    public static CoreSentences tagged(List<List<CoreLabel>> labels, Document tagged) {
        List<Segment> segments = tagged.segments();
        if (labels.size() != segments.size()) {
            throw new IllegalArgumentException(labels.size() + " label lists for " + segments.size() + " segments");
        }
        for (int si = 0; si < segments.size(); si++) {
            Segment s = segments.get(si);
            List<CoreLabel> l = labels.get(si);
            if (l.size() != s.tokens().size()) {
                throw new IllegalArgumentException("segment " + si + " has " + s.tokens().size() + " tokens but " + l.size() + " labels");
            }
            Mention[] over = tagged.mentionsByToken(s);
            for (int i = 0; i < over.length; i++) if (over[i] != null) l.get(i).setNER(over[i].type().name());
        }
        return new CoreSentences(labels);
    }

    /**
     * The structures the document carries, when an earlier stage built them over its current segments and
     * mentions; else built now from its tokens (with their POS, lemma and NER) and its mentions.
     */
    public static CoreSentences of(Document doc) {
        if (doc.annotations() instanceof CoreSentences built) return built;
        List<List<CoreLabel>> labels = new ArrayList<>();
        for (Segment s : doc.segments()) labels.add(Annotations.labels(s, labels.size()));
        return tagged(labels, doc);
    }

    /** The labels of the segment at this position of the document's list (0-based), one per token, read-only. */
    public List<CoreLabel> labels(int segment) { return labels.get(segment); }

    @Override public int size() { return labels.size(); }

    @Override public String toString() { return "CoreSentences[" + labels.size() + " segments]"; }
}
