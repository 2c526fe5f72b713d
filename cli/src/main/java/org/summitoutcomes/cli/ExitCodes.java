package org.summitoutcomes.cli;

/** Exit codes of every command, in one place (documented in the README). */
public final class ExitCodes {
    /** Everything done. */
    public static final int OK = 0;
    /** Internal error, or (evaluate) a regression against the baseline. */
    public static final int FAILURE = 1;
    /** Bad command line, or a data file (lexicon, gazetteer, rule file) with a bad row. */
    public static final int USAGE = 2;
    /** Done, but some documents were skipped (see errors.jsonl). */
    public static final int PARTIAL = 3;
    /** Nothing usable: no document could be processed. */
    public static final int NOTHING = 4;

    private ExitCodes() {}

    /** The exit code of a batch that stopped: {@link #USAGE} or {@link #FAILURE}. */
    public static int of(org.summitoutcomes.batch.BatchException.Kind kind) {
        return kind == org.summitoutcomes.batch.BatchException.Kind.USAGE ? USAGE : FAILURE;
    }
}
