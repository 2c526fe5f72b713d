package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.summitoutcomes.export.RecordFiles;
import org.summitoutcomes.score.BCubed;
import org.summitoutcomes.score.OutcomeGold;

/** {@code evaluate --outcome-gold FILE --pred OUT}: the B-cubed score of the outcome grouping, printed. */
final class OutcomeEvaluation {
    private OutcomeEvaluation() {}

    /** Prints items, precision, recall and F1; returns an exit code (2 for unreadable gold or records). */
    static int run(Path gold, Path pred) {
        try {
            BCubed.Result r = OutcomeGold.read(gold).score(RecordFiles.read(pred));
            System.out.printf(Locale.ROOT, "outcomes (B-cubed)  items %d  P %.3f  R %.3f  F1 %.3f%n", r.items(), r.precision(), r.recall(), r.f1());
            return ExitCodes.OK;
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
