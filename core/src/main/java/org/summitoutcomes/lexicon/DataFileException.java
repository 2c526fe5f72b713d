package org.summitoutcomes.lexicon;

/**
 * A data file (lexicon, gazetteer, rule file) that cannot be used, as one line: {@code path:line: what is wrong}
 * (or {@code path: what is wrong} when no line is to blame). The CLI prints the message and exits with code 2.
 */
public final class DataFileException extends IllegalStateException {
    private final String file;
    private final int line;

    /** {@code line}: 1-based line number in {@code file}, or 0 when the whole file is to blame. */
    public DataFileException(String file, int line, String what) {
        super((line > 0 ? file + ":" + line : file) + ": " + what);
        this.file = file;
        this.line = line;
    }

    /** The data file, as a class-path resource path ({@code org/summitoutcomes/lexicons/roles.tsv}) or a name. */
    public String file() { return file; }

    /** 1-based line number, 0 when the whole file is to blame. */
    public int line() { return line; }

    /** The first {@link DataFileException} in a chain of causes (class-loading errors wrap them), or null. */
    public static DataFileException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof DataFileException d) return d;
        return null;
    }
}
