package org.summitoutcomes.consolidate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.export.CsvTables;
import org.summitoutcomes.export.OutcomeFiles;
import org.summitoutcomes.export.OutcomeTable;
import org.summitoutcomes.model.Modality;
import org.summitoutcomes.model.RelationType;
import org.summitoutcomes.lexicon.DataFile;

/** docs/CODEBOOK.md documents every value of every coded column and every column of the tables. */
@Tag("unit")
class CodebookTest {
    private static final Path CODEBOOK = org.summitoutcomes.Fixtures.ROOT.resolve("docs/CODEBOOK.md");

    @Test
    void coversEveryValueAndColumn() throws IOException {
        String book = Files.readString(CODEBOOK, StandardCharsets.UTF_8);
        List<String> values = new ArrayList<>(ActionClasses.standard().values());
        for (RelationType t : RelationType.values()) values.add(t.name());
        for (Modality m : Modality.values()) values.add(m.label());
        for (String[] r : DataFile.rows("lexicons/event-codes.tsv")) {
            values.add(r[3]);
            if (!r[4].equals("-")) values.add(r[4]);
            values.add(r[5]);
        }
        values.addAll(List.of("STATE", "LEADER", "IGO", "OTHER", "day", "month", "year", "range"));
        values.addAll(OutcomeTable.COLUMNS);
        values.addAll(CsvTables.RELATION_COLUMNS);
        values.addAll(OutcomeFiles.CODING_COLUMNS);
        List<String> missing = values.stream().distinct().filter(v -> !book.contains("`" + v + "`") && !book.contains("| " + v + " |")).toList();
        assertTrue(missing.isEmpty(), "CODEBOOK.md does not document: " + missing);
    }
}
