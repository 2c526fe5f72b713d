package org.summitoutcomes.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The example convention every rule file shares, read one way. */
@Tag("unit")
class ExampleLinesTest {
    @Test
    void examplesAndExpectationsGoToTheLineThatTakesThem() {
        String text = """
                # Source: test
                # example: Chile signed a pact.
                # expect: first
                # expect: second
                key: value

                pattern: p1
                # a comment
                pattern: p2
                """;
        List<String> seen = new ArrayList<>();
        ExampleLines.scan(text, (lineNo, line, pending) -> {
            seen.add(lineNo + " " + line + " | " + pending.example() + " | " + pending.expects() + " " + pending.expectLines());
            return line.startsWith("pattern:");
        });
        assertEquals(List.of(
                "5 key: value | Chile signed a pact. | [first, second] [3, 4]",
                "7 pattern: p1 | Chile signed a pact. | [first, second] [3, 4]",
                "9 pattern: p2 | null | [] []"), seen, "kept until a line takes them, then started afresh");
    }
}
