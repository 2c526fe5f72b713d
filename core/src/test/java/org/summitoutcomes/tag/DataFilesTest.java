package org.summitoutcomes.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.Fixtures;
import org.summitoutcomes.lexicon.DataFile;

/** Every rule, gazetteer and lexicon file says where it comes from and what it is for; tables are well-formed. */
@Tag("unit")
class DataFilesTest {
    private static final Path RESOURCES = Fixtures.ROOT.resolve("core/src/main/resources/org/summitoutcomes");

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Stream.of("gazetteers", "lexicons", "rules").flatMap(d -> {
            try {
                return Files.list(RESOURCES.resolve(d));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            return s.sorted().toList();
        }
    }

    @Test
    void everyFileCarriesItsSourceAndPurpose() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() > 15);
        for (Path f : files) {
            List<String> head = Files.readAllLines(f).stream().limit(12).toList();
            assertTrue(head.stream().anyMatch(l -> l.startsWith("# Source:")), f + " has no '# Source:' line at the top");
            assertTrue(head.stream().anyMatch(l -> l.startsWith("# Purpose:")), f + " has no '# Purpose:' line at the top");
        }
    }

    @Test
    void gazetteerTablesAreWellFormed() {
        Map<String, Integer> columns = Map.of("gazetteers/countries.tsv", 6, "gazetteers/territories.tsv", 3, "gazetteers/former-states.tsv", 3, "gazetteers/leaders.tsv", 7,
                "gazetteers/organizations.tsv", 3, "gazetteers/locations.tsv", 4, "gazetteers/names.tsv", 3, "gazetteers/summits.tsv", 6);
        columns.forEach((file, n) -> {
            for (String[] row : DataFile.rows(file)) {
                assertEquals(n, row.length, file + ": " + String.join(" | ", row));
                for (String cell : row) assertTrue(!cell.isBlank(), file + ": empty cell in " + String.join(" | ", row));
            }
        });
    }

    @Test
    void countriesCoverEveryStateOnceWithUnambiguousForms() {
        List<String[]> rows = DataFile.rows("gazetteers/countries.tsv");
        assertEquals(197, rows.size(), "193 UN members, VAT, PSE, TWN, XKX");
        Map<String, String> owner = new HashMap<>();
        for (String[] r : rows) {
            assertTrue(r[0].matches("[A-Z]{3}"), r[0]);
            for (int c = 2; c <= 4; c++) {
                if (r[c].equals("-")) continue;
                for (String form : r[c].split("\\|")) {
                    String before = owner.put(form, r[0]);
                    assertTrue(before == null || before.equals(r[0]), form + " names both " + before + " and " + r[0]);
                }
            }
        }
    }
}
