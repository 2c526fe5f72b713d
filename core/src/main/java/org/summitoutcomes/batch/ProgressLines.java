package org.summitoutcomes.batch;

import java.io.PrintStream;

/**
 * Progress for a batch whose stderr is not a terminal (a log file, CI): one plain line each time another
 * tenth of the inputs is done ({@code extract: 40% (84/210 inputs)}), no control characters.
 */
final class ProgressLines {
    private final PrintStream err;
    private final int total;
    private int done;
    private int lastTenth;

    /**
     * @param err   where the lines go
     * @param total inputs in the batch; at least 1
     * @param done  inputs already done (a resumed batch)
     */
    ProgressLines(PrintStream err, int total, int done) {
        if (total < 1) throw new IllegalArgumentException("a batch has at least one input, got " + total);
        this.err = err;
        this.total = total;
        this.done = done;
        this.lastTenth = done * 10 / total;
    }

    /** Whether a progress bar may be drawn: only on an interactive console (no terminal, no bar). */
    static boolean interactive() { return System.console() != null; }

    /** One more input done; prints a line when a new tenth is reached. */
    void step() {
        done++;
        int tenth = done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            err.println("extract: " + tenth * 10 + "% (" + done + "/" + total + " inputs)");
        }
    }
}
