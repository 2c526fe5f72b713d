package org.summitoutcomes.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A bad row of a data file is one line, {@code path:line: what is wrong}; no CoreNLP model is loaded. */
@Tag("unit")
class DataFileTest {
    private static final String TABLE = "# Source: test\n# Purpose: test\nmillion\t1000000\n\nbillion\n";

    @Test
    void aMissingColumnNamesTheFileAndLine() {
        List<String> seen = new ArrayList<>();
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataFile.each("scales.tsv", TABLE, r -> seen.add(r[0] + "=" + new BigDecimal(r[1]))));
        assertEquals("scales.tsv:5: too few tab-separated columns: billion", e.getMessage());
        assertEquals(5, e.line());
        assertEquals(List.of("million=1000000"), seen);
    }

    @Test
    void aValueThatDoesNotParseNamesTheFileAndLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataFile.each("scales.tsv", "# Source: test\nmillion\tmany\n", r -> new BigDecimal(r[1])));
        assertEquals("scales.tsv:2: ", e.getMessage().substring(0, "scales.tsv:2: ".length()));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aLoaderRejectsARowWithItsOwnReason() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataFile.each("roles.tsv", "a\tb\r\nc\t \tz\n", r -> { if (r[1].isBlank()) DataFile.fail("empty role"); }));
        assertEquals("roles.tsv:2: empty role: c\t \tz", e.getMessage());
    }

    @Test
    void aTableBuiltFromAllRowsStillNamesTheBadRow() {
        String text = "# Source: test\n# Purpose: test\nsign\tAGREEMENT\nadopt\tAGREMENT\nvow\tCOMMITMENT\n";
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.table("lead-ins.tsv", text,
                rows -> rows.stream().map(r -> java.util.Map.entry(r[0], Enum.valueOf(Kind.class, r[1]))).toList()));
        assertEquals("lead-ins.tsv:4: ", e.getMessage().substring(0, "lead-ins.tsv:4: ".length()));
        assertEquals(1, e.getMessage().lines().count());
        int rows = DataFile.table("lead-ins.tsv", text.replace("AGREMENT", "AGREEMENT"), List::size);
        assertEquals(3, rows);
    }

    private enum Kind { AGREEMENT, COMMITMENT }

    @Test
    void aMissingResourceIsOneLine() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFile.lines("lexicons/no-such-file.txt"));
        assertEquals("org/summitoutcomes/lexicons/no-such-file.txt: missing data file", e.getMessage());
    }

    @Test
    void aClassLoadingErrorStillYieldsTheDataFileLine() {
        DataFileException bad = new DataFileException("x.tsv", 3, "too few tab-separated columns: a");
        assertEquals(bad, DataFileException.in(new ExceptionInInitializerError(bad)));
        assertEquals(null, DataFileException.in(new IllegalStateException("other")));
    }
}
