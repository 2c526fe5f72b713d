package org.summitoutcomes.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Relation;

/** The gold validator: the gold set is itself valid output, indexes the corpus text unchanged, and is complete. */
class GoldTest {
    private static List<Document> gold;

    @BeforeAll
    static void load() throws IOException {
        gold = RecordFiles.read(Fixtures.GOLD);
    }

    @Tag("unit")
    @Test
    void everyCorpusArticleHasGoldOverTheSameText() throws IOException {
        List<String> ids = new ArrayList<>();
        try (var s = Files.list(Fixtures.CORPUS)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> ids.add(p.getFileName().toString().replaceFirst("\\.txt$", "")));
        }
        assertEquals(ids, gold.stream().map(Document::id).toList());
        for (Document g : gold) {
            String text = Files.readString(Fixtures.CORPUS.resolve(g.id() + ".txt"), StandardCharsets.UTF_8);
            assertEquals(text, g.text().value(), g.id() + ": gold text differs from the corpus file");
        }
    }

    @Tag("stage")
    @Test
    void goldRecordsAreValid() {
        List<String> problems = new ArrayList<>();
        for (Document g : gold) problems.addAll(RecordValidator.problems(g));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Tag("unit")
    @Test
    void goldRelationsAreComplete() {
        int relations = 0;
        for (Document g : gold) {
            relations += g.relations().size();
            for (Relation r : g.relations()) {
                assertEquals("gold", r.rule(), g.id() + " " + r.id());
                String evidence = g.cover(r.evidence());
                assertTrue(!evidence.isBlank() && evidence.equals(evidence.strip()), g.id() + " " + r.id() + ": evidence not trimmed");
            }
        }
        assertTrue(relations > 100, "the gold set has well over a hundred relations, found " + relations);
    }

    @Tag("unit")
    @Test
    void validatorCatchesBrokenRecords() {
        Document g = gold.get(0);
        var m = g.mentions().get(0);
        var shifted = new org.summitoutcomes.model.Mention(m.id(), m.type(), new org.summitoutcomes.model.Span(m.span().start() + 1, m.span().end() + 1),
                m.text(), m.normalized(), m.attributes(), m.rule());
        var broken = g.withMentions(List.of(shifted, m.withId("E999")));
        List<String> p = RecordValidator.problems(broken);
        assertTrue(p.stream().anyMatch(x -> x.contains("text differs")), p::toString);
        assertTrue(p.stream().anyMatch(x -> x.contains("overlaps")), p::toString);
    }
}
