package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;

/**
 * Object trimming on dependency trees written by hand (no parser, no CoreNLP model): what a verb or noun
 * object keeps and where it stops.
 */
@Tag("unit")
class ObjectPhraseTest {
    private static final Set<String> PREPOSITIONS = Set.of("on", "of");
    private static final Set<String> CONDITIONS = Set.of("if", "once");

    /** A one-sentence document and its tree ({@link HandBuilt}): {@code words} as "word/TAG/lemma", edges as "rel gov dep" (1-based). */
    private record Sentence(Document doc, ParsedSegment parsed) {
        static Sentence of(String words, String... edges) {
            HandBuilt a = new HandBuilt();
            int s = a.sentence(words);
            return new Sentence(a.doc(), a.parse(s, edges));
        }

        String object(int head) {
            return ObjectPhrase.read(doc, parsed, head - 1, -1, PREPOSITIONS, CONDITIONS).text();
        }
    }

    @Test
    void aVerbObjectKeepsItsComplementsAndDropsItsSubjectAndAuxiliary() {
        Sentence s = Sentence.of("Chile/NNP/Chile will/MD/will open/VB/open a/DT/a trade/NN/trade office/NN/office in/IN/in Lima/NNP/Lima ./././",
                "nsubj 3 1", "aux 3 2", "obj 3 6", "det 6 4", "compound 6 5", "obl 3 8", "case 8 7", "punct 3 9");
        assertEquals("open a trade office in Lima", s.object(3));
    }

    @Test
    void aNounObjectDropsItsArticleAndItsRelativeClause() {
        Sentence s = Sentence.of("the/DT/the treaty/NN/treaty that/WDT/that ended/VBD/end the/DT/the war/NN/war",
                "det 2 1", "acl:relcl 2 4", "nsubj 4 3", "obj 4 6", "det 6 5");
        assertEquals("treaty", s.object(2));
    }

    @Test
    void conjoinedVerbsThatShareOneObjectAreOnePhrase() {
        Sentence s = Sentence.of("strengthen/VB/strengthen and/CC/and deepen/VB/deepen the/DT/the cooperation/NN/cooperation",
                "conj 1 3", "cc 3 2", "obj 1 5", "det 5 4");
        assertEquals("strengthen and deepen the cooperation", s.object(1));
    }

    @Test
    void aConditionStaysAndOtherAdverbialClausesGo() {
        Sentence kept = Sentence.of("open/VB/open ports/NNS/port if/IN/if Peru/NNP/Peru agrees/VBZ/agree",
                "obj 1 2", "advcl 1 5", "mark 5 3", "nsubj 5 4");
        assertEquals("open ports if Peru agrees", kept.object(1));
        Sentence cut = Sentence.of("open/VB/open ports/NNS/port while/IN/while Peru/NNP/Peru watches/VBZ/watch",
                "obj 1 2", "advcl 1 5", "mark 5 3", "nsubj 5 4");
        assertEquals("open ports", cut.object(1));
    }
}
