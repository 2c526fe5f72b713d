package org.summitoutcomes.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.summitoutcomes.lexicon.DataFileException;

/**
 * Reads a rule table: a tab-separated data file whose every row carries, on comment lines above it, the text it
 * is written for and the record that text must yield ({@link Expectation}):
 *
 * <pre>
 * # example: Chile and Peru signed the following documents: \n - a memorandum on fisheries
 * # expect: AGREEMENT | sign | - | CHL PER | a memorandum on fisheries
 * sign    AGREEMENT    sign    -    0.85    0.7          (cells separated by tabs)
 * </pre>
 *
 * An example that spans lines writes each line break as {@code " \n "} (backslash and n, a space either side).
 * Other comment lines and blank lines are skipped; cells are tab-separated and stripped, as in
 * {@link org.summitoutcomes.lexicon.DataFile}. Every failure is a {@link DataFileException} of one line,
 * {@code name:line: what is wrong}.
 */
public final class RuleTable {
    private RuleTable() {}

    /**
     * One data row.
     *
     * @param line    its 1-based line in the file
     * @param cells   its tab-separated cells, stripped
     * @param example the text written above it, line breaks restored ({@code "\n"})
     * @param expect  the record the example must yield
     */
    public record Row(int line, List<String> cells, String example, Expectation expect) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The row's cells when there are exactly {@code names.length}; else fails naming the columns expected. */
        public List<String> columns(String... names) {
            if (cells.size() != names.length) {
                throw new IllegalArgumentException("expected " + names.length + " tab-separated columns (" + String.join(", ", names)
                        + "), got " + cells.size());
            }
            return cells;
        }
    }

    /**
     * Builds one value per row of a rule table, in file order.
     *
     * @param name  what error messages call the file ({@code org/summitoutcomes/rules/list-lead-ins.tsv})
     * @param text  the file's text
     * @param build makes a row's value; whatever it throws becomes {@code name:line: what is wrong: row}
     * @throws DataFileException on a row without both an {@code # example:} and an {@code # expect:} line above it,
     *                           on a bad expectation, or on a row {@code build} rejects
     */
    public static <T> List<T> read(String name, String text, Function<Row, T> build) {
        List<T> out = new ArrayList<>();
        ExampleLines.scan(text, (lineNo, line, pending) -> {
            if (pending.example() == null || pending.example().isEmpty() || pending.expects().isEmpty()) {
                throw new DataFileException(name, lineNo, "needs '# example:' and '# expect:' lines above it: " + line);
            }
            try {
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
                out.add(build.apply(new Row(lineNo, cells, pending.example().replace(" \\n ", "\n"), Expectation.parse(pending.expects().get(0)))));
            } catch (DataFileException e) {
                throw e;
            } catch (RuntimeException e) {
                String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new DataFileException(name, lineNo, m.replaceAll("\\s+", " ") + ": " + line);
            }
            return true;
        });
        return List.copyOf(out);
    }

    /**
     * A confidence cell: a number in (0, 1].
     *
     * @throws IllegalArgumentException naming the cell when it is no number or out of range
     */
    public static double confidence(String cell) {
        double c;
        try {
            c = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("confidence '" + cell + "' is not a number in (0, 1]");
        }
        if (!(c > 0 && c <= 1)) throw new IllegalArgumentException("confidence '" + cell + "' is not in (0, 1]");
        return c;
    }
}
