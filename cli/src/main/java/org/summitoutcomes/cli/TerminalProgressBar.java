package org.summitoutcomes.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.summitoutcomes.batch.ProgressDisplay;

/** The {@code extract} progress bar on an interactive terminal (me.tongfei progressbar, ASCII style). */
final class TerminalProgressBar implements ProgressDisplay {
    private final ProgressBar bar;

    private TerminalProgressBar(ProgressBar bar) { this.bar = bar; }

    /** A {@link ProgressDisplay.Factory}: a bar of {@code total} inputs, {@code done} of them already done, drawn on {@code err}. */
    static ProgressDisplay open(int total, int done, PrintStream err) {
        return new TerminalProgressBar(new ProgressBarBuilder().setTaskName("extract")
                .setInitialMax(total).startsFrom(done, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build());
    }

    @Override
    public void step() { bar.step(); }

    @Override
    public void close() { bar.close(); }
}
