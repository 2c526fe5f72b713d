package org.summitoutcomes.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Progress without a terminal: a plain line per tenth of the batch, none for a resumed part, no control characters. */
@Tag("unit")
class ProgressLinesTest {
    @Test
    void aLinePerTenth() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ProgressLines p = new ProgressLines(new PrintStream(b, true, StandardCharsets.UTF_8), 25, 0);
        for (int i = 0; i < 25; i++) p.step();
        List<String> lines = b.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10, lines.size(), lines.toString());
        assertEquals("extract: 10% (3/25 inputs)", lines.get(0));
        assertEquals("extract: 100% (25/25 inputs)", lines.get(9));
        assertFalse(b.toString(StandardCharsets.UTF_8).chars().anyMatch(c -> c == '\r' || c == 0x1b), "no control characters");
    }

    @Test
    void aResumedBatchStartsWhereItWas() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ProgressLines p = new ProgressLines(new PrintStream(b, true, StandardCharsets.UTF_8), 10, 6);
        for (int i = 0; i < 4; i++) p.step();
        assertEquals(List.of("extract: 70% (7/10 inputs)", "extract: 80% (8/10 inputs)", "extract: 90% (9/10 inputs)",
                "extract: 100% (10/10 inputs)"), b.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
