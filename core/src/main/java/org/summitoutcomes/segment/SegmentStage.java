package org.summitoutcomes.segment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.model.Token;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Stage;

/**
 * Splits a document into sentences, list items, headings and a title line, with tokens, POS and lemmas
 * from CoreNLP. Every bullet and numbered item is its own segment; list items remember the heading and the
 * lead-in sentence above their list.
 *
 * <p>CoreNLP runs on a masked copy of the text of the same length, in which excluded ranges (metadata,
 * boilerplate) and list markers are blanked, so its offsets index the unchanged text.
 */
public final class SegmentStage implements Stage {
    private final Supplier<StanfordCoreNLP> corenlp;

    public SegmentStage(Supplier<StanfordCoreNLP> corenlp) { this.corenlp = corenlp; }

    @Override public String name() { return "segment"; }
    @Override public Set<Feature> requires() { return EnumSet.of(Feature.TEXT, Feature.METADATA); }
    @Override public Set<Feature> provides() { return EnumSet.of(Feature.SEGMENTS); }

    /** A line of the text with its kind; offsets in UTF-16 units. */
    private record Line(int start, int end, LineKind kind) {}

    @Override
    public Document apply(Document doc) {
        Text text = doc.text();
        char[] masked = text.value().toCharArray();
        LineEnds.normalize(masked);
        for (Span ex : doc.excluded()) blank(masked, text.charIndex(ex.start()), text.charIndex(ex.end()));

        List<Line> lines = new ArrayList<>();
        int ls = 0;
        String maskedView = new String(masked);
        while (ls <= masked.length) {
            int nl = maskedView.indexOf('\n', ls);
            int le = nl < 0 ? masked.length : nl;
            LineKind kind = LineKind.of(maskedView.substring(ls, le));
            if (kind.kind() != LineKind.Kind.BLANK && kind.kind() != LineKind.Kind.TEXT && kind.kind() != LineKind.Kind.HEADING) {
                blank(masked, ls, ls + kind.contentStart());
            }
            lines.add(new Line(ls, le, kind));
            if (nl < 0) break;
            ls = nl + 1;
        }
        SentenceCap.apply(masked);
        String title = doc.metadata().title();
        Annotation ann = new Annotation(new String(masked));
        if (doc.metadata().published() != null) ann.set(CoreAnnotations.DocDateAnnotation.class, doc.metadata().published());
        corenlp.get().annotate(ann);

        List<Segment> segments = new ArrayList<>();
        Line open = null;
        List<Token> pending = new ArrayList<>();
        boolean firstContent = true;
        for (CoreMap sentence : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> tokens = tokens(sentence);
            if (tokens.isEmpty()) continue;
            Line line = lineOf(lines, text.charIndex(tokens.get(0).span().start()));
            boolean wholeLine = line.kind().kind() != LineKind.Kind.TEXT;
            boolean isTitle = firstContent && title != null
                    && text.substring(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end()).strip().equals(title.strip());
            firstContent = false;
            if (open != null && open != line) {
                segments.add(segment(segments.size(), open, pending));
                pending = new ArrayList<>();
                open = null;
            }
            if (isTitle) {
                segments.add(new Segment(segments.size(), Segment.Kind.TITLE, spanOf(tokens), null, -1, -1, tokens));
            } else if (wholeLine) {
                open = line;
                pending.addAll(tokens);
            } else {
                segments.add(new Segment(segments.size(), Segment.Kind.SENTENCE, spanOf(tokens), null, -1, -1, tokens));
            }
        }
        if (open != null) segments.add(segment(segments.size(), open, pending));
        return doc.withSegments(withListContext(segments));
    }

    private static Segment segment(int index, Line line, List<Token> tokens) {
        Segment.Kind kind = switch (line.kind().kind()) {
            case BULLET, NUMBERED -> Segment.Kind.LIST_ITEM;
            default -> Segment.Kind.HEADING;
        };
        return new Segment(index, kind, spanOf(tokens), line.kind().marker(), -1, -1, tokens);
    }

    /** Sets each list item's heading and lead-in: the segments just above the run of items it belongs to. */
    static List<Segment> withListContext(List<Segment> segments) {
        List<Segment> out = new ArrayList<>(segments);
        int heading = -1;
        int leadIn = -1;
        for (int i = 0; i < out.size(); i++) {
            Segment s = out.get(i);
            if (!s.isListItem()) continue;
            if (i == 0 || !out.get(i - 1).isListItem()) {
                heading = -1;
                leadIn = -1;
                int j = i - 1;
                if (j >= 0 && out.get(j).kind() == Segment.Kind.HEADING) heading = j--;
                if (j >= 0 && out.get(j).kind() == Segment.Kind.SENTENCE) {
                    leadIn = j--;
                    if (heading < 0 && j >= 0 && out.get(j).kind() == Segment.Kind.HEADING) heading = j;
                }
            }
            out.set(i, new Segment(s.index(), s.kind(), s.span(), s.marker(), heading, leadIn, s.tokens()));
        }
        return out;
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<Token> out = new ArrayList<>();
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            String word = l.originalText() != null ? l.originalText() : l.word();
            // CoreNLP's begin/end positions count UTF-16 units; the contract counts code points.
            Integer begin = l.get(CoreAnnotations.CodepointOffsetBeginAnnotation.class);
            Integer end = l.get(CoreAnnotations.CodepointOffsetEndAnnotation.class);
            Span span = begin != null && end != null ? new Span(begin, end) : new Span(l.beginPosition(), l.endPosition());
            out.add(new Token(span, word, l.tag(), l.lemma(), null, null));
        }
        return out;
    }

    private static Span spanOf(List<Token> tokens) {
        return new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
    }

    /** The line holding a UTF-16 index (binary search: lines are in order and cover the text). */
    private static Line lineOf(List<Line> lines, int charIndex) {
        int lo = 0, hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= charIndex) lo = mid;
            else hi = mid - 1;
        }
        return lines.get(lo);
    }

    private static void blank(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
    }
}
