package org.summitoutcomes.consolidate;

import java.util.List;
import org.summitoutcomes.lexicon.DataFile;

/** Reads consolidation's data files; a malformed row fails with the file and the row. */
final class Lexicon {
    private Lexicon() {}

    /** The rows of a TSV data file, each checked to have {@code columns} columns. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = DataFile.rows(resource);
        for (String[] r : rows) {
            if (r.length != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " columns, got " + r.length + ": " + String.join(" | ", r));
            }
        }
        return rows;
    }
}
