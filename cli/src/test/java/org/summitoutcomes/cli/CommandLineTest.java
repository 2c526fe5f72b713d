package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The conventional CLI: --version, usage plus a one-line reason on a bad command line, exit codes in every --help. */
@Tag("e2e")
class CommandLineTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void versionIsOneLine() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().strip().matches("summit-outcomes \\d+\\.\\d+\\.\\d+.*"), r.out());
        assertEquals(1, r.out().strip().lines().count());
    }

    @Test
    void unknownCommandOrOptionPrintsUsageAndOneLineReason() {
        for (List<String> args : List.of(List.of("frobnicate"), List.of("--frobnicate"), List.of("report", "out", "--frobnicate"))) {
            Run r = run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.code(), args.toString());
            assertTrue(r.err().contains("Usage: summit-outcomes"), r.err());
            List<String> lines = r.err().strip().lines().toList();
            String last = lines.get(lines.size() - 1);
            assertTrue(last.startsWith("error: unknown command or option: "), last);
            assertTrue(last.contains("frobnicate"), last);
            assertEquals(1, lines.stream().filter(l -> l.startsWith("error:")).count(), r.err());
        }
    }

    @Test
    void everyCommandsHelpListsItsExitCodes() {
        CommandLine cl = new CommandLine(new Main());
        for (String name : cl.getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            Run r = run(name, "--help");
            assertEquals(0, r.code(), name);
            assertTrue(r.out().contains("Exit codes:"), name + " --help lists no exit codes:\n" + r.out());
            assertTrue(r.out().contains("  0   "), name);
            assertTrue(r.out().contains("  2   "), name + ": the bad-command-line code");
        }
        assertTrue(run("--help").out().contains("Exit codes:"));
    }

    @Test
    void evaluateHelpPointsToTheScoringDocs() {
        String help = run("evaluate", "--help").out();
        assertTrue(help.contains("docs/SCORING.md") && help.contains("docs/FORMAT.md"), help);
    }
}
