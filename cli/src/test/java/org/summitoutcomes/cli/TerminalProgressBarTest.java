package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.batch.ProgressDisplay;

/** The CLI's progress bar is a batch ProgressDisplay drawn on the stream it is given. */
@Tag("unit")
class TerminalProgressBarTest {
    @Test
    void drawsTheBatchOnTheGivenStream() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay.Factory factory = TerminalProgressBar::open;
        try (ProgressDisplay bar = factory.open(3, 1, err)) {
            bar.step();
            bar.step();
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("extract"), drawn);
        assertTrue(drawn.contains("3/3"), drawn);
    }
}
