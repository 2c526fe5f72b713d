package org.summitoutcomes.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.international.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Metadata;
import org.summitoutcomes.model.Segment;
import org.summitoutcomes.model.Span;
import org.summitoutcomes.model.Token;

/**
 * Object trimming on dependency trees written by hand (no parser, no CoreNLP model): what a verb or noun
 * object keeps and where it stops.
 */
@Tag("unit")
class ObjectPhraseTest {
    private static final Set<String> PREPOSITIONS = Set.of("on", "of");
    private static final Set<String> CONDITIONS = Set.of("if", "once");

    /** A one-sentence document and its tree; {@code words} as "word/TAG/lemma", edges as "rel gov dep" (1-based). */
    private record Sentence(Document doc, ParsedSegment parsed) {
        static Sentence of(String words, String... edges) {
            String[] ws = words.split(" ");
            StringBuilder text = new StringBuilder();
            List<Token> tokens = new ArrayList<>();
            SemanticGraph g = new SemanticGraph();
            List<IndexedWord> nodes = new ArrayList<>();
            for (int i = 0; i < ws.length; i++) {
                String[] p = ws[i].split("/");
                if (text.length() > 0 && !p[0].equals(".")) text.append(' ');
                int start = text.length();
                text.append(p[0]);
                tokens.add(new Token(new Span(start, text.length()), p[0], p[1], p[2], null, null));
                IndexedWord w = new IndexedWord();
                w.setIndex(i + 1);
                w.setSentIndex(0);
                w.setWord(p[0]);
                w.setValue(p[0]);
                w.setOriginalText(p[0]);
                w.setTag(p[1]);
                w.setLemma(p[2]);
                g.addVertex(w);
                nodes.add(w);
            }
            boolean[] hasHead = new boolean[ws.length];
            for (String e : edges) {
                String[] f = e.split(" ");
                int gov = Integer.parseInt(f[1]) - 1, dep = Integer.parseInt(f[2]) - 1;
                g.addEdge(nodes.get(gov), nodes.get(dep), GrammaticalRelation.valueOf(Language.UniversalEnglish, f[0]), 1.0, false);
                hasHead[dep] = true;
            }
            for (int i = 0; i < ws.length; i++) if (!hasHead[i]) g.setRoot(nodes.get(i));
            Segment seg = new Segment(0, Segment.Kind.SENTENCE, new Span(0, text.length()), null, -1, -1, tokens);
            Document doc = Document.of("t", text.toString(), Metadata.EMPTY).withSegments(List.of(seg));
            return new Sentence(doc, new ParsedSegment(seg, g, g));
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
