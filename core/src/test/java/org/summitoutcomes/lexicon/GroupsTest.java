package org.summitoutcomes.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Group phrases, seats of government and blocs, from the lexicons given; no CoreNLP model is loaded. */
@Tag("unit")
class GroupsTest {
    private static final String HEADER = "# Source: test\n# Purpose: test\n";

    @Test
    void phrasesAreTriedLongestFirstAndOfficesAreMarked() {
        Groups g = Lexicons.standard()
                .with("lexicons/groups.tsv", HEADER + "andean states\tBOL COL ECU PER\nthe four andean states\tBOL COL ECU PER\n")
                .with("lexicons/state-institutions.tsv", HEADER + "casa rosada\tARG\n")
                .with("lexicons/capitals.tsv", HEADER + "buenos aires\tARG\n")
                .with("lexicons/blocs.tsv", HEADER + "CAN\tAndean Community\n")
                .groups();
        assertEquals(List.of("the", "four", "andean", "states"), g.phrases().get(0).words());
        assertEquals(List.of("BOL", "COL", "ECU", "PER"), g.phrases().get(0).members());
        Groups.Group office = g.phrases().stream().filter(p -> p.kind() == Groups.Kind.OFFICE).findFirst().orElseThrow();
        assertEquals(List.of("ARG"), office.members());
        Groups.Group capital = g.phrases().stream().filter(p -> p.kind() == Groups.Kind.CAPITAL).findFirst().orElseThrow();
        assertEquals(List.of("buenos", "aires"), capital.words());
        assertTrue(capital.office(), "a capital stands for one state, as an office does");
        assertTrue(g.isBloc("CAN"));
        assertFalse(g.isBloc("BRICS"));
    }

    @Test
    void aBadRowNamesItsLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> Lexicons.standard().with("lexicons/groups.tsv", HEADER + "andean states\n").groups());
        assertEquals("lexicons/groups.tsv (given):3: too few tab-separated columns: andean states", e.getMessage());
    }
}
