package org.summitoutcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every test class sits in a tier (README, Tests): unit (no CoreNLP model), stage (model-backed) or e2e. */
@Tag("unit")
class TestTiersTest {
    private static final Pattern TEST = Pattern.compile("@(Test|TestFactory|ParameterizedTest|Property|Example)\\b");
    private static final Pattern TIER = Pattern.compile("@Tag\\(\"(unit|stage|e2e)\"\\)");

    @Test
    void everyTestClassHasATier() throws IOException {
        List<String> untagged = new ArrayList<>();
        for (String dir : List.of("core/src/test/java", "cli/src/test/java", "spark/src/test/java")) {
            Path root = Fixtures.ROOT.resolve(dir);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String s = Files.readString(f, StandardCharsets.UTF_8);
                    if (TEST.matcher(s).find() && !TIER.matcher(s).find()) untagged.add(Fixtures.ROOT.relativize(f).toString());
                }
            }
        }
        assertEquals(List.of(), untagged, "test classes without @Tag(\"unit\"), @Tag(\"stage\") or @Tag(\"e2e\")");
    }
}
