package org.summitoutcomes.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the example convention shared by every rule file ({@code rules/frames.semgrex},
 * {@code rules/entities.rules}, the rule tables): a {@code # example:} comment line gives the text a rule is
 * written for, and the {@code # expect:} lines after it what that text must yield; they belong to the next rule
 * line that takes them. Other comment lines and blank lines are skipped.
 */
final class ExampleLines {
    static final String EXAMPLE = "# example:";
    static final String EXPECT = "# expect:";

    private ExampleLines() {}

    /**
     * The example and expectations waiting for their rule.
     *
     * @param example     the example text as written (null when none came yet)
     * @param expects     the {@code # expect:} texts after it, in order
     * @param expectLines their 1-based lines
     */
    record Pending(String example, List<String> expects, List<Integer> expectLines) {
        Pending {
            expects = List.copyOf(expects);
            expectLines = List.copyOf(expectLines);
        }
    }

    /** What a rule file's reader does with one content line. */
    interface LineReader {
        /**
         * @param lineNo  the line's 1-based number
         * @param line    the line, stripped
         * @param pending the example and expectations above it
         * @return whether the line took them (they then start afresh)
         */
        boolean read(int lineNo, String line, Pending pending);
    }

    /** Passes every content line of a rule file, with the example and expectations above it, to a reader. */
    static void scan(String text, LineReader reader) {
        String example = null;
        List<String> expects = new ArrayList<>();
        List<Integer> expectLines = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.startsWith(EXAMPLE)) {
                example = line.substring(EXAMPLE.length()).strip();
                expects.clear();
                expectLines.clear();
            } else if (line.startsWith(EXPECT)) {
                expects.add(line.substring(EXPECT.length()).strip());
                expectLines.add(n + 1);
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                if (reader.read(n + 1, line, new Pending(example, expects, expectLines))) {
                    example = null;
                    expects.clear();
                    expectLines.clear();
                }
            }
        }
    }
}
