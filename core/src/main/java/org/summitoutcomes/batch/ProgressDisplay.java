package org.summitoutcomes.batch;

import java.io.PrintStream;

/**
 * A progress display drawn on an interactive terminal while a batch runs (the CLI's progress bar, which lives
 * in the cli module so that the core needs no terminal library). {@link BatchRunner} steps it once per finished
 * input and, while one is open, prints no per-document warning or skip lines; without a terminal it prints
 * plain progress lines instead and opens none.
 */
public interface ProgressDisplay extends AutoCloseable {
    /** One more input done. */
    void step();

    /** Finishes the display; throws nothing. */
    @Override
    void close();

    /** Opens the display of one batch. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param total inputs in the batch; at least 2
         * @param done  inputs already done (a resumed batch); 0 to {@code total}
         * @param err   where the display is drawn
         */
        ProgressDisplay open(int total, int done, PrintStream err);
    }
}
