package org.summitoutcomes.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.summitoutcomes.export.Brat;
import org.summitoutcomes.export.RecordCodec;
import org.summitoutcomes.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code brat-import DIR --to GOLD_DIR}: reads corrected brat standoff back into gold records (ID.json). */
@Command(name = "brat-import", mixinStandardHelpOptions = true,
        description = "Read brat standoff (ID.txt + ID.ann [+ ID.meta.json]) back into records, one ID.json per document.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:written", "1:internal error",
                "2:bad command line, or unreadable brat files or output folder"})
public final class BratImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder with the brat files.")
    Path dir;

    @Option(names = "--to", required = true, description = "Folder to write the records to (for the gold: gold/).")
    Path to;

    @Override
    public Integer call() {
        try {
            Files.createDirectories(to);
            int n = 0;
            for (Document d : Brat.read(dir)) {
                Files.writeString(to.resolve(d.id() + ".json"), RecordCodec.toPrettyJson(d), StandardCharsets.UTF_8);
                n++;
            }
            System.err.println(n + " records written to " + to);
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
