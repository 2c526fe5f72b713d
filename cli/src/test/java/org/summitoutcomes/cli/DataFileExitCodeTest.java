package org.summitoutcomes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summitoutcomes.lexicon.DataFile;
import picocli.CommandLine.Command;

/** A command that meets a bad data-file row exits with code 2 and one {@code error: path:line: ...} line. */
@Tag("unit")
class DataFileExitCodeTest {
    /** A command whose loading step is given to it, as a stage is given its lexicon. */
    @Command(name = "load")
    static final class Load implements Callable<Integer> {
        private final Supplier<Object> loader;

        Load(Supplier<Object> loader) { this.loader = loader; }

        @Override
        public Integer call() {
            loader.get();
            return ExitCodes.OK;
        }
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBadRowGivesExitCodeTwoAndOneLine() {
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = Main.run(new Load(() -> {
            DataFile.each("roles.tsv", "# Source: t\n# Purpose: t\npresident\tLEADER\nminister\n", r -> r[1].strip());
            return null;
        })));
        assertEquals(ExitCodes.USAGE, code[0]);
        assertEquals("error: roles.tsv:4: too few tab-separated columns: minister\n", err.replace("\r\n", "\n"));
    }

    @Test
    void aBadRowMetWhileAClassLoadsGivesExitCodeTwo() {
        int[] code = new int[1];
        String err = stderrOf(() -> code[0] = Main.run(new Load(() -> {
            throw new ExceptionInInitializerError(new org.summitoutcomes.lexicon.DataFileException("lexicons/x.txt", 7, "empty word"));
        })));
        assertEquals(ExitCodes.USAGE, code[0]);
        assertEquals("error: lexicons/x.txt:7: empty word\n", err.replace("\r\n", "\n"));
    }

    @Test
    void aGoodLoadExitsZero() {
        assertEquals(ExitCodes.OK, Main.run(new Load(() -> DataFile.lines("lexicons/stopwords.txt"))));
    }
}
