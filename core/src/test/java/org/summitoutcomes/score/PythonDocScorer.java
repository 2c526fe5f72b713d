package org.summitoutcomes.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.summitoutcomes.Fixtures;

/**
 * Test helper: runs the independent scorer {@code shared/tools/score-doclevel.py} (the folder {@code shared} beside
 * the project root, as in CI) and compares its figures with the Java scorer's report.
 */
public final class PythonDocScorer {
    /** The shared folder: the sibling named 'shared' of the project root. */
    public static final Path SHARED = Fixtures.ROOT.toAbsolutePath().getParent().resolve("shared");
    public static final Path SCRIPT = SHARED.resolve("tools/score-doclevel.py");

    private PythonDocScorer() {}

    /** Skips the calling test, with a message, when python3 cannot be started. */
    public static void assumePython() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        Assumptions.assumeTrue(ok, "python3 is missing: the agreement with shared/tools/score-doclevel.py is not checked");
    }

    /** The script's {@code --json --errors} report for a gold folder and a documents.jsonl; fails when the script does. */
    public static JsonNode run(Path goldDir, Path predJsonl) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(SCRIPT), "the independent scorer is missing: " + SCRIPT
                + " (shared/ must sit beside the project root)");
        Process p = new ProcessBuilder("python3", SCRIPT.toString(), goldDir.toString(), predJsonl.toString(), "--json", "--errors")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "score-doclevel.py did not finish");
        assertEquals(0, p.exitValue(), "score-doclevel.py failed: " + out);
        return new ObjectMapper().readTree(out);
    }

    /**
     * Asserts that every figure of the script's report (per-type entity and relation P/R/F1 and counts, core and
     * relation micro, attribute shares, missing documents) equals the Java report's.
     */
    public static void assertSameFigures(JsonNode python, JsonNode java) {
        int compared = 0;
        for (String section : List.of("entities", "relations")) {
            var it = python.get(section).fields();
            while (it.hasNext()) {
                var e = it.next();
                compared += samePrf(section + "." + e.getKey(), e.getValue(), java.path(section).path(e.getKey()));
            }
        }
        compared += samePrf("entities_core_micro", python.get("entities_core_micro"), java.get("entities_core_micro"));
        compared += samePrf("relations_micro", python.get("relations_micro"), java.get("relations_micro"));
        for (String a : List.of("parties", "modality", "date")) {
            JsonNode py = python.path("attributes").path(a);
            if (py.isMissingNode() || py.isNull()) {
                assertEquals(0, java.path("attribute_counts").path(a).path("of").asInt(-1), "attributes." + a + ": the script has no pairs");
            } else {
                assertEquals(py.asDouble(), java.path("attributes").path(a).asDouble(Double.NaN), 1e-12, "attributes." + a);
            }
            compared++;
        }
        assertEquals(python.get("missing_docs"), java.get("missing_docs"), "missing_docs");
        if (python.has("errors") && java.has("errors")) sameErrors(python.get("errors"), java.get("errors"));
        assertEquals(12 + 2 + 2 + 3, compared, "figures compared (12 entity types, 2 relation types, 2 micro, 3 attributes)");
    }

    private static int samePrf(String what, JsonNode py, JsonNode java) {
        for (String k : List.of("p", "r", "f1")) assertEquals(py.get(k).asDouble(), java.path(k).asDouble(Double.NaN), 1e-12, what + "." + k);
        for (String k : List.of("tp", "fp", "fn")) assertEquals(py.get(k).asInt(), java.path(k).asInt(-1), what + "." + k);
        return 1;
    }

    /**
     * The script's per-type error lists ("doc FN value", "doc FP object", in its order) equal the Java report's FN
     * and FP errors: the same gold and predicted items were left unmatched, not only as many.
     */
    private static void sameErrors(JsonNode python, JsonNode java) {
        var it = python.fields();
        while (it.hasNext()) {
            var e = it.next();
            List<String> py = new java.util.ArrayList<>();
            e.getValue().forEach(x -> py.add(x.asText()));
            List<String> jv = new java.util.ArrayList<>();
            for (JsonNode x : java) {
                String kind = x.path("kind").asText();
                if (x.path("type").asText().equals(e.getKey()) && (kind.equals("FN") || kind.equals("FP"))) {
                    jv.add(x.path("doc").asText() + " " + kind + " " + (x.path("text").isNull() ? "None" : x.path("text").asText()));
                }
            }
            assertEquals(py, jv, "errors of " + e.getKey());
        }
    }
}
