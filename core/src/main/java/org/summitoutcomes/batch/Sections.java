package org.summitoutcomes.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Text;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.pipeline.Stage;

/**
 * Runs the pipeline over a very long document section by section, so that its cost stays linear in its
 * length. The stages up to the one that provides {@link Feature#METADATA} see the whole document (metadata
 * lines, boilerplate); the later ones run on sections of at most {@link #SECTION_CODE_POINTS} code points cut
 * at a blank line, else a line end, else a space. Mentions and relations are shifted back into the whole
 * text and numbered again (E1…, R1…); the document gets a warning that says so. A document no longer than
 * one section runs through the pipeline unchanged. An interrupted thread (a document past its time budget)
 * stops between sections.
 */
final class Sections {
    /** Longest section, in code points. */
    static final int SECTION_CODE_POINTS = 40_000;

    private Sections() {}

    /** The pipeline's output for {@code doc}; {@code sectionLength} in code points (tests use small ones). */
    static Document run(Pipeline pipeline, Document doc, int sectionLength) {
        if (doc.text().length() <= sectionLength) return pipeline.run(doc);
        List<Stage> stages = pipeline.stages();
        int whole = 0;
        for (int i = 0; i < stages.size(); i++) if (stages.get(i).provides().contains(Feature.METADATA)) whole = i + 1;
        Document prepared = Pipeline.run(stages.subList(0, whole), doc);
        List<Span> sections = cut(prepared.text(), sectionLength);
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        LinkedHashSet<String> warnings = new LinkedHashSet<>(prepared.warnings());
        for (Span section : sections) {
            // a document abandoned at the end of its time budget stops here, not after its last section
            if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("interrupted: the time budget ran out");
            Document part = Pipeline.run(stages.subList(whole, stages.size()), part(prepared, section));
            int off = section.start();
            Map<String, String> newIds = new HashMap<>();
            for (Mention m : part.mentions()) {
                String id = "E" + (mentions.size() + 1);
                newIds.put(m.id(), id);
                mentions.add(new Mention(id, m.type(), shift(m.span(), off), m.text(), m.normalized(), m.attributes(), m.rule()));
            }
            for (Relation r : part.relations()) {
                relations.add(new Relation("R" + (relations.size() + 1), r.type(), r.action(), r.modality(), r.parties(), r.object(),
                        r.objectEntity() == null ? null : newIds.get(r.objectEntity()), r.date(), r.place(), r.speaker(),
                        shift(r.evidence(), off), r.confidence(), r.rule()));
            }
            warnings.addAll(part.warnings());
        }
        warnings.add("long document (" + doc.text().length() + " code points): processed in " + sections.size()
                + " sections of at most " + sectionLength);
        return new Document(prepared.id(), prepared.metadata(), prepared.text(), prepared.excluded(), List.of(), mentions, relations,
                new ArrayList<>(warnings));
    }

    /** The section as a document of its own: its text, the whole document's metadata, its share of the excluded ranges. */
    private static Document part(Document whole, Span section) {
        List<Span> excluded = new ArrayList<>();
        for (Span e : whole.excluded()) {
            int s = Math.max(e.start(), section.start()), t = Math.min(e.end(), section.end());
            if (s < t) excluded.add(new Span(s - section.start(), t - section.start()));
        }
        return Document.of(whole.id(), whole.text().substring(section), whole.metadata()).withExcluded(excluded);
    }

    private static Span shift(Span s, int off) { return new Span(s.start() + off, s.end() + off); }

    /** Consecutive sections covering the text, each at most {@code max} code points, cut where the text breaks best. */
    static List<Span> cut(Text text, int max) {
        String v = text.value();
        List<Span> out = new ArrayList<>();
        int start = 0; // UTF-16
        while (start < v.length()) {
            int limit = text.charIndex(Math.min(text.length(), text.codePointOffset(start) + max));
            int end = limit;
            if (limit < v.length()) {
                int floor = start + (limit - start) / 2;
                end = breakBefore(v, "\n\n", floor, limit);
                if (end < 0) end = breakBefore(v, "\n", floor, limit);
                if (end < 0) end = breakBefore(v, " ", floor, limit);
                if (end < 0) end = limit;
                if (end < v.length() && Character.isLowSurrogate(v.charAt(end)) && end > start + 1) end--;
            }
            out.add(text.spanOfChars(start, end));
            start = end;
        }
        return out;
    }

    /** The index just after the last {@code sep} ending within [floor, limit], or -1. */
    private static int breakBefore(String v, String sep, int floor, int limit) {
        int i = v.lastIndexOf(sep, limit - sep.length());
        return i >= floor ? i + sep.length() : -1;
    }
}
