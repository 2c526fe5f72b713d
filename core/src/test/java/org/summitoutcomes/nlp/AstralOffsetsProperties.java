package org.summitoutcomes.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.summitoutcomes.DocumentInvariants;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.SummitOutcomes;

/**
 * Issue 17: astral-plane characters (emoji, CJK extension B, mathematical letters) anywhere before an entity
 * change no normalized value. Every offset crossing into or out of CoreNLP goes through
 * {@link Annotations#aligned}; without it one emoji turned "June 17, 2025" into 0202-06-01.
 */
@Tag("stage")
class AstralOffsetsProperties {
    /** Our own sentences, one per entity kind the tagger normalizes (COUNTRY, LEADER, DOCUMENT, DATE, MONEY, QUANTITY …). */
    static final List<String> WORDS = List.of(
            "President", "Xi", "Jinping", "of", "China", "and", "President", "Kassym-Jomart", "Tokayev", "of", "Kazakhstan", "signed",
            "the", "Astana", "Declaration", "on", "June", "17,", "2025,", "and", "pledged", "USD", "2", "billion", "for", "1,500",
            "kilometres", "of", "railway", "by", "2030.");

    /** Word indices before which a character may go without splitting a mention (not inside "Xi Jinping", "June 17, 2025" …). */
    @Provide
    Arbitrary<List<Integer>> boundaries() {
        List<Integer> inside = List.of(1, 2, 7, 8, 14, 17, 18, 22, 23, 26);
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i <= WORDS.size(); i++) if (!inside.contains(i)) ok.add(i);
        return Arbitraries.of(ok).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> astral() {
        return Arbitraries.of("😀", "🇰🇿", "𠀀", "𝒳", "🤝🏽");
    }

    @Property(tries = 12)
    void astralCharactersChangeNoNormalizedValue(@ForAll("boundaries") List<Integer> at, @ForAll("astral") String ch) {
        String plain = String.join(" ", WORDS) + "\n";
        List<String> words = new ArrayList<>(WORDS);
        for (int i : new TreeSet<>(at).descendingSet()) words.add(i, ch);
        String withAstral = String.join(" ", words) + "\n";
        Pipeline p = SummitOutcomes.defaultPipeline();
        Metadata meta = new Metadata(null, "2025-06-18", null, null, null);
        Document a = p.run(Document.of("plain", plain, meta));
        Document b = p.run(Document.of("astral", withAstral, meta));
        DocumentInvariants.check(b);
        assertTrue(a.mentions().stream().anyMatch(m -> "2025-06-17".equals(m.normalized())), a.mentions()::toString);
        assertEquals(values(a), values(b), withAstral);
        assertEquals(a.relations().stream().map(r -> r.type() + " " + r.date() + " " + r.parties()).toList(),
                b.relations().stream().map(r -> r.type() + " " + r.date() + " " + r.parties()).toList());
    }

    private static List<String> values(Document d) {
        return d.mentions().stream().filter(m -> !m.text().codePoints().anyMatch(Character::isSupplementaryCodePoint))
                .map(m -> m.type() + " " + m.text() + " = " + m.normalized()).toList();
    }
}
