package org.summitoutcomes.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.EntityType;
import org.summitoutcomes.model.Mention;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;

/**
 * Re-mentions of a named outcome in other case ("the Treaty on Eternal Friendship" … "the treaty on eternal
 * friendship"): every further occurrence of a name of three or more words, in any case, inside a segment and free of
 * other mentions, becomes a mention of the same type with the same normalized name.
 */
final class NameReMentions {
    private static final Set<EntityType> TYPES = Set.of(EntityType.DOCUMENT, EntityType.CENTER, EntityType.MECHANISM, EntityType.INITIATIVE);

    private NameReMentions() {}

    /** A longer mention that starts with a known name in other case ("the treaty on … management matters") is cut to the name. */
    private static void cutRunOns(List<Mention> out, Mention name, Document doc) {
        String needle = name.text().toLowerCase(Locale.ROOT);
        for (int i = 0; i < out.size(); i++) {
            Mention o = out.get(i);
            String t = o.text().toLowerCase(Locale.ROOT);
            if (o == name || o.type() != name.type() || !t.startsWith(needle + " ") || o.text().startsWith(name.text())) continue;
            int endChar = doc.text().charIndex(o.span().start()) + needle.length();
            Span span = new Span(o.span().start(), doc.text().codePointOffset(endChar));
            out.set(i, new Mention(o.id(), o.type(), span, doc.cover(span), name.normalized(), o.attributes(), "name-re-mention"));
        }
    }

    /** The mentions plus the re-mentions found (unsorted, without ids). */
    static List<Mention> add(List<Mention> mentions, Document doc) {
        List<Mention> out = new ArrayList<>(mentions);
        String text = doc.text().value();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) return out; // case folding changed lengths: offsets would not line up
        for (Mention m : mentions) {
            if (!TYPES.contains(m.type()) || m.text().split("\\s+").length < 3) continue;
            cutRunOns(out, m, doc);
        }
        for (Mention m : mentions) {
            if (!TYPES.contains(m.type()) || m.text().split("\\s+").length < 3) continue;
            String needle = m.text().toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                Span span = doc.text().spanOfChars(at, end);
                if (out.stream().anyMatch(o -> o.span().overlaps(span))) continue;
                if (doc.segments().stream().map(Segment::span).noneMatch(s -> s.contains(span))) continue;
                out.add(new Mention(null, m.type(), span, doc.cover(span), m.normalized(), Map.of(), "name-re-mention"));
            }
        }
        return out;
    }
}
