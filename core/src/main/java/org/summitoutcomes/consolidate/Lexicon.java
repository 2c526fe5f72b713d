package org.summitoutcomes.consolidate;

import java.util.ArrayList;
import java.util.List;
import org.summitoutcomes.lexicon.DataFile;

/** Reads consolidation's data files; a malformed row fails with {@code path:line: what is wrong}. */
final class Lexicon {
    private Lexicon() {}

    /** The rows of a TSV data file, each checked to have {@code columns} columns. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        DataFile.each(resource, r -> {
            if (r.length != columns) DataFile.fail("expected " + columns + " tab-separated columns, got " + r.length);
            rows.add(r);
        });
        return rows;
    }
}
