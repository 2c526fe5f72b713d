package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.batch.BatchRunner;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.model.Document;
import org.summitoutcomes.model.Relation;
import org.summitoutcomes.pipeline.Feature;
import org.summitoutcomes.pipeline.Pipeline;
import org.summitoutcomes.SummitOutcomes;
import org.summitoutcomes.pipeline.Stage;
import org.summitoutcomes.score.BCubed;
import org.summitoutcomes.score.OutcomeGold;

/**
 * Consolidation end to end on six short articles written for this test (src/test/resources/.../outcomes/): the
 * same outcomes reported in different words, and distractors that must stay apart. B-cubed F1 of at least 0.90,
 * and the same outcome ids from a rerun with other threads and input order, and from a resumed run.
 */
@Tag("e2e")
class OutcomeFixturesTest {
    static final Path FIXTURES = Fixtures.ROOT.resolve("core/src/test/resources/org/summitoutcomes/outcomes");
    @TempDir static Path tmp;
    static Path first;

    private static BatchRunner runner(Pipeline p, int threads) {
        return new BatchRunner(p, threads, new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8), false);
    }

    @BeforeAll
    static void runOnce() throws IOException {
        first = tmp.resolve("first");
        runner(SummitOutcomes.defaultPipeline(), 2).run(List.of(FIXTURES), first);
    }

    private static Map<String, String> ids(Path out) throws IOException {
        Map<String, String> ids = new TreeMap<>();
        for (Document d : RecordFiles.read(out.resolve("documents.jsonl"))) {
            for (Relation r : d.relations()) ids.put(d.id() + "#" + r.id(), r.coding().outcomeId());
        }
        return ids;
    }

    @Test
    void atLeastSixFixtureArticles() throws IOException {
        try (var s = Files.list(FIXTURES)) {
            assertTrue(s.filter(p -> p.toString().endsWith(".txt")).count() >= 6, "at least six fixture articles");
        }
    }

    @Test
    void groupingScoresAtLeastPointNineBCubed() throws IOException {
        BCubed.Result r = OutcomeGold.read(FIXTURES.resolve("outcomes-gold.tsv")).score(RecordFiles.read(first.resolve("documents.jsonl")));
        assertEquals(18, r.items());
        assertTrue(r.f1() >= 0.90, "B-cubed F1 " + r.f1() + " (P " + r.precision() + ", R " + r.recall() + ")");
        assertTrue(r.recall() >= 0.90, "B-cubed recall " + r.recall());
    }

    @Test
    void everyRecordHasItsOutcomeAndEveryOutcomeItsRecords() throws IOException {
        Map<String, String> ids = ids(first);
        List<String> lines = Files.readAllLines(first.resolve("outcomes.jsonl"));
        int records = 0;
        for (String l : lines) {
            Outcome o = org.summitoutcomes.export.OutcomeJson.fromJson(org.summitoutcomes.export.RecordCodec.JSON.readTree(l));
            for (String ref : o.records()) assertEquals(o.outcomeId(), ids.get(ref), ref);
            records += o.mentions();
        }
        assertEquals(ids.size(), records);
        List<String> csv = Files.readAllLines(first.resolve("outcomes.csv"));
        assertEquals(lines.size() + 1, csv.size());
        assertTrue(Files.readAllLines(first.resolve("relations.csv")).get(0).endsWith(",outcome_id,action_class,plover_type,plover_mode,cameo,party_types,recipients"));
    }

    @Test
    void aRerunWithOtherThreadsAndInputOrderGivesTheSameIds() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(FIXTURES)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Collections.reverse(files);
        Path again = tmp.resolve("again");
        runner(SummitOutcomes.defaultPipeline(), 3).run(files, again);
        assertEquals(ids(first), ids(again));
    }

    @Test
    void aResumedRunGivesTheSameFiles() throws IOException {
        Stage crash = new Stage() {
            @Override public String name() { return "crash"; }
            @Override public Set<Feature> requires() { return EnumSet.noneOf(Feature.class); }
            @Override public Set<Feature> provides() { return EnumSet.noneOf(Feature.class); }
            @Override public Document apply(Document d) {
                if (d.id().equals("f4")) throw new OutOfMemoryError("simulated crash in f4");
                return d;
            }
        };
        List<Stage> stages = new ArrayList<>(SummitOutcomes.defaultPipeline().stages());
        stages.add(crash);
        Path out = tmp.resolve("resumed");
        assertThrows(IOException.class, () -> runner(Pipeline.of(stages.toArray(Stage[]::new)), 1).run(List.of(FIXTURES), out));
        runner(SummitOutcomes.defaultPipeline(), 1).run(List.of(FIXTURES), out, true);
        for (String f : List.of("outcomes.jsonl", "outcomes.csv", "documents.jsonl", "relations.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
    }
}
